/** Reading a query: names as exact phrases, question words dropped, suggestions for partial names. */
import { describe, expect, it } from 'vitest';
import { analyzeQuery, dropFunctionWords, findEntities, needsTyping, scriptRuns, suggest } from '../../../../src/client/search/query.ts';
import { editDistance, nearMisses, synonymTargets } from '../../../../src/client/search/typing.ts';
import { variantTable } from '../../../../src/shared/normalize.ts';
import { keysFor, type SearchEntry } from '../../../../src/shared/search-entries.ts';

const entry = (kind: SearchEntry['kind'], name: string, url: string, aliases: string[] = []): SearchEntry => ({
  kind,
  name,
  keys: keysFor(name, aliases, kind),
  url,
  type: kind,
  cite: '',
});

const ENTRIES: SearchEntry[] = [
  entry('term', '一网通办', '/glossary/yi-wang-tong-ban/'),
  entry('term', '一网统管', '/glossary/yi-wang-tong-guan/'),
  entry('term', '一网协同', '/glossary/yi-wang-xie-tong/'),
  entry('term', '秒批', '/glossary/miao-pi/'),
  entry('term', '政务服务“好差评”', '/glossary/hao-cha-ping/', ['好差评']),
  entry('term', 'IPv6', '/glossary/ipv6/', ['IPV6']),
  entry('indicator', '政务服务“好差评”', '/indicators/#indicator-7'),
  entry('indicator', '“零跑动”事项覆盖率', '/indicators/#indicator-1'),
  entry('term', '零跑动', '/glossary/ling-pao-dong/'),
  entry('indicator', '政务服务“秒批秒报”数量', '/indicators/#indicator-4'),
  entry('project', '政务服务“好差评”系统', '/projects/04-01/'),
  entry('project', '汕头市应急内涝监测系统', '/projects/08-06/'),
  entry('project', '“金审工程”三期项目', '/projects/09-02/'),
  entry('project', '政务云', '/projects/01-01/'),
];

const urls = (q: string) => analyzeQuery(q, ENTRIES).entities.map((e) => e.entry.url);

describe('analyzeQuery', () => {
  it('reads a name as one exact phrase, whatever the quotes and spaces', () => {
    for (const q of ['一网通办', '“一网通办”', ' 一网 通办 ', '"一网通办"']) {
      const a = analyzeQuery(q, ENTRIES);
      expect(a.phrases, q).toEqual(['一网通办']);
      expect(a.keywords, q).toEqual([]);
      expect(a.complete, q).toBe(true);
    }
  });

  it('prefers the longest name, so an indicator is not read as the term inside it', () => {
    expect(urls('零跑动事项覆盖率')).toEqual(['/indicators/#indicator-1']);
    expect(urls('政务服务好差评系统')).toEqual(['/projects/04-01/']);
    expect(urls('零跑动')).toEqual(['/glossary/ling-pao-dong/']);
  });

  it('keeps both entries that share a name, the term first', () => {
    expect(urls('政务服务“好差评”')).toEqual(['/glossary/hao-cha-ping/', '/indicators/#indicator-7']);
  });

  it('knows aliases, letter case and short forms of project names', () => {
    expect(urls('好差评')).toEqual(['/glossary/hao-cha-ping/']);
    expect(urls('ipv6')).toEqual(['/glossary/ipv6/']);
    expect(urls('应急内涝监测系统')).toEqual(['/projects/08-06/']);
    expect(urls('金审工程三期')).toEqual(['/projects/09-02/']);
  });

  it('drops question words, so a question about a name is still that name', () => {
    const a = analyzeQuery('什么是秒批？', ENTRIES);
    expect(a.phrases).toEqual(['秒批']);
    expect(a.keywords).toEqual([]);
    expect(a.complete).toBe(true);
  });

  it('keeps what is left of a question as keywords, and then the name alone does not decide', () => {
    const a = analyzeQuery('政务云 多少核', ENTRIES);
    expect(a.phrases).toEqual(['政务云']);
    expect(a.keywords).toEqual(['核']);
    expect(a.complete).toBe(false);
    expect(a.wants).toBe('number');
    expect(analyzeQuery('内涝怎么监测', ENTRIES).keywords).toEqual(['内涝', '监测']);
    expect(analyzeQuery('首贷服务中心什么时候启动', ENTRIES).wants).toBe('date');
  });

  it('treats quoted text that is not a name as an exact phrase', () => {
    const a = analyzeQuery('"数据共享" 机制', ENTRIES);
    expect(a.phrases).toEqual(['数据共享']);
    expect(a.keywords).toEqual(['机制']);
    expect(a.complete).toBe(false);
  });
});

