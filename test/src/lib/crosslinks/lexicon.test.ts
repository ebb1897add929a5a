import { describe, expect, it } from 'vitest';
import { buildLexicon, LexiconError, type ProjectSource, type TermSource } from '../../../../src/lib/crosslinks/lexicon.ts';

const term = (id: string, name: string, extra: Partial<TermSource> = {}): TermSource => ({
  id,
  file: `content/glossary/${id}.mdx`,
  term: name,
  aliases: [],
  exclude: [],
  related: [],
  number: 1,
  definition: `${name}的定义。`,
  ...extra,
});
const project = (id: string, title: string): ProjectSource => ({
  id,
  file: `content/projects/${id}.mdx`,
  title,
  order: 1,
  box: { number: 1, title: '专栏' },
  text: `${title}。项目内容。`,
});

function problems(build: () => unknown): string[] {
  try {
    build();
  } catch (error) {
    if (error instanceof LexiconError) return error.problems.map((p) => `${p.files.join(' + ')}: ${p.message}`);
    throw error;
  }
  return [];
}

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

  it('fails when two entries share a spelling, even across quotes and case', () => {
    expect(problems(() => buildLexicon([term('a', 'IPv6'), term('b', 'IP协议', { aliases: ['IPV6'] })], []))).toEqual([
      expect.stringMatching(/^content\/glossary\/a\.mdx \+ content\/glossary\/b\.mdx: “IPv6”（IPv6）与“IPV6”（IP协议）是同一写法/),
    ]);
    expect(problems(() => buildLexicon([term('a', '三网融合')], [project('01-01', '“三网”融合')]))).toHaveLength(1);
  });

  it('accepts one entry listing the same name twice in different typesetting', () => {
    expect(problems(() => buildLexicon([term('a', 'IPv6', { aliases: ['IPV6'] })], []))).toEqual([]);
  });

  it('fails on an exclusion that cannot apply, and on an unknown related term', () => {
    expect(problems(() => buildLexicon([term('a', '一网协同', { exclude: ['一网协同'], related: ['zzz'] })], []))).toEqual([
      expect.stringContaining('exclude.0“一网协同”不包含名词“一网协同”或其别名（或与之完全相同）'),
      expect.stringContaining('related.0“zzz”不是 content/glossary 中的名词文件名'),
    ]);
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
