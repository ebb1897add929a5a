/** One search end to end, against a stand-in for Pagefind's API that serves hand-made pages. */
import { describe, expect, it } from 'vitest';
import { CANDIDATES_PER_QUERY, retrievalQueries, runSearch, type PagefindApi } from '../../../../src/lib/search/engine.ts';
import { analyzeQuery } from '../../../../src/lib/search/query.ts';
import { keysFor, type SearchEntry } from '../../../../src/lib/search/entries.ts';
import type { PagefindFragment } from '../../../../src/lib/search/fragment.ts';
import { fragment } from './fixtures.ts';

const ENTRIES: SearchEntry[] = [{ kind: 'term', name: '秒批', keys: keysFor('秒批'), url: '/glossary/miao-pi/', type: '名词', cite: '附件 2 第 4 条' }];

const TERM = fragment('/glossary/miao-pi/', '秒批', [{ words: '秒批 ： 基于 申请 材料 的 自动 审批' }], { type: '名词', citation: '附件 2 第 4 条' });
const CHAPTER = fragment(
  '/chapter-1/',
  '第一章 发展现状',
  [
    { id: 'top', element: 'h1', words: '第一章 发展 现状' },
    { id: 's1-4', element: 'h3', words: '四、 政务 服务 体系 持续 完善' },
    { id: 's1-4-p1', words: '推出 第一 批 55 个 “ 秒批 ” 事项 清单' },
  ],
  { type: '正文', citation: '第一章' },
);
CHAPTER.filters = { type: ['正文'], chapter: ['第一章'] };

/** Pagefind stand-in: every page holding one of the query's characters matches; records what it is asked. */
function pagefind(pages: PagefindFragment[]): PagefindApi & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: async (term) => {
      asked.push(term);
      const chars = [...term.replace(/\s/g, '')];
      const results = pages
        .filter((p) => chars.some((c) => p.content.includes(c)))
        .map((p, i) => ({ id: `${p.url}`, score: 1 / (i + 1), data: async () => p }));
      return { results };
    },
  };
}

describe('retrievalQueries', () => {
  it('asks Pagefind for each name, the keywords together, and each keyword alone', () => {
    expect(retrievalQueries(analyzeQuery('秒批 事项 清单', ENTRIES))).toEqual(['秒批', '事项 清单', '事项', '清单']);
    expect(retrievalQueries(analyzeQuery('什么', ENTRIES))).toEqual([]);
  });
});

describe('runSearch', () => {
  it('returns the named page first, then the paragraph that mentions it, with citations and its anchor', async () => {
    const api = pagefind([CHAPTER, TERM]);
    const outcome = await runSearch(api, ENTRIES, '秒批');
    expect(api.asked).toEqual(['秒批']);
    const [first, second] = outcome.results;
    expect(first).toMatchObject({ url: '/glossary/miao-pi/', type: '名词', cite: '附件 2 第 4 条', pinned: true, target: '/glossary/miao-pi/' });
    expect(first!.excerptHtml).toContain('<mark>秒批</mark>');
    expect(second).toMatchObject({ url: '/chapter-1/', pinned: false, target: '/chapter-1/#s1-4-p1', filters: { type: ['正文'], chapter: ['第一章'] } });
    expect(second!.subResults[0]).toMatchObject({ url: '/chapter-1/#s1-4-p1', cite: '第一章第一节四第1段', context: '四、政务服务体系持续完善' });
    expect(second!.excerptHtml).toBeNull();
  });

  it('suggests names for a partial query and finds nothing for question words alone', async () => {
    const api = pagefind([CHAPTER, TERM]);
    expect((await runSearch(api, ENTRIES, '秒')).suggestions.map((s) => s.entry.name)).toEqual(['秒批']);
    const none = await runSearch(api, ENTRIES, '是什么');
    expect(none.results).toEqual([]);
    expect(api.asked).toEqual(['秒']);
  });

  it(`loads at most ${CANDIDATES_PER_QUERY} pages per Pagefind query`, async () => {
    const many = Array.from({ length: CANDIDATES_PER_QUERY + 20 }, (_, i) => fragment(`/p${i}/`, `P${i}`, [{ words: '秒批 事项' }]));
    let loaded = 0;
    const api: PagefindApi = {
      search: async () => ({ results: many.map((p, i) => ({ id: p.url, score: -i, data: async () => (loaded++, p) })) }),
    };
    await runSearch(api, ENTRIES, '秒批');
    expect(loaded).toBe(CANDIDATES_PER_QUERY);
  });
});
