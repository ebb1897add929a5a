/**
 * What every open-data document shares: the context it is built in (where the
 * edition is published, where its schema is, the build date) and the head
 * every JSON download starts with. The head's fields are `dataDocument` in
 * src/schemas.ts.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { EDITORIAL_COMPONENTS } from '../content-components.ts';
import { mdxText } from '../crosslinks/sources.ts';

/** The format version of every JSON download: an incompatible change adds 1 (the /data/ page says so). */
export const DATA_VERSION = 1;

export interface DataContext {
  /** A site path (`/chapter-4/#s2`) as an absolute URL on the published edition. */
  url: (path: `/${string}`) => string;
  /** Where the document's JSON Schema is published. */
  schemaUrl: string;
  /** YYYY-MM-DD of the build, in China. */
  generated: string;
  /** The newest change to content/ the document is made from, if the build has history. */
  contentVersion: { commit: string; date: string; url: string } | null;
}

export function documentHead(context: DataContext, head: { title: string; page: `/${string}`; note: string }) {
  return {
    $schema: context.schemaUrl,
    schemaVersion: DATA_VERSION,
    title: head.title,
    url: context.url(head.page),
    generated: context.generated,
    contentVersion: context.contentVersion,
    note: head.note,
  } as const;
}

/** The plan's paragraphs in an MDX body, as plain text: an editorial note written inside one is not part of it. */
export const planParagraphs = (tree: Root): string[] =>
  tree.children.flatMap((node) => (node.type === 'paragraph' ? [mdxText({ type: 'root', children: [node] })] : []));

/** The editorial notes in an MDX body, as plain text, wherever the editor put them. */
export function editorialNotes(tree: Root): string[] {
  const notes: string[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && EDITORIAL_COMPONENTS.has(node.name ?? ''))
      notes.push(toString(node).trim());
  });
  return notes;
}
