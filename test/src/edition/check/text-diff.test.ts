/** The diff behind plan-text messages: which passages changed, and the words at issue. */
import { describe, expect, it } from 'vitest';
import { clip, diffSequences, showDifference } from '../../../../src/edition/check/text-diff.ts';

const id = (s: string) => s;

describe('diffSequences', () => {
  it('pairs a replaced passage as a change and keeps the passage before it', () => {
    expect(diffSequences(['甲', '乙', '丙'], ['甲', '乙改', '丙'], id)).toEqual([{ kind: 'changed', expected: '乙', actual: '乙改', before: '甲' }]);
  });

  it('tells deletions and additions apart', () => {
    expect(diffSequences(['甲', '乙', '丙'], ['甲', '丙', '丁'], id)).toEqual([
      { kind: 'deleted', expected: '乙', before: '甲' },
      { kind: 'added', actual: '丁', before: '丙' },
    ]);
  });

  it('finds nothing in equal sequences', () => {
    expect(diffSequences(['甲', '乙'], ['甲', '乙'], id)).toEqual([]);
  });
});

describe('showDifference', () => {
  it('marks the differing words in 【】 with context on both sides', () => {
    expect(showDifference('按照统一标准清晰、整合、比对', '按照统一标准清洗、整合、比对')).toEqual({
      expected: '按照统一标准清【晰】、整合、比对',
      actual: '按照统一标准清【洗】、整合、比对',
    });
  });

  it('shows an insertion as empty 【】 on the printed side', () => {
    expect(showDifference('甲乙', '甲新乙')).toEqual({ expected: '甲【】乙', actual: '甲【新】乙' });
  });

  it('elides far context', () => {
    const long = '一二三四五六七八九十'.repeat(3);
    const shown = showDifference(`${long}甲${long}`, `${long}乙${long}`);
    expect(shown.expected.startsWith('…')).toBe(true);
    expect(shown.expected.endsWith('…')).toBe(true);
    expect(shown.expected).toContain('【甲】');
  });
});

describe('clip', () => {
  it('cuts long text by characters, not UTF-16 units', () => {
    expect(clip('𠮷'.repeat(5), 3)).toBe('𠮷𠮷𠮷…');
    expect(clip('短', 3)).toBe('短');
  });
});
