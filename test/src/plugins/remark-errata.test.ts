/** The marker on a corrected passage: the corrected words set apart, linked to the record. */
import type { Paragraph, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkErrata } from '../../../src/plugins/remark-errata.ts';
import type { Erratum } from '../../../src/schemas.ts';

const ERRATUM: Erratum = {
  id: 3,
  file: 'content/chapters/chapter-4.mdx',
  original: '网页黒链',
  corrected: '网页黑链',
  reason: '日文字形。',
  date: '2026-11-20',
};

function run(mdx: string, path: string, errata: Erratum[] = [ERRATUM]): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkErrata, { errata: () => errata });
  const tree = processor.parse(mdx) as Root;
  processor.runSync(tree, { path, value: mdx });
  return tree;
}

describe('remarkErrata', () => {
  it('wraps the corrected words in <ins id="erratum-N"> and adds a link to /errata/#erratum-N', () => {
    const tree = run('清除网页黑链等。\n', '/repo/content/chapters/chapter-4.mdx');
    const [paragraph] = tree.children as [Paragraph];
    const [before, ins, link, after] = paragraph.children as unknown as [
      { value: string },
      { children: { value: string }[]; data: { hName: string; hProperties: Record<string, unknown> } },
      { url: string; children: unknown[]; data: { hProperties: Record<string, unknown> } },
      { value: string },
    ];
    expect(before.value).toBe('清除');
    expect(ins.data.hName).toBe('ins');
    expect(ins.data.hProperties).toMatchObject({ id: 'erratum-3', className: ['correction'] });
    expect(ins.children[0]!.value).toBe('网页黑链');
    expect(link).toMatchObject({ url: '/errata/#erratum-3', children: [] });
    expect(link.data.hProperties.ariaLabel).toBe('更正 3：原文作“网页黒链”');
    expect(after.value).toBe('等。');
  });

  it('leaves other files alone', () => {
    const tree = run('清除网页黑链等。\n', '/repo/content/chapters/chapter-3.mdx');
    expect((tree.children[0] as Paragraph).children).toEqual([expect.objectContaining({ type: 'text', value: '清除网页黑链等。' })]);
  });

  it('stops the build when the corrected words are not in the file', () => {
    expect(() => run('清除网页黒链等。\n', '/repo/content/chapters/chapter-4.mdx')).toThrow(/content\/errata\.yaml 第 3 号更正.*找不到/);
  });

  it('does not mark words inside an editorial note', () => {
    expect(() => run('<EditorialNote>\n应为网页黑链。\n</EditorialNote>\n', '/repo/content/chapters/chapter-4.mdx')).toThrow(/找不到/);
  });
});
