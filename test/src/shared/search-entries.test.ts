/** Keys of the names list. */
import { describe, expect, it } from 'vitest';
import { fromFile, headingName, keysFor, toFile, TYPE_OF_KIND, type SearchEntry } from '../../../src/shared/search-entries.ts';

describe('keysFor', () => {
  it('normalises names and aliases, dropping keys too short to mean anything', () => {
    expect(keysFor('政务服务“好差评”', ['好差评'])).toEqual(['政务服务好差评', '好差评']);
    expect(keysFor('IPv6', ['IPV6'])).toEqual(['ipv6']);
    expect(keysFor('网')).toEqual([]);
  });

  it('adds the short forms readers type for long project names', () => {
    expect(keysFor('汕头市应急内涝监测系统', [], 'project')).toEqual(['汕头市应急内涝监测系统', '应急内涝监测系统']);
    expect(keysFor('“金审工程”三期项目', [], 'project')).toEqual(['金审工程三期项目', '金审工程三期']);
    expect(keysFor('政务云', [], 'project')).toEqual(['政务云']);
  });

  it('adds what an indicator measures of a quoted name, without the words that qualify it', () => {
    expect(keysFor('高频服务事项“跨省通办”比例', [], 'indicator')).toEqual(['高频服务事项跨省通办比例', '跨省通办比例']);
    expect(keysFor('“粤省事”日均活跃用户数', [], 'indicator')).toEqual(['粤省事日均活跃用户数']);
    expect(keysFor('政务服务“好差评”', [], 'indicator')).toEqual(['政务服务好差评']);
  });
});

describe('headingName', () => {
  it('strips the plan’s numbering from heading texts', () => {
    expect(headingName('第一节　强化基础设施建设')).toBe('强化基础设施建设');
    expect(headingName('一、政务云')).toBe('政务云');
    expect(headingName('（一）加快政务外网集约化改造')).toBe('加快政务外网集约化改造');
  });
});

describe('toFile and fromFile', () => {
  const entry = (kind: SearchEntry['kind'], name: string, url: string, cite: string, aliases: string[] = []): SearchEntry => ({
    kind,
    name,
    keys: keysFor(name, aliases, kind),
    url,
    type: TYPE_OF_KIND[kind],
    cite,
  });
  const ENTRIES = [
    { ...entry('term', 'IPv6', '/glossary/ipv6/', '附件 2 第 21 条', ['IPV6']), pinyin: ['x'] },
    entry('project', '汕头市应急内涝监测系统', '/projects/08-06/', '专栏 8 第6项'),
    entry('chapter', '主要任务', '/chapter-4/', '第四章', ['第四章']),
    entry('heading', '政务云', '/chapter-4/#s1-1', '第四章第一节一'),
    entry('heading', '另起的标题', '/chapter-4/#s9-9', '编者另写的出处'),
  ];

  it('leave out of the file what the browser can make again', () => {
    const rows = toFile(ENTRIES);
    expect(rows[0]).toEqual([0, 'IPv6', '/glossary/ipv6/', '附件 2 第 21 条']);
    expect(rows[1]).toEqual([1, '汕头市应急内涝监测系统', '/projects/08-06/', '', '应急内涝监测系统']);
    expect(rows[3]).toEqual([5, '政务云', '/chapter-4/#s1-1', '']);
    expect(rows[4]![3]).toBe('编者另写的出处');
  });

  it('make every entry whole again, but its pinyin', () => {
    const { pinyin: _pinyin, ...term } = ENTRIES[0]!;
    expect(fromFile(toFile(ENTRIES))).toEqual([term, ...ENTRIES.slice(1)]);
  });
});
