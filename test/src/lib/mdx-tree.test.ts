/**
 * The content parser sees the tree the site's remark plugins see: checked on
 * small cases, and against @mdx-js/mdx itself (the compiler Astro's MDX runs)
 * on every content file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/mdx-tree.ts';
import { ROOT } from '../../helpers/dist.ts';

const shape = (nodes: readonly RootContent[]): string[] =>
  nodes.map((n) => `${n.type}${'name' in n && n.name ? `:${n.name}` : ''}`);

/** The top-level nodes @mdx-js/mdx hands to the first remark plugin. */
async function mdxSees(body: string): Promise<string[]> {
  let seen: string[] = [];
  const capture = () => (tree: Root) => {
    seen = shape(tree.children);
  };
  const processor = createProcessor({ remarkPlugins: [remarkGfm, capture] });
  await processor.process(body);
  return seen;
}

const body = (path: string) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('parseMdx', () => {
  it('takes a line holding only a component for the component, not a paragraph', () => {
    const tree = parseMdx('第一段。\n\n<Figure number={1}>图 1-架构图</Figure>\n\n第二段。\n');
    expect(shape(tree.children)).toEqual(['paragraph', 'mdxJsxFlowElement:Figure', 'paragraph']);
  });

  it('keeps a paragraph that has text beside a component', () => {
    expect(shape(parseMdx('见<Br />下文。\n').children)).toEqual(['paragraph']);
  });

  it('agrees with @mdx-js/mdx on every chapter and project file', async () => {
    const files = ['chapters', 'projects', 'glossary'].flatMap((dir) =>
      readdirSync(join(ROOT, 'content', dir))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => join(ROOT, 'content', dir, name)),
    );
    expect(files.length).toBeGreaterThan(50);
    let figures = 0;
    for (const file of files) {
      const ours = shape(parseMdx(body(file)).children);
      figures += ours.filter((s) => s === 'mdxJsxFlowElement:Figure').length;
      expect(ours, file).toEqual(await mdxSees(body(file)));
    }
    // The case that matters is there: the figures of 第三章 stand on lines of their own.
    expect(figures).toBeGreaterThanOrEqual(5);
  });
});
