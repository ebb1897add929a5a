/** The normal forms of text: a query as the plan would print it, a name's key, the words alone. */
import { describe, expect, it } from 'vitest';
import { nameKey, normalize, prepareQuery, simplify, tightenSpacing, variantTable, wordsOnly } from '../../../src/shared/normalize.ts';

const VARIANTS = variantTable('網网辦办雲云務务麼么');

describe('variantTable and simplify', () => {
  it('reads the pairs and converts character for character, leaving what the table lacks', () => {
    expect(VARIANTS.get('網')).toBe('网');
    expect(simplify('一網通辦', VARIANTS)).toBe('一网通办');
    expect(simplify('政務雲 IPv6', VARIANTS)).toBe('政务云 IPv6');
  });

  it('ignores a dangling half pair', () => {
    expect([...variantTable('網网辦').keys()]).toEqual(['網']);
  });
});

describe('tightenSpacing', () => {
  it('joins single characters typed apart and a number from its unit', () => {
    expect(tightenSpacing('秒 批')).toBe('秒批');
    expect(tightenSpacing('数 据 共 享')).toBe('数据共享');
    expect(tightenSpacing('2025 年底')).toBe('2025年底');
    expect(tightenSpacing('87 %')).toBe('87%');
  });

  it('keeps the spaces between words, which separate keywords', () => {
    expect(tightenSpacing('社保卡 持卡人数 目标')).toBe('社保卡 持卡人数 目标');
    expect(tightenSpacing('政务云 多少核')).toBe('政务云 多少核');
  });
});

describe('prepareQuery', () => {
  it('turns full-width letters and digits half-width and traditional characters simplified', () => {
    expect(prepareQuery('ＩＰｖ６', VARIANTS)).toBe('IPv6');
    expect(prepareQuery('２０２５ 年', VARIANTS)).toBe('2025年');
    expect(prepareQuery('一網 通 辦', VARIANTS)).toBe('一网 通办');
    expect(normalize(prepareQuery('一網 通 辦', VARIANTS))).toBe('一网通办');
  });
});

describe('nameKey', () => {
  it('folds quotes, fullwidth forms and Latin case', () => {
    expect(nameKey('“三网”融合')).toBe('三网融合');
    expect(nameKey('IPV6')).toBe(nameKey('IPv6'));
    expect(nameKey('ＩＰｖ６')).toBe('ipv6');
    expect(nameKey('互联网＋')).toBe('互联网+');
    expect(nameKey('政务服务“好差评”')).toBe('政务服务好差评');
  });

  it('keeps every other character, one for one, so that a key maps onto the text it is found in', () => {
    expect(nameKey('数据共享、交换 平台——二期')).toBe('数据共享、交换 平台——二期');
    expect(nameKey('（一期）')).toBe('(一期)');
  });
});

describe('wordsOnly', () => {
  it('keeps letters and digits, in their case, and folds their width', () => {
    expect(wordsOnly('“一网通办”，ＩＰｖ６ 达到 96.41%。')).toBe('一网通办IPv6达到9641');
    expect(wordsOnly('IPV6')).not.toBe(wordsOnly('IPv6'));
  });
});
