import { describe, expect, it } from 'vitest';
import { keyPattern, nameKey, trimQuotes } from '../../../../src/lib/crosslinks/normalize.ts';

describe('nameKey', () => {
  it('folds quotes, fullwidth forms and Latin case', () => {
    expect(nameKey('“三网”融合')).toBe('三网融合');
    expect(nameKey('IPV6')).toBe(nameKey('IPv6'));
    expect(nameKey('ＩＰｖ６')).toBe('ipv6');
    expect(nameKey('互联网＋')).toBe('互联网+');
    expect(nameKey('政务服务“好差评”')).toBe('政务服务好差评');
  });
});

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
