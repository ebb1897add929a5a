import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../../src/lib/open-data/csv.ts';

describe('toCsv', () => {
  it('starts with a BOM and the header row, one CRLF-terminated row per entry', () => {
    const csv = toCsv({
      columns: ['序号', '名称'],
      rows: [
        ['1', '甲'],
        ['2', '乙'],
      ],
    });
    expect(csv).toBe('\uFEFF序号,名称\r\n1,甲\r\n2,乙\r\n');
  });

  it('quotes cells with commas, quotes and line breaks, and only those', () => {
    const csv = toCsv({ columns: ['a', 'b', 'c'], rows: [['甲,乙', '“A”\n"B"', '丙']] });
    expect(csv.split('\r\n')[1]).toBe('"甲,乙","“A”\n""B""",丙');
  });

  it('writes an empty table as its header alone', () => {
    expect(toCsv({ columns: ['编号', '原文'], rows: [] })).toBe('\uFEFF编号,原文\r\n');
  });
});
