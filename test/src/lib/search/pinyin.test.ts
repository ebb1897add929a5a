/** Names typed in Latin letters: full pinyin and initials, made at build time. */
import { describe, expect, it } from 'vitest';
import { pinyinKeys } from '../../../../src/lib/search/pinyin.ts';

describe('pinyinKeys', () => {
  it('gives full pinyin without tones and the initials', () => {
    expect(pinyinKeys(['一网通办'])).toEqual(['yiwangtongban', 'ywtb']);
    expect(pinyinKeys(['秒批'])).toEqual(['miaopi', 'mp']);
  });

  it('reads a character by its sound in the word (省 of 粤省事, 差 of 好差评)', () => {
    expect(pinyinKeys(['粤省事'])).toContain('yueshengshi');
    expect(pinyinKeys(['好差评'])).toContain('haochaping');
  });

  it('writes ü as v, and as u', () => {
    expect(pinyinKeys(['用证率'])).toEqual(expect.arrayContaining(['yongzhenglv', 'yongzhenglu', 'yzl']));
  });

  it('keeps letters and digits of the name and drops its symbols', () => {
    expect(pinyinKeys(['互联网+教育'])).toEqual(['hulianwangjiaoyu', 'hlwjy']);
  });

  it('gives nothing for a name without Chinese characters, and no initials of one letter', () => {
    expect(pinyinKeys(['5g', 'ipv6'])).toEqual([]);
    expect(pinyinKeys(['5g基'])).toEqual(['5gji']);
  });
});
