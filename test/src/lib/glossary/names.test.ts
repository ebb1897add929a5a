/** Which named things contain a term: the matching on its own, and over the fixture and the real edition. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../../src/lib/crosslinks/lexicon.ts';
import { loadEdition } from '../../../../src/edition/index.ts';
import { namesContaining, termNames, type Named } from '../../../../src/lib/glossary/names.ts';
import { ROOT } from '../../../helpers/dist.ts';
import { termSource as term } from '../crosslinks/sources.ts';

const { lexicon } = buildLexicon(
  [
    term('miao-pi', '秒批'),
    term('hao-cha-ping', '政务服务“好差评”', { aliases: ['好差评'] }),
    term('yi-wang-xie-tong', '一网协同', { exclude: ['一网协同共治'] }),
    term('ipv6', 'IPv6', { aliases: ['IPV6'] }),
    term('5g', '5G'),
    term('hu-lian-wang-jia', '互联网+'),
  ],
  [{ id: '05-02', file: 'content/projects/05-02.mdx', title: '“互联网+救助”', order: 2, box: { number: 5, title: '公共服务重点项目' }, text: '' }],
);
const matcherOf = (id: string) => lexicon.matcherFor(lexicon.byRef.get(`term:${id}`)!);
const named = (kind: Named['kind'], name: string): Named => ({ kind, name, href: `/${name}/`, citation: name });
const found = (id: string, names: Named[]) => namesContaining(matcherOf(id), names).map((m) => m.named.name);

describe('namesContaining', () => {
  it('finds the term inside a longer name, quotes and all, and says where', () => {
    const [match] = namesContaining(matcherOf('miao-pi'), [named('indicator', '政务服务“秒批秒报”数量')]);
    expect(match!.named.name).toBe('政务服务“秒批秒报”数量');
    // 政务服务“ is five characters: 秒批 is the 6th and 7th, its opening quote left out.
    expect([match!.start, match!.end]).toEqual([5, 7]);
  });

  it('finds a term by its aliases, whatever the quotes, width and Latin case', () => {
    expect(found('hao-cha-ping', [named('project', '政务服务“好差评”系统'), named('heading', '完善“好差评”制度'), named('heading', '好评')])).toEqual([
      '政务服务“好差评”系统',
      '完善“好差评”制度',
    ]);
    expect(found('ipv6', [named('heading', '推进ＩＰｖ６规模部署'), named('heading', '推进ipv6改造')])).toEqual(['推进ＩＰｖ６规模部署', '推进ipv6改造']);
  });

  it('does not find the term where its exclusions say it is not the term, nor a Latin name inside a longer word', () => {
    expect(found('yi-wang-xie-tong', [named('heading', '实现一网协同共治'), named('heading', '推进“一网协同”')])).toEqual(['推进“一网协同”']);
    expect(found('5g', [named('heading', '15G 频段'), named('heading', '5G 基站')])).toEqual(['5G 基站']);
  });

  it('counts a term inside a longer name of the lexicon (互联网+ in “互联网+救助”)', () => {
    expect(found('hu-lian-wang-jia', [named('project', '“互联网+救助”'), named('project', '互联网医院平台')])).toEqual(['“互联网+救助”']);
  });

  it('lists indicators, 专栏, projects, then headings, each kind in the order given', () => {
    const names = [
      named('heading', '秒批一'),
      named('project', '秒批二'),
      named('indicator', '秒批三'),
      named('heading', '秒批四'),
      named('zhuanlan', '秒批五'),
      named('indicator', '秒批六'),
    ];
    expect(found('miao-pi', names)).toEqual(['秒批三', '秒批六', '秒批五', '秒批二', '秒批一', '秒批四']);
  });
});

describe('termNames', () => {
  it('finds headings by the term’s alias, cited and linked by their anchor (fixture edition)', () => {
    const edition = loadEdition(join(import.meta.dirname, '..', '..', 'plugins', 'fixtures', 'crosslinks'));
    // chapter-1.mdx: ## 第一节　推进“三网”融合建设
    expect(termNames('san-wang-rong-he', edition).map((m) => m.named)).toEqual([
      { kind: 'heading', name: '推进“三网”融合建设', href: '/chapter-1/#s1', citation: '第一章第一节' },
    ]);
    expect(termNames('si-mian', edition)).toEqual([]);
  });

  it('gives an indicator with its figures as Table 1 prints them (the edition’s content)', () => {
    // Table 1, row 4: 政务服务“秒批秒报”数量, 件, 55 → 300.
    expect(termNames('miao-pi', loadEdition(ROOT)).map((m) => m.named)).toEqual([
      {
        kind: 'indicator',
        name: '政务服务“秒批秒报”数量',
        href: '/indicators/#indicator-4',
        citation: '表 1 第 4 项',
        figures: { baseline: '55', target: '300', unit: '件' },
      },
    ]);
  });
});
