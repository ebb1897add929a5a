import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, indicatorsCsv, indicatorsJson, type IndicatorRecord } from '../../../src/lib/indicator-export.ts';

const record = (over: Partial<IndicatorRecord>): IndicatorRecord => ({
  number: 1,
  category: '数字化履职能力',
  name: '指标',
  unit: '%',
  local: false,
  baseline: '8.0',
  target: '9.5',
  method: 'A/B×100%',
  notes: [],
  ...over,
});

describe('indicatorsCsv', () => {
  it('starts with a BOM and the header row, one CRLF-terminated row per indicator', () => {
    const csv = indicatorsCsv([record({}), record({ number: 2 })]);
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('keeps figures as printed and leaves a missing baseline empty, not zero', () => {
    const [, row] = indicatorsCsv([record({ baseline: null, target: '100', local: true })]).split('\r\n');
    expect(row).toBe('1,数字化履职能力,指标,%,,100,是,A/B×100%,');
    const [, kept] = indicatorsCsv([record({})]).split('\r\n');
    expect(kept).toContain(',8.0,9.5,');
  });

  it('quotes cells with commas, quotes and line breaks', () => {
    const [, row] = indicatorsCsv([record({ name: '甲,乙', method: '“A”\n"B"' })]).split('\r\n', 2);
    expect(row).toBe('1,数字化履职能力,"甲,乙",%,8.0,9.5,否,"“A”\n""B""",');
  });
});

describe('indicatorsJson', () => {
  it('keeps null baselines as null and figures as text', () => {
    const data = JSON.parse(indicatorsJson([record({ baseline: null })], { title: 'T', source: 'https://x/' }));
    expect(data.indicators[0]).toMatchObject({ baseline: null, target: '9.5' });
    expect(data.source).toBe('https://x/');
  });
});
