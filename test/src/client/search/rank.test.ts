/** Ranking pages and passages on hand-made page data. */
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../../src/client/search/query.ts';
import { matchTerm, rankPages, termsOf } from '../../../../src/client/search/rank.ts';
import { keysFor, type SearchEntry } from '../../../../src/shared/search-entries.ts';
import { fragment } from './fixtures.ts';

const ENTRIES: SearchEntry[] = [
  { kind: 'term', name: '一网通办', keys: keysFor('一网通办'), url: '/glossary/yi-wang-tong-ban/', type: '名词', cite: '' },
  { kind: 'project', name: '政务云', keys: keysFor('政务云', [], 'project'), url: '/projects/01-01/', type: '专栏项目', cite: '' },
  { kind: 'indicator', name: '政务云资源算力规模', keys: keysFor('政务云资源算力规模'), url: '/indicators/#indicator-16', type: '指标', cite: '' },
];

const TERM = fragment('/glossary/yi-wang-tong-ban/', '一网通办', [{ words: '一网通办 依托 一体化 在线 政务 服务 平台' }]);
const CHAPTER = fragment('/chapter-4/', '第四章 主要任务', [
  { id: 'top', element: 'h1', words: '第四章 主要 任务' },
  { id: 's2-1', element: 'h3', words: '一、 推进 “ 一网通办 ” ， 优化 服务' },
  { id: 's2-1-p1', words: '深化 “ 一网通办 ” 改革 ， 一网通办 事项 网上 办理' },
  { id: 's2-1-p2', words: '网上 办事 一 站 通 ， 就近 办理' },
  { id: 's1-1-p1', words: '加强 政务 云 管理 ， 形成 考核 机制 ， 政务 云 政务 云 政务 云 平台' },
]);
const STATUS = fragment('/chapter-1/', '第一章 发展现状', [
  { id: 's1-2-p1', words: '汕头 政务 云 扩容 后 实现 Iaas 资源 8820 核 vCPU' },
  { id: 's1-6-p1', words: '建设 内涝 监测 平台 ， 城乡 内涝 实时 监测' },
]);
const PROJECT = fragment('/projects/01-01/', '政务云', [{ words: '政务 云 。 强化 政务 云 服务 能力' }]);
const INDICATORS = fragment('/indicators/', '主要指标', [
  { id: 'indicator-15', element: 'tr', words: '15 感知 终端 接入 大数 据 中心 数量' },
  { id: 'indicator-16', element: 'tr', words: '16 政务 云 资源 算力 规模 万 核 1 1.5' },
]);
const ALL = [TERM, CHAPTER, STATUS, PROJECT, INDICATORS];

function rank(query: string) {
  const analysis = analyzeQuery(query, ENTRIES);
  return rankPages(ALL, analysis, { entryUrls: analysis.entities.map((e) => e.entry.url) });
}

describe('matchTerm', () => {
  it('counts a name only where it stands whole', () => {
    const [term] = termsOf(analyzeQuery('一网通办', ENTRIES));
    expect(matchTerm(term!, '深化一网通办改革').coverage).toBe(1);
    expect(matchTerm(term!, '网上办事一站通就近办理').coverage).toBe(0);
  });

  it('counts a long keyword by the share of it found, less than whole', () => {
    const [keyword] = termsOf(analyzeQuery('银行网点办事', []));
    expect(matchTerm(keyword!, '推动银行网点办事').coverage).toBe(1);
    const partial = matchTerm(keyword!, '商业银行的网点上线').coverage;
    expect(partial).toBeGreaterThan(0.5);
    expect(partial).toBeLessThan(1);
    expect(matchTerm(keyword!, '银行合作').coverage).toBe(0);
  });
});

describe('rankPages', () => {
  it('puts the page of a name queried alone first, and drops pages that only hold its characters', () => {
    const ranked = rank('一网通办');
    expect(ranked[0]!.fragment.url).toBe('/glossary/yi-wang-tong-ban/');
    expect(ranked[0]!.pinned).toBe(0);
    expect(ranked.map((r) => r.fragment.url)).toEqual(['/glossary/yi-wang-tong-ban/', '/chapter-4/']);
  });

  it('ranks a heading that holds the name above a paragraph that mentions it', () => {
    const chapter = rank('一网通办').find((r) => r.fragment.url === '/chapter-4/')!;
    expect(chapter.passages.map((p) => p.passage.id)).toEqual(['s2-1', 's2-1-p1']);
  });

  it('answers a question with the passage where its words meet, not the named page', () => {
    const ranked = rank('政务云 多少核');
    expect(ranked[0]!.fragment.url).toBe('/chapter-1/');
    expect(ranked[0]!.passages[0]!.passage.id).toBe('s1-2-p1');
    expect(ranked.every((r) => r.pinned === null)).toBe(true);
    // 核 inside 考核 counts for less than 核 standing as a word.
    const chapter4 = ranked.find((r) => r.fragment.url === '/chapter-4/')!;
    expect(chapter4.score).toBeLessThan(ranked[0]!.score);
  });

  it('opens a named part of a page at its anchor', () => {
    const [first] = rank('政务云资源算力规模');
    expect(first!.fragment.url).toBe('/indicators/');
    expect(first!.entryAnchor).toBe('indicator-16');
    expect(first!.passages[0]!.passage.id).toBe('indicator-16');
  });

  it('finds keywords of a question typed without spaces', () => {
    const [first] = rank('内涝怎么监测');
    expect(first!.passages[0]!.passage.id).toBe('s1-6-p1');
  });

  it('returns nothing for a query of question words only', () => {
    expect(rank('是什么')).toEqual([]);
  });
});

