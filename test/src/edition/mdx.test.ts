/**
 * The content's MDX tree is the one the site's remark plugins receive: a line
 * holding only a component is the component, not a paragraph around it (the
 * paragraph numbering of every chapter depends on it); and a body that does
 * not compile reports the line an editor must look at.
 */
import type { RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { compileMdx, parseMdx } from '../../../src/edition/mdx.ts';

const shape = (nodes: readonly RootContent[]): string[] => nodes.map((n) => `${n.type}${'name' in n && n.name ? `:${n.name}` : ''}`);

describe('compileMdx', () => {
  it('takes a line holding only a component for the component, not a paragraph', () => {
    const tree = parseMdx('第一段。\n\n<Figure number={1}>图 1-架构图</Figure>\n\n第二段。\n');
    expect(shape(tree.children)).toEqual(['paragraph', 'mdxJsxFlowElement:Figure', 'paragraph']);
  });

  it('keeps a paragraph that has text beside a component', () => {
    expect(shape(parseMdx('见<Br />下文。\n').children)).toEqual(['paragraph']);
  });

  it('reads GitHub tables, as the site does', () => {
    expect(shape(parseMdx('| a | b |\n| --- | --- |\n| 1 | 2 |\n').children)).toEqual(['table']);
  });

  it('gives the line of a stray brace, and of an unclosed component where it opens', () => {
    expect(compileMdx('第一段。\n\n第二段有{花括号。\n').error?.line).toBe(3);
    const unclosed = compileMdx('第一段。\n\n<EditorialNote>\n没有结束标签。\n');
    expect(unclosed.error?.line).toBe(3);
    expect(unclosed.error?.reason).toContain('EditorialNote');
  });

  it('gives a fresh tree on each call, unchanged by earlier ones', () => {
    const a = parseMdx('同一段。\n');
    a.children = [];
    expect(shape(parseMdx('同一段。\n').children)).toEqual(['paragraph']);
  });
});
