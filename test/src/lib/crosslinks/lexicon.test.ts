import { describe, expect, it } from 'vitest';
import { buildLexicon as build, type ProjectSource } from '../../../../src/lib/crosslinks/lexicon.ts';
import { termSource as term } from './sources.ts';

const project = (id: string, title: string): ProjectSource => ({
  id,
  file: `content/projects/${id}.mdx`,
  title,
  order: 1,
  box: { number: 1, title: '专栏' },
  text: `${title}。项目内容。`,
});

const buildLexicon = (...args: Parameters<typeof build>) => build(...args).lexicon;
const problems = (...args: Parameters<typeof build>) => build(...args).problems.map((p) => `${p.files.join(' + ')}: ${p.message}`);

describe('buildLexicon', () => {
  it('matches leftmost-longest across terms and projects, one entry per spelling', () => {
    const lexicon = buildLexicon([term('a', '一网统管'), term('b', '统管'), term('c', '互联网+')], [project('01-01', '“互联网+救助”')]);
    const found = lexicon.matcher.scan('一网统管和统管，互联网+救助与互联网+').map((f) => [f.core, f.entity.ref]);
    expect(found).toEqual([
      ['一网统管', 'term:a'],
      ['统管', 'term:b'],
      ['互联网+救助', 'project:01-01'],
      ['互联网+', 'term:c'],
    ]);
  });

  it('accepts one entry listing the same name twice in different typesetting', () => {
    expect(problems([term('a', 'IPv6', { aliases: ['IPV6'] })], [])).toEqual([]);
  });

  it('reports an exclusion that cannot apply', () => {
    expect(problems([term('a', '一网协同', { exclude: ['一网协同'] })], [])).toEqual([
      expect.stringContaining('exclude.0“一网协同”不包含名词“一网协同”或其别名（或与之完全相同）'),
    ]);
  });

  it('finds the entries a text may hold, nested names included, across quotes, width and case', () => {
    const lexicon = buildLexicon([term('a', '一网统管'), term('b', '统管'), term('c', '互联网+'), term('d', 'IPv6')], [project('01-01', '“互联网+救助”')]);
    expect(lexicon.candidates('推进“一网统管”与互联网＋救助，ipv6').map((e) => e.ref)).toEqual(['term:a', 'term:b', 'term:c', 'term:d', 'project:01-01']);
    expect(lexicon.candidates('没有名词的句子')).toEqual([]);
  });

  it('tells apart names that share their beginning, and names outside the Basic Multilingual Plane', () => {
    const lexicon = buildLexicon([term('a', '数字政府'), term('b', '数字政府改革'), term('c', '数字'), term('d', '𠮷野')], []);
    expect(lexicon.candidates('推进数字政府建设').map((e) => e.id)).toEqual(['a', 'c']);
    expect(lexicon.candidates('数字政府改革在𠮷野').map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(lexicon.candidates('数')).toEqual([]);
  });

  it('flags matches inside an exclusion context, and lets other names match there instead', () => {
    const lexicon = buildLexicon([term('a', '一网协同', { exclude: ['一网协同共治'] }), term('b', '协同共治')], []);
    const found = lexicon.matcher.scan('一网协同共治；一网协同').map((f) => [f.core, f.entity.id, f.excluded]);
    expect(found).toEqual([
      ['一网协同', 'a', true],
      ['协同共治', 'b', false],
      ['一网协同', 'a', false],
    ]);
  });
});