describe('findEntities', () => {
  it('finds several names in query order without overlaps', () => {
    expect(findEntities('秒批和一网通办', ENTRIES).map((e) => e.key)).toEqual(['秒批', '一网通办']);
  });
});

describe('scriptRuns and dropFunctionWords', () => {
  it('cut at spaces, punctuation and where Han meets Latin letters or digits', () => {
    expect(scriptRuns('政务云8820核，vCPU')).toEqual(['政务云', '8820', '核', 'vcpu']);
  });

  it('drop function words only where they stand alone', () => {
    expect(dropFunctionWords('年底要达到')).toEqual(['年底', '达到']);
    expect(dropFunctionWords('主要任务')).toEqual(['主要任务']);
    expect(dropFunctionWords('社保卡持卡人数')).toEqual(['社保卡持卡人数']);
  });
});

describe('suggest', () => {
  it('offers the names a partial query begins, terms first, then in pinyin order', () => {
    expect(suggest('一网', ENTRIES).map((s) => s.entry.name)).toEqual(['一网通办', '一网统管', '一网协同']);
  });

  it('offers names that contain the text after those that begin with it', () => {
    expect(suggest('秒', ENTRIES).map((s) => s.entry.name)).toEqual(['秒批', '政务服务“秒批秒报”数量']);
  });

  it('offers nothing for nothing', () => {
    expect(suggest('  ', ENTRIES)).toEqual([]);
  });
});

