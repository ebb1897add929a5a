import { describe, expect, it } from 'vitest';
import { quotationRuns } from '../../../src/lib/typography.ts';

describe('quotationRuns', () => {
  it('marks a short quotation, marks included, and keeps every character in order', () => {
    const title = '汕头市数字政府改革建设“十四五”规划';
    const runs = quotationRuns(title);
    expect(runs).toEqual([
      { text: '汕头市数字政府改革建设', keep: false },
      { text: '“十四五”', keep: true },
      { text: '规划', keep: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(title);
  });

  it('marks each of several quotations, including one at either end', () => {
    expect(quotationRuns('“一网通办”与“一网统管”').map((r) => r.keep)).toEqual([true, false, true]);
  });

  it('lets a long quotation wrap, and leaves text without quotations whole', () => {
    const long = '“推进政务服务事项标准化和规范化”';
    expect(quotationRuns(long)).toEqual([{ text: long, keep: false }]);
    expect(quotationRuns('数字政府')).toEqual([{ text: '数字政府', keep: false }]);
    expect(quotationRuns('')).toEqual([]);
  });
});
