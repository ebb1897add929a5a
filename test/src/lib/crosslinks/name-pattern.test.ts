import { describe, expect, it } from 'vitest';
import { keyPattern, trimQuotes } from '../../../../src/lib/crosslinks/name-pattern.ts';

describe('keyPattern', () => {
  const find = (key: string, text: string) => [...text.matchAll(new RegExp(keyPattern(key), 'gu'))].map((m) => m[0]);

  it('allows a quote between characters and around the name', () => {
    expect(find('三网融合', '推进“三网”融合，“三网融合”')).toEqual(['“三网”融合', '“三网融合”']);
  });

  it('keeps Latin names from matching inside longer Latin words', () => {
    expect(find('5g', '5G、15G、5GB、５Ｇ')).toEqual(['5G', '５Ｇ']);
    expect(find('ipv6', 'IPv6 与 IPv64')).toEqual(['IPv6']);
  });
});

describe('trimQuotes', () => {
  it('leaves quotes around a name outside the link', () => {
    expect(trimQuotes('“四免”')).toEqual({ lead: '“', core: '四免', trail: '”' });
  });

  it('keeps a quote inside when the name needs it to be balanced', () => {
    expect(trimQuotes('“三网”融合')).toEqual({ lead: '', core: '“三网”融合', trail: '' });
    expect(trimQuotes('政务服务“好差评”')).toEqual({ lead: '', core: '政务服务“好差评”', trail: '' });
    expect(trimQuotes('政务服务“好差评”“')).toEqual({ lead: '', core: '政务服务“好差评”', trail: '“' });
  });
});
