/** The search page's state in its URL. */
import { describe, expect, it } from 'vitest';
import { readState, sameState, writeState } from '../../../../src/client/search/url-state.ts';

describe('URL state', () => {
  it('round-trips query and filters', () => {
    const search = '?q=%E4%B8%80%E7%BD%91%E9%80%9A%E5%8A%9E&type=%E5%90%8D%E8%AF%8D&chapter=%E7%AC%AC%E5%9B%9B%E7%AB%A0';
    const state = readState(search);
    expect(state).toEqual({ query: '一网通办', filters: { type: ['名词'], chapter: ['第四章'], category: [] } });
    expect(writeState(state)).toBe(search);
  });

  it('trims the query, drops empty and repeated values, and writes nothing for nothing', () => {
    expect(readState('?q=++秒批+&type=&type=名词&type=名词').filters.type).toEqual(['名词']);
    expect(readState('?q=++秒批+').query).toBe('秒批');
    expect(writeState(readState(''))).toBe('');
    expect(sameState(readState('?q=a&type=x'), readState('?type=x&q=a'))).toBe(true);
  });
});
