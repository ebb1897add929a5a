/** The glossary page's order: first characters (字头) by pinyin, Latin and digits last, aliases as 见 entries. */
import { describe, expect, it } from 'vitest';
import { groupByHead, headId, headOf, indexNames } from '../../../../src/lib/glossary/heads.ts';

const heads = (names: string[]) => groupByHead(names, (n) => n).map((g) => g.head);
const items = (names: string[]) => groupByHead(names, (n) => n).map((g) => g.items);

describe('headOf', () => {
  it('is the first character that is not a quote, Latin in capitals, fullwidth folded', () => {
    expect(headOf('“秒批”')).toBe('秒');
    expect(headOf('政务服务“好差评”')).toBe('政');
    expect(headOf('ipv6')).toBe('I');
    expect(headOf('IaaS、PaaS')).toBe('I');
    expect(headOf('５Ｇ')).toBe('5');
    expect(headOf('“”')).toBe('');
  });
});

describe('headId', () => {
  it('is an ASCII anchor: letters and digits as themselves, other characters by code point', () => {
    expect(headId('I')).toBe('head-i');
    expect(headId('5')).toBe('head-5');
    // 秒 is U+79D2, 一 is U+4E00.
    expect(headId('秒')).toBe('head-u79d2');
    expect(headId('一')).toBe('head-u4e00');
  });
});

describe('groupByHead', () => {
  it('orders Chinese first characters by pinyin, then digits and Latin letters', () => {
    // miǎo < sān < yī < zhèng; 5G and IPv6 after every Chinese character.
    expect(heads(['一网通办', 'IPv6', '秒批', '5G', '三网融合', '政银合作', '一件事'])).toEqual(['秒', '三', '一', '政', '5', 'I']);
  });

  it('puts every name under its own first character, ordered by pinyin within it', () => {
    // 一件事 (jiàn) before 一网通办 (wǎng) before 一证一书 (zhèng).
    expect(items(['一证一书', '一网通办', '一件事'])).toEqual([['一件事', '一网通办', '一证一书']]);
    // Upper and lower case share a group.
    expect(items(['iaas', 'IPv6'])).toEqual([['iaas', 'IPv6']]);
  });

  it('does not let quotes inside a name decide its place', () => {
    // As 一网通办 the name sorts after 一件事; an opening quote, sorted as punctuation, would put it first.
    expect(items(['一“网”通办', '一件事'])).toEqual([['一件事', '一“网”通办']]);
  });

  it('refuses a name with no character to file it under', () => {
    expect(() => groupByHead(['“”'], (n) => n)).toThrow(/a name made of quotes only/);
  });
});

describe('indexNames', () => {
  it('lists each term, and an alias under another first character as 见 the term', () => {
    const names = indexNames([
      { id: 'hao-cha-ping', term: '政务服务“好差评”', aliases: ['好差评'] },
      { id: 'iaas-paas', term: 'IaaS、PaaS', aliases: ['IaaS', 'PaaS'] },
      { id: 'san-wang-rong-he', term: '三网融合', aliases: ['“三网”融合'] },
      { id: 'guan-yun', term: '政企合作、管运分离', aliases: ['管运分离', '政企合作', '管运'] },
    ]);
    expect(names).toEqual([
      { name: '政务服务“好差评”', id: 'hao-cha-ping' },
      { name: '好差评', id: 'hao-cha-ping', see: '政务服务“好差评”' },
      { name: 'IaaS、PaaS', id: 'iaas-paas' },
      // IaaS stands next to the term already: only PaaS gets a cross-reference.
      { name: 'PaaS', id: 'iaas-paas', see: 'IaaS、PaaS' },
      { name: '三网融合', id: 'san-wang-rong-he' },
      // One cross-reference per character: 管运 would stand next to 管运分离.
      { name: '政企合作、管运分离', id: 'guan-yun' },
      { name: '管运分离', id: 'guan-yun', see: '政企合作、管运分离' },
    ]);
  });
});
