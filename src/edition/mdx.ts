/**
 * An MDX body compiled by @mdx-js/mdx, the compiler Astro's MDX runs, and
 * its Markdown tree as the site's remark plugins receive it: after the
 * compiler's own first steps (a line holding only `<Figure …>…</Figure>` is
 * the component, not a paragraph around it), before any plugin of ours.
 *
 * Code that reads the content outside Astro (plan structure, cross-links,
 * backlinks, the content check) uses this tree, so that it counts paragraphs
 * and places anchors exactly as the built pages do; the check runs the site's
 * own plugins on it (src/plugins/replay.ts). A body that does not parse gives
 * its error, with the line, instead of a tree.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';

export interface MdxError {
  /** 1-based line in the body. */
  line: number | undefined;
  reason: string;
}

export type CompiledMdx = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxError };

let captured: Root | undefined;
/** Ends the compile once the tree is taken: what comes after (HTML, JavaScript) is Astro's and costs as much again. */
const TAKEN = new Error('tree taken');
/** Takes the tree the first plugin would get. */
const captureTree = () => (tree: Root) => {
  captured = tree;
  throw TAKEN;
};
const processor = createProcessor({ remarkPlugins: [remarkGfm, captureTree] });

function mdxError(error: unknown): MdxError {
  const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
  const text = reason ?? message ?? String(error);
  // An unclosed tag is found at the end of the text; the message gives where it opened: “(3:1-3:16)”.
  const opened = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(text)?.[1];
  return { line: line ?? (opened ? Number(opened) : undefined), reason: text };
}

export function compileMdx(body: string, path?: string): CompiledMdx {
  captured = undefined;
  try {
    // The compiler's types describe its whole run (Markdown in, JavaScript out); the capture ends it early.
    processor.runSync(processor.parse(body) as never);
  } catch (error) {
    if (error !== TAKEN) return { error: mdxError(error) };
  }
  if (!captured) throw new Error(`${path ?? 'MDX'}: the compiler ran without handing its tree to the capturing plugin`);
  return { tree: captured };
}

/** The tree of an MDX body that must compile (test fixtures, the importer's output). */
export function parseMdx(body: string, path?: string): Root {
  const result = compileMdx(body, path);
  if (result.error) throw new Error(`${path ?? 'MDX'}:${result.error.line ?? '?'}: ${result.error.reason}`);
  return result.tree;
}
