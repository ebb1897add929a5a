/**
 * An MDX body parsed as the site's pipeline has it when the remark plugins
 * run (src/plugins/remark-plan-anchors.ts numbers the paragraphs there), for
 * code that reads content outside Astro: the plan's structure, cross-link
 * counts and backlinks.
 *
 * That is remark-parse + remark-mdx + GFM, and one step more: before any
 * plugin, @mdx-js/mdx turns a paragraph that holds nothing but JSX (a
 * `<Figure number={1}>图 1…</Figure>` line) into the flow element it stands
 * for (its remark-mark-and-unravel, not exported). Without that step such a
 * line counts as a paragraph, and every later paragraph of its section gets
 * the wrong number.
 */
import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** HTML whitespace only (what MDX ignores between JSX elements). */
const BLANK = /^[\t\n\f\r ]*$/;

function onlyJsx(paragraph: Paragraph): boolean {
  let jsx = false;
  for (const child of paragraph.children) {
    if (child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression') jsx = true;
    else if (!(child.type === 'text' && BLANK.test(child.value))) return false;
  }
  return jsx;
}

/** Replaces, in place, every paragraph made only of JSX by its elements as flow elements. */
export function unravelJsxParagraphs(tree: Parent): void {
  const children = tree.children as RootContent[];
  for (let i = 0; i < children.length; i += 1) {
    const node = children[i]!;
    if (node.type === 'paragraph' && onlyJsx(node)) {
      const flow: RootContent[] = [];
      for (const child of node.children) {
        if (child.type === 'mdxJsxTextElement') flow.push({ ...child, type: 'mdxJsxFlowElement' } as RootContent);
        else if (child.type === 'mdxTextExpression') flow.push({ ...child, type: 'mdxFlowExpression' });
      }
      children.splice(i, 1, ...flow);
      i -= 1; // look at the new elements too: their children may hold such paragraphs
      continue;
    }
    if ('children' in node) unravelJsxParagraphs(node as Parent);
  }
}

/** An MDX body as the pipeline's remark plugins see it (before any of them runs). */
export function parseMdx(body: string): Root {
  const tree = parser.runSync(parser.parse(body)) as Root;
  unravelJsxParagraphs(tree);
  return tree;
}
