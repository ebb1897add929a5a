/** Keys of the names list. */
import { describe, expect, it } from 'vitest';
import { headingName, keysFor } from '../../../../src/lib/search/entries.ts';

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
});

describe('headingName', () => {
  it('strips the plan’s numbering from heading texts', () => {
    expect(headingName('第一节　强化基础设施建设')).toBe('强化基础设施建设');
    expect(headingName('一、政务云')).toBe('政务云');
    expect(headingName('（一）加快政务外网集约化改造')).toBe('加快政务外网集约化改造');
  });
});
