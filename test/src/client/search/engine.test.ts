/**
 * One search end to end, against a stand-in for Pagefind's API that serves
 * hand-made pages and counts which pages' data are loaded.
 */
import { describe, expect, it } from 'vitest';
import {
  orderCandidates,
  retrievalQueries,
  runSearch,
  type PagefindApi,
  type PagefindFilters,
  type PagefindResultStub,
} from '../../../../src/client/search/engine.ts';
import { analyzeQuery } from '../../../../src/client/search/query.ts';
import { keysFor, type SearchEntry } from '../../../../src/shared/search-entries.ts';
import type { PagefindFragment } from '../../../../src/client/search/fragment.ts';
import { pageFilterKey } from '../../../../src/shared/page-filter.ts';
import { fragment } from './fixtures.ts';

const ENTRIES: SearchEntry[] = [{ kind: 'term', name: '秒批', keys: keysFor('秒批'), url: '/glossary/miao-pi/', type: '名词', cite: '附件 2 第 4 条' }];
const NAMES = { entries: ENTRIES, synonyms: [], variants: new Map<string, string>() };

const TERM = fragment('/glossary/miao-pi/', '秒批', [{ words: '秒批 ： 基于 申请 材料 的 自动 审批' }], { type: '名词', citation: '附件 2 第 4 条' });
TERM.filters = { type: ['名词'], [pageFilterKey('/glossary/miao-pi/')]: ['/glossary/miao-pi/'] };
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
CHAPTER.filters = { type: ['正文'], chapter: ['第一章'], [pageFilterKey('/chapter-1/')]: ['/chapter-1/'] };

interface StandIn extends PagefindApi {
  asked: string[];
  loaded: string[];
  /** How often every filter's data was asked for. */
  filterCounts: number;
}

const tokensOf = (page: PagefindFragment) => (page.raw_content ?? '').split('\u200B');

/**
 * Pagefind stand-in: a quoted query matches where its words stand together,
 * an unquoted one where every word stands; filters as Pagefind applies them.
 */
