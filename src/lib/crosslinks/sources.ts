/**
 * What cross-linking reads from the edition (src/edition): the chapters'
 * trees, the glossary terms with their definitions, the 专栏 projects with
 * their text and the documents the plan cites, and the lexicon built from them — once per edition, shared by
 * the remark plugin, the content check, the backlinks and the build report.
 */
import type { Nodes, Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { EDITORIAL_COMPONENTS } from '../content-components.ts';
import { derived, type Edition } from '../../edition/index.ts';
import { entriesOf } from '../../edition/entries.ts';
import { buildLexicon, type DocumentSource, type Lexicon, type LexiconProblem, type ProjectSource, type TermSource } from './lexicon.ts';
import { citedDocumentsOf } from '../cited-documents.ts';
import { DOCUMENTS_PATH } from '../../edition/index.ts';

export interface ChapterSource {
  id: string;
  file: string;
  label: string;
  title: string;
  order: number;
  /** The chapter's tree as the remark plugins receive it (shared: clone before changing it). */
  tree: Root;
}

export interface ProjectFile extends ProjectSource {
  tree: Root;
}

export interface Corpus {
  chapters: ChapterSource[];
  terms: TermSource[];
  projects: ProjectFile[];
  documents: DocumentSource[];
}

/** The plan's words in an MDX tree as plain text: escapes resolved, markup and editorial notes dropped. */
export function mdxText(tree: Root): string {
  const text = (node: Nodes): string => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && EDITORIAL_COMPONENTS.has(node.name ?? '')) return '';
    if ('children' in node) return (node.children as Nodes[]).map(text).join('');
    return 'value' in node && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression' && node.type !== 'mdxjsEsm' ? node.value : '';
  };
  return text(tree).trim();
}

export const corpusOf = derived('corpus', (edition: Edition): Corpus => {
  const entries = entriesOf(edition);
  const boxes = new Map(entries.zhuanlan.map((box) => [box.id, { number: box.data.number, title: box.data.title }]));
  return {
    chapters: entries.chapters.map(({ id, file, data, tree }) => ({ id, file: file.path, label: data.label, title: data.title, order: data.order, tree })),
    projects: entries.projects.map(({ id, file, data, tree }) => ({
      id,
      file: file.path,
      title: data.title,
      order: data.order,
      box: boxes.get(data.zhuanlan)!,
      text: mdxText(tree),
      tree,
    })),
    terms: entries.glossary.map(({ id, file, data, tree }) => ({
      id,
      file: file.path,
      term: data.term,
      aliases: data.aliases,
      exclude: data.exclude,
      related: data.related,
      number: data.number,
      definedIn: data.definedIn,
      definition: mdxText(tree),
    })),
    documents: citedDocumentsOf(edition).map(({ id, title, level, note }) => ({ id, file: DOCUMENTS_PATH, title, level, note })),
  };
});

export interface CrosslinkData {
  corpus: Corpus;
  lexicon: Lexicon;
  /** What makes the lexicon ambiguous (shared aliases, exclusions that cannot apply): the check reports them. */
  problems: LexiconProblem[];
}

export const crosslinksOf = derived('crosslinks', (edition: Edition): CrosslinkData => {
  const corpus = corpusOf(edition);
  return { corpus, ...buildLexicon(corpus.terms, corpus.projects, corpus.documents) };
});
