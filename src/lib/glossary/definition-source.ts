/**
 * Where a term's definition stands in the plan, as the glossary page and the
 * term page cite it: an Annex 2 term by its number (附件 2 第 4 条, the list's
 * entry #term-4), a term defined in the text by the paragraph that holds the
 * definition (第四章第二节一（二）第2段) — more exact than the section its file
 * names, which may run to many paragraphs. Computed once per edition.
 */
import { citation, headingAnchor } from '../../shared/anchors.ts';
import { corpusOf } from '../crosslinks/sources.ts';
import { derived, getEdition, type Edition } from '../../edition/index.ts';
import { getPlanStructure, type ChapterStructure } from '../plan-index.ts';

export interface DefinitionSource {
  kind: 'annex' | 'text';
  /** 附件 2 第 4 条, 第四章第四节第1段 */
  citation: string;
  /** The citation as a term's facts name it: 附件 2 名词解释 第 4 条, 正文释义：第四章第四节第1段 */
  label: string;
  /** The Annex 2 entry (/annex-2/#term-4), or the paragraph (/chapter-4/#s4-p1): a site path, linked through sitePath(). */
  path: `/${string}`;
}

export interface DefinedTerm {
  number?: number | undefined;
  definedIn?: { chapter: string; section: number } | undefined;
  /** The definition as plain text (the plan's words, editorial notes left out). */
  definition: string;
}

export function definitionSource(term: DefinedTerm, structure: readonly ChapterStructure[]): DefinitionSource {
  if (term.number !== undefined) {
    return {
      kind: 'annex',
      citation: `附件 2 第 ${term.number} 条`,
      label: `附件 2 名词解释 第 ${term.number} 条`,
      path: `/annex-2/#term-${term.number}`,
    };
  }
  const { chapter: id, section } = term.definedIn!;
  const chapter = structure.find((s) => s.chapter.id === id);
  if (!chapter) throw new Error(`content/glossary: definedIn.chapter “${id}” is not a chapter (the content check reports it)`);
  // The content check makes sure the definition is quoted from this section.
  const paragraph = chapter.paragraphs.find((p) => p.path[0] === section && p.text.includes(term.definition));
  const place = paragraph
    ? { citation: paragraph.citation, path: `/${id}/#${paragraph.anchor}` as const }
    : { citation: citation(chapter.chapter.data.label, [section]), path: `/${id}/#${headingAnchor([section])}` as const };
  return { kind: 'text', ...place, label: `正文释义：${place.citation}` };
}

const sourcesOf = derived('definition-sources', (edition: Edition): Map<string, DefinitionSource> => {
  const structure = getPlanStructure(edition);
  return new Map(corpusOf(edition).terms.map((term) => [term.id, definitionSource(term, structure)]));
});

/** The source of the term whose file is content/glossary/<id>.mdx. */
export function definitionSourceOf(id: string, edition: Edition = getEdition()): DefinitionSource {
  const source = sourcesOf(edition).get(id);
  if (!source) throw new Error(`content/glossary 中没有名词“${id}” (unknown term)`);
  return source;
}