function pagefind(pages: PagefindFragment[]): StandIn {
  const asked: string[] = [];
  const loaded: string[] = [];
  const passes = (page: PagefindFragment, filters: PagefindFilters = {}) =>
    Object.entries(filters).every(([key, chosen]) => {
      const values = typeof chosen === 'string' ? [chosen] : chosen.any;
      return values.some((v) => page.filters[key]?.includes(v));
    });
  return {
    asked,
    loaded,
    filterCounts: 0,
    async search(term, options = {}) {
      if (term !== null) asked.push(term);
      const words = term === null ? [] : term.replace(/"/g, '').split(' ').filter(Boolean);
      const results: PagefindResultStub[] = [];
      pages.forEach((page, i) => {
        if (!passes(page, options.filters)) return;
        const tokens = tokensOf(page);
        const positions = words.flatMap((w) => tokens.flatMap((t, at) => (t.includes(w) ? [at] : [])));
        if (words.length > 0 && !words.every((w) => tokens.some((t) => t.includes(w)))) return;
        results.push({ id: page.url, score: 1 / (i + 1), words: positions, data: async () => (loaded.push(page.url), page) });
      });
      return { results };
    },
    async filters() {
      this.filterCounts += 1;
      const counts: Record<string, Record<string, number>> = {};
      for (const page of pages)
        for (const [key, values] of Object.entries(page.filters)) for (const v of values ?? []) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
      return counts;
    },
  };
}

describe('retrievalQueries', () => {
  it('asks Pagefind for each name, the keywords together, and each keyword alone', () => {
    expect(retrievalQueries(analyzeQuery('秒批 事项 清单', ENTRIES)).map((r) => r.query)).toEqual(['"秒批"', '事项 清单', '事项', '清单']);
    expect(retrievalQueries(analyzeQuery('什么', ENTRIES))).toEqual([]);
  });

  it('asks for a name the plan prints with punctuation inside unquoted: an exact phrase would fail across it', () => {
    const entries: SearchEntry[] = [{ kind: 'term', name: '双随机、一公开', keys: keysFor('双随机、一公开'), url: '/glossary/x/', type: '名词', cite: '' }];
    expect(retrievalQueries(analyzeQuery('双随机一公开', entries)).map((r) => r.query)).toEqual(['双随机一公开']);
    expect(retrievalQueries(analyzeQuery('"数据共享"', entries)).map((r) => r.query)).toEqual(['"数据共享"']);
  });
});

describe('runSearch', () => {
  it('puts the named page first, found without loading any page, then the paragraph that mentions it', async () => {
    const api = pagefind([CHAPTER, TERM]);
    const outcome = await runSearch(api, NAMES, '秒批');
    expect(api.loaded).toEqual([]);
    expect(outcome.candidates.map((c) => [c.stub.id, c.pinned])).toEqual([
      ['/glossary/miao-pi/', 0],
      ['/chapter-1/', null],
    ]);
    const [first, second] = await outcome.more(10);
    expect(first).toMatchObject({ url: '/glossary/miao-pi/', type: '名词', cite: '附件 2 第 4 条', pinned: true, target: '/glossary/miao-pi/' });
    expect(first!.excerptHtml).toContain('<mark>秒批</mark>');
    expect(second).toMatchObject({ url: '/chapter-1/', pinned: false, target: '/chapter-1/#s1-4-p1' });
    expect(second!.subResults[0]).toMatchObject({ url: '/chapter-1/#s1-4-p1', cite: '第一章第一节四第1段', context: '四、政务服务体系持续完善' });
  });

  it('asks for a name unquoted when Pagefind finds it nowhere as an exact phrase', async () => {
    const api = pagefind([CHAPTER, TERM]);
    // As when Pagefind cuts the words of the text otherwise than those of the query.
    const exactFails: PagefindApi = {
      ...api,
      search: (term, options) => (term?.startsWith('"') ? Promise.resolve({ results: [] }) : api.search(term, options)),
    };
    const outcome = await runSearch(exactFails, NAMES, '秒批');
    expect(api.asked).toEqual(['秒批']);
    expect(outcome.candidates.map((c) => c.stub.id)).toEqual(['/glossary/miao-pi/', '/chapter-1/']);
  });

  it('loads the data of ten pages at a time, and counts what is left', async () => {
    const many = Array.from({ length: 25 }, (_, i) => fragment(`/p${i}/`, `P${i}`, [{ words: '推进 事项 清单' }]));
    for (const page of many) page.filters = { type: ['正文'] };
    const api = pagefind(many);
    const outcome = await runSearch(api, NAMES, '事项 清单');
    expect(outcome.total).toBe(25);
    expect(await outcome.more(10)).toHaveLength(10);
    expect(api.loaded).toHaveLength(10);
    await outcome.more(10);
    expect(api.loaded).toHaveLength(20);
    expect([outcome.results.length, outcome.loaded, outcome.total]).toEqual([20, 20, 25]);
  });

  it('hands the reader’s filters to Pagefind and counts each filter value on request', async () => {
    const api = pagefind([CHAPTER, TERM]);
    const outcome = await runSearch(api, NAMES, '秒批', { type: ['正文'] });
    expect(outcome.candidates.map((c) => c.stub.id)).toEqual(['/chapter-1/']);
    // Every filter's data is loaded only for the counts.
    expect(api.filterCounts).toBe(0);
    expect(await outcome.countFilters(['type'])).toEqual({ type: { 正文: 1, 名词: 1 } });
  });

  it('suggests names for a partial query and asks nothing for question words alone', async () => {
    const api = pagefind([CHAPTER, TERM]);
    expect((await runSearch(api, NAMES, '秒')).suggestions.map((s) => s.entry.name)).toEqual(['秒批']);
    const none = await runSearch(api, NAMES, '是什么');
    expect(none.candidates).toEqual([]);
    expect(api.asked).toEqual(['秒']);
  });
});

describe('orderCandidates', () => {
  const stub = (id: string, score: number, words: number[]): PagefindResultStub => ({ id, score, words, data: async () => TERM });
  const retrieval = (term: string) => ({ query: term, term, kind: 'keyword' as const });

  it('puts pages where the terms meet above pages where they stand apart', () => {
    const found = [
      { retrieval: retrieval('内涝'), results: [stub('/apart/', 1, [5]), stub('/near/', 1, [100])] },
      { retrieval: retrieval('监测'), results: [stub('/apart/', 1, [500]), stub('/near/', 1, [103])] },
    ];
    expect(orderCandidates(found, [], 50).map((c) => c.stub.id)).toEqual(['/near/', '/apart/']);
  });

  it('weighs a rare term above a common one', () => {
    const common = Array.from({ length: 30 }, (_, i) => stub(`/c${i}/`, 1, [1]));
    const found = [
      { retrieval: retrieval('政务'), results: [stub('/common-only/', 1, [1]), ...common] },
      { retrieval: retrieval('内涝'), results: [stub('/rare/', 1, [1])] },
    ];
    expect(orderCandidates(found, [], 40)[0]!.stub.id).toBe('/rare/');
  });
});
