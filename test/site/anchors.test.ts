/**
 * Citable anchors on the built site: unique on every page, the same from
 * build to build (as is the search index), and citations that read as the
 * plan is numbered.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, folderContents, htmlPages, readPage } from '../helpers/dist.ts';
import { buildTempEdition, tempEdition } from '../helpers/temp-edition.ts';
import { parsePage, select, selectAll, text, type Root } from '../helpers/html.ts';
import { fromHtml } from 'hast-util-from-html';

const idsOf = (tree: Root) => selectAll('[id]', tree).map((e) => String(e.properties['id']));
const CHAPTERS = ['intro', 'chapter-1', 'chapter-2', 'chapter-3', 'chapter-4', 'chapter-5', 'chapter-6', 'annex-1', 'annex-2'];

describe('anchors', () => {
  it('are unique on every page', () => {
    for (const page of htmlPages()) {
      const ids = idsOf(parsePage(page));
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(repeated, page).toEqual([]);
    }
  });

  it('are on every heading and every top-level paragraph of every chapter, following the scheme', () => {
    for (const chapter of CHAPTERS) {
      const article = select('article.chapter', parsePage(`/${chapter}/`));
      expect(article, chapter).toBeDefined();
      const blocks = (article!.children ?? []).filter(
        (n): n is Extract<typeof n, { type: 'element' }> => n.type === 'element' && ['p', 'h2', 'h3', 'h4'].includes(n.tagName),
      );
      for (const block of blocks) {
        // A paragraph's anchor is on its number (remark-plan-anchors.ts).
        const anchor = block.tagName === 'p' ? select(':scope > a.para-num', block) : block;
        const id = String(anchor?.properties['id'] ?? '');
        const pattern = block.tagName === 'p' ? /^(s\d+(-\d+){0,2}-)?p\d+$/ : /^s\d+(-\d+){0,2}$/;
        expect(id, `${chapter}: ${text(block).slice(0, 30)}`).toMatch(pattern);
        expect(String(block.properties['dataCite'] ?? ''), `${chapter} #${id}`).not.toBe('');
      }
    }
  });

  describe('across two builds', () => {
    // The second build is a copy of the edition built in a project of its own
    // (its own .astro/ and caches), so that it starts from nothing the first
    // one left and cannot disturb builds and tests running beside it.
    const edition = tempEdition();
    let second: string;
    beforeAll(async () => {
      const build = await buildTempEdition(edition);
      if (build.status !== 0) throw new Error(`second build failed:\n${build.output.slice(-3000)}`);
      second = build.dist;
    }, 300_000);
    afterAll(() => rmSync(edition.root, { recursive: true, force: true }));
    const built = (page: string) => readFileSync(join(second, page), 'utf8');

    it('are identical, page by page, with the same citations', () => {
      const pages = htmlPages();
      expect(pages.length).toBeGreaterThan(50);
      for (const page of pages) {
        const again = fromHtml(built(page));
        const first = parsePage(page);
        expect(idsOf(again), page).toEqual(idsOf(first));
        const cites = (tree: Root) => selectAll('[data-cite]', tree).map((e) => `${e.properties['id']}=${e.properties['dataCite']}`);
        expect(cites(again), page).toEqual(cites(first));
      }
    });

    it('give the same search index, file for file (Pagefind numbers pages in the order they come)', () => {
      const [again, first] = [second, DIST].map((dist) => folderContents(join(dist, 'pagefind')));
      // Names first, for a readable message; then every file's bytes.
      expect(Object.keys(again!)).toEqual(Object.keys(first!));
      expect(again).toEqual(first);
    });
  });
});

describe('citations', () => {
  // Expected values read off the printed plan's numbering, not from the code.
  const samples = [
    { page: '/chapter-4/', id: 's2-1-1-p3', cite: '第四章第二节一（一）第3段', starts: '持续推进政务服务事项标准化。' },
    { page: '/chapter-4/', id: 's1-1-p2', cite: '第四章第一节一第2段', starts: '（二）推动市、区两级非涉密政务信息系统迁移上云。' },
    { page: '/chapter-3/', id: 's6-2-p5', cite: '第三章第六节二第5段', starts: '（五）政务信息基础设施的关系。各区（县）' },
    { page: '/intro/', id: 'p2', cite: '引言第2段', starts: '“十四五”是衔接“两个一百年”奋斗目标' },
    { page: '/chapter-5/', id: 'p1', cite: '第五章第1段', starts: '按照“一年谋突破、三年见成效、五年大提升”的路径' },
    { page: '/chapter-2/', id: 's3', cite: '第二章第三节', starts: '第三节　发展目标' },
    { page: '/chapter-4/', id: 's2-3-5', cite: '第四章第二节三（五）', starts: '（五）赋能党政机关数字化发展' },
  ];

  it.each(samples)('$page#$id reads $cite', ({ page, id, cite, starts }) => {
    // A heading by its id; a paragraph by its number's.
    const node = select(`p:has(> a.para-num#${id}), [data-cite]#${id}`, parsePage(page));
    expect(node, `${page}#${id}`).toBeDefined();
    expect(node!.properties['dataCite']).toBe(cite);
    expect(text(node)).toMatch(new RegExp(`^${starts.replace(/[()（）]/g, '\\$&')}`));
    // The visible number links to the paragraph's own address.
    const link = select(':scope > a.para-num, :scope > a.heading-link', node!);
    expect(link?.properties['href']).toBe(`${page}#${id}`);
  });

  it('offer 复制引用 with the plan’s full title', () => {
    const html = readPage('/chapter-4/');
    const template = select('#cite-bar-template', parsePage('/chapter-4/'));
    expect(template?.properties['dataPlanTitle']).toBe('汕头市数字政府改革建设“十四五”规划');
    expect(html).toContain('复制引用');
  });
});

describe('the 全文 page', () => {
  it('holds every chapter, in order, and links its paragraph numbers to the chapter pages', () => {
    const tree = parsePage('/full/');
    expect(selectAll('section.full-text__chapter', tree).map((s) => s.properties['id'])).toEqual(CHAPTERS);
    const numbers = selectAll('a.para-num', tree).map((a) => String(a.properties['href']));
    expect(numbers).toContain('/chapter-4/#s2-1-1-p3');
    expect(numbers.every((href) => /^\/[a-z0-9-]+\/#(s\d+(-\d+)*-)?p\d+$/.test(href))).toBe(true);
  });

  it('is not in the search index', () => {
    expect(readPage('/full/')).not.toContain('data-pagefind-body');
  });
});