describe('names typed otherwise', () => {
  // Pinyin as the build gives it (pinyin.ts), written out here by hand.
  const PINYIN: Record<string, string[]> = {
    '/glossary/yi-wang-tong-ban/': ['yiwangtongban', 'ywtb'],
    '/glossary/yi-wang-tong-guan/': ['yiwangtongguan', 'ywtg'],
    '/glossary/miao-pi/': ['miaopi', 'mp'],
    '/projects/01-01/': ['zhengwuyun', 'zwy'],
  };
  const WITH_PINYIN: SearchEntry[] = ENTRIES.map((e) => {
    const pinyin = PINYIN[e.url];
    return pinyin ? { ...e, pinyin } : e;
  });
  const named = (q: string) => analyzeQuery(q, WITH_PINYIN, variantTable('網网辦办雲云務务')).entities.map((e) => e.entry.url);

  it('reads traditional characters as the simplified name', () => {
    expect(named('一網通辦')).toEqual(['/glossary/yi-wang-tong-ban/']);
    expect(analyzeQuery('政務雲', WITH_PINYIN, variantTable('雲云務务')).phrases).toEqual(['政务云']);
  });

  it('reads a name in full pinyin or initials, in any case and spacing, as the Chinese name', () => {
    expect(named('yiwangtongban')).toEqual(['/glossary/yi-wang-tong-ban/']);
    expect(named('Yi Wang Tong Ban')).toEqual(['/glossary/yi-wang-tong-ban/']);
    expect(named('YWTG')).toEqual(['/glossary/yi-wang-tong-guan/']);
    const a = analyzeQuery('ywtb', WITH_PINYIN);
    expect(a.phrases).toEqual(['一网通办']);
    expect(a.complete).toBe(true);
  });

  it('takes pinyin only as a whole run of letters', () => {
    expect(named('ywtbx')).toEqual([]);
    expect(named('mpa')).toEqual([]);
    expect(named('秒批 ywtb')).toEqual(['/glossary/miao-pi/', '/glossary/yi-wang-tong-ban/']);
  });

  it('suggests names whose pinyin begins with the letters typed', () => {
    expect(suggest('ywt', WITH_PINYIN).map((s) => s.entry.url)).toEqual(['/glossary/yi-wang-tong-ban/', '/glossary/yi-wang-tong-guan/']);
    expect(suggest('y', WITH_PINYIN)).toEqual([]);
  });

  it('finds the name a typo stands for, in characters or pinyin, and not for unrelated words', () => {
    expect(nearMisses('秒匹', WITH_PINYIN).map((e) => e.url)).toEqual(['/glossary/miao-pi/']);
    expect(nearMisses('yiwangtongbna', WITH_PINYIN).map((e) => e.url)).toEqual(['/glossary/yi-wang-tong-ban/']);
    expect(nearMisses('miaopii', WITH_PINYIN).map((e) => e.url)).toEqual(['/glossary/miao-pi/']);
    expect(nearMisses('秒批', WITH_PINYIN)).toEqual([]);
    expect(nearMisses('内涝怎么监测', WITH_PINYIN)).toEqual([]);
    expect(nearMisses('ywtx', WITH_PINYIN)).toEqual([]);
  });

  it('offers the plan’s names for a synonym the query holds', () => {
    const [lingPaoDong, yiWangTongBan] = [ENTRIES.find((e) => e.url === '/glossary/ling-pao-dong/')!, ENTRIES[0]!];
    const names = { synonyms: [{ words: ['不见面审批'], see: [lingPaoDong, yiWangTongBan] }], variants: variantTable('審审見见') };
    expect(synonymTargets('怎么不见面审批', names)).toEqual([lingPaoDong, yiWangTongBan]);
    expect(synonymTargets('不見面審批', names)).toEqual([lingPaoDong, yiWangTongBan]);
    expect(synonymTargets('审批', names)).toEqual([]);
  });
});

describe('needsTyping', () => {
  it('asks for pinyin, synonyms and traditional characters only where the query may need them', () => {
    expect(needsTyping('一网通办', ENTRIES)).toBe(false);
    expect(needsTyping('一网通办 政务云', ENTRIES)).toBe(false);
    expect(needsTyping('ywtb', ENTRIES)).toBe(true);
    expect(needsTyping('一網通辦', ENTRIES)).toBe(true);
    expect(needsTyping('一网通办 辦', ENTRIES)).toBe(true);
    expect(needsTyping('不见面审批', ENTRIES)).toBe(true);
    expect(needsTyping('IPv6', ENTRIES)).toBe(true);
  });
});

describe('editDistance', () => {
  it('counts inserts, deletes and replacements as one edit each', () => {
    expect(editDistance('秒批', '秒批')).toBe(0);
    expect(editDistance('秒匹', '秒批')).toBe(1);
    expect(editDistance('miaopii', 'miaopi')).toBe(1);
    expect(editDistance('tongbna', 'tongban')).toBe(2);
    expect(editDistance('kuayutonban', 'kuayutongban')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('', 'ab')).toBe(2);
    expect(editDistance('ab', '')).toBe(2);
  });
});

describe('withUnits', () => {
  it('keeps a number with the word of its unit, however it was typed', () => {
    expect(analyzeQuery('2025年底要达到什么', []).keywords).toEqual(['2025年底', '达到']);
    expect(analyzeQuery('2025 年底要达到什么', []).keywords).toEqual(['2025年底', '达到']);
    expect(analyzeQuery('政务云 8820 核', []).keywords).toEqual(['政务云', '8820', '核']);
  });
});
