/**
 * Which text of an MDX tree is linkable, shared by the plugin (what it links)
 * and the occurrence index (what it counts), so the two always agree.
 *
 * Never linked: headings, existing links, code, raw HTML, and anything inside
 * an MDX component (editorial notes, figure captions, the 专栏 box, the 附件 2
 * list): those are either not the plan's running text or rendered elsewhere.
 */
import type { Nodes, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export const UNLINKABLE: ReadonlySet<string> = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'footnoteDefinition',
  'code',
  'inlineCode',
  'html',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

export function isUnlinkable(node: { type: string }): boolean {
  return UNLINKABLE.has(node.type);
}

export interface TextRun {
  node: Text;
  /** The top-level block the text is in. */
  block: RootContent;
}

/** The linkable text nodes of `tree`, in reading order. */
export function linkableText(tree: Root): TextRun[] {
  const runs: TextRun[] = [];
  for (const block of tree.children) {
    if (isUnlinkable(block)) continue;
    visit(block as Nodes, (node) => {
      if (isUnlinkable(node)) return SKIP;
      if (node.type === 'text') runs.push({ node, block });
      return undefined;
    });
  }
  return runs;
}
