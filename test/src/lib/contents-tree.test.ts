/** The contents tree every page carries, built once per variant: which entry is current, what it lists. */
import { describe, expect, it } from 'vitest';
import { chapterOutlineHtml, contentsTreeHtml } from '../../../src/lib/contents-tree.ts';
import { loadEdition } from '../../../src/edition/index.ts';
import { chapterHref } from '../../../src/lib/navigation.ts';
import { getPlanStructure } from '../../../src/lib/plan-index.ts';
import { ROOT } from '../../helpers/dist.ts';

const edition = loadEdition(ROOT);
const tree = (current: string) => contentsTreeHtml(current, 'contents-tree', '全书目录', edition);

describe('contentsTreeHtml', () => {
  it('marks the current chapter and lists its 一、 headings, and only its own', () => {
    const html = tree('/chapter-4/');
    expect(html).toContain('<li class="is-current"><a href="/chapter-4/" aria-current="page">第四章　主要任务</a>');
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toContain('<a href="/chapter-4/#s1-1">一、政务云</a>');
    expect(html).not.toMatch(/href="\/chapter-[^4]\/#s\d+-\d+"/);
  });

  it('marks a part of the edition other than a chapter, and nothing on a page that is no entry of the tree', () => {
    expect(tree('/glossary/')).toContain('<a href="/glossary/" aria-current="page">名词解释</a>');
    expect(tree('/glossary/miao-pi/')).not.toContain('aria-current');
    expect(tree('/glossary/miao-pi/')).toBe(tree('/projects/01-01/'));
  });

  it('leaves 目录 out of the tree: the tree is the contents', () => {
    expect(tree('/contents/')).not.toContain('href="/contents/"');
  });

  it('gives each chapter the outline 目录 shows, without the 一、 headings', () => {
    const html = tree('');
    for (const { chapter, headings } of getPlanStructure(edition)) expect(html).toContain(chapterOutlineHtml(chapterHref(chapter), headings, false));
  });
});