describe('phrase first', () => {
  const PLAN = fragment('/chapter-1/', '第一章 发展现状', [
    { id: 's1-3', element: 'h3', words: '三、 数据 整合 共享 有序 开展' },
    { id: 's1-3-p1', words: '建成 大数据 平台 ， 汇聚 数据 ， 整合 资源' },
    { id: 's1-3-p2', words: '推进 政务 数据 共享 ， 打破 信息 孤岛' },
  ]);
  const ranked = (query: string) => rankPages([PLAN], analyzeQuery(query, []), { entryUrls: [] })[0]!.passages;

  it('puts the passage holding an unquoted word contiguous before a heading holding its characters apart', () => {
    const order = ranked('数据共享').map((p) => p.passage.id);
    expect(order[0]).toBe('s1-3-p2');
    expect(order).toContain('s1-3');
  });

  it('marks no characters of the word where they stand apart', () => {
    const heading = ranked('数据共享').find((p) => p.passage.id === 's1-3')!;
    expect(heading.hits[0]!.spans).toEqual([]);
  });

  it('still finds the characters apart where the word stands nowhere', () => {
    expect(ranked('数据开展')[0]!.passage.id).toBe('s1-3');
    expect(ranked('数据开展')[0]!.hits[0]!.spans.length).toBeGreaterThan(0);
  });
});

describe('questions for a number', () => {
  it('count a passage as an answer only where it holds a number', () => {
    const analysis = analyzeQuery('政务云资源 多少', ENTRIES);
    const named = fragment('/projects/01-01/', '政务云', [{ words: '政务 云 。 统筹 政务 云 资源' }]);
    const ranked = rankPages([named, STATUS], analysis, { entryUrls: analysis.entities.map((e) => e.entry.url) });
    const answering = ranked.flatMap((r) => r.passages.filter((p) => p.answers).map((p) => `${r.fragment.url}#${p.passage.id}`));
    expect(answering).toEqual(['/chapter-1/#s1-2-p1']);
  });

  it('put the named page, whose passage holds the words but no number, below a passage that holds them with the number', () => {
    // 粤省事注册用户有多少: the project says 粤省事…注册用户数 with no figure; 第一章 gives 434 万.
    const entries: SearchEntry[] = [
      { kind: 'project', name: '“粤省事”', keys: keysFor('“粤省事”', [], 'project'), url: '/projects/04-03/', type: '专栏项目', cite: '' },
    ];
    const analysis = analyzeQuery('粤省事注册用户有多少', entries);
    const project = fragment('/projects/04-03/', '“粤省事”', [{ words: '粤省事 持续 推广 粤省事 平台 ， 实名 注册 用户 数 持续 提升' }]);
    const status = fragment('/chapter-1/', '第一章 发展现状', [
      { id: 's1-4-p3', words: '粤省事 汕头 实名 注册 用户 数 累计 434 万' },
      { id: 's1-4-p4', words: '推进 政务 服务 就近 办' },
    ]);
    const ranked = rankPages([project, status], analysis, { entryUrls: analysis.entities.map((e) => e.entry.url) });
    expect(ranked.map((r) => r.fragment.url)).toEqual(['/chapter-1/', '/projects/04-03/']);
  });
});

describe('a question about a name that is a part of a page', () => {
  it('opens the named part before another passage of the page that holds the name as often', () => {
    const entries: SearchEntry[] = [
      {
        kind: 'indicator',
        name: '高频服务事项“跨省通办”比例',
        keys: keysFor('高频服务事项“跨省通办”比例', [], 'indicator'),
        url: '/indicators/#indicator-6',
        type: '指标',
        cite: '',
      },
    ];
    const analysis = analyzeQuery('跨省通办比例目标', entries);
    const page = fragment('/indicators/', '主要指标', [
      { id: 'method-6', element: 'div', words: '6 . 高频 服务 事项 跨省 通办 比例 % 已 实现 跨省 通办 事项' },
      { id: 'indicator-6', element: 'tr', words: '6 . 高频 服务 事项 跨省 通办 比例 % 57.7 % 100 %' },
    ]);
    const [ranked] = rankPages([page], analysis, { entryUrls: analysis.entities.map((e) => e.entry.url) });
    expect(ranked!.passages[0]!.passage.id).toBe('indicator-6');
  });
});
