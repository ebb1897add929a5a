/**
 * Table 1 (and Annex 1) as downloadable data: the same values as the
 * indicator files, figures kept as printed text (“8.0”, “96.41”) so no digit
 * is lost; a missing baseline (“-” in the plan) is null in JSON and an empty
 * cell in CSV, never zero.
 */
import type { Indicator } from '../schemas.ts';

export const CSV_COLUMNS = ['序号', '类别', '主要指标', '单位', '现状值', '目标值', '本地指标', '计算方法', '编者注'] as const;

/** One indicator as published: the schema's fields, in the schema's order (local = ★ in the plan). */
export type IndicatorRecord = Indicator;

export function toRecord(indicator: Indicator): IndicatorRecord {
  const { number, category, name, unit, local, baseline, target, method, notes } = indicator;
  return { number, category, name, unit, local, baseline, target, method, notes: [...notes] };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** RFC 4180 CSV with a UTF-8 byte-order mark, so spreadsheet programs read the Chinese text correctly. */
export function indicatorsCsv(records: readonly IndicatorRecord[]): string {
  const rows = records.map((r) =>
    [String(r.number), r.category, r.name, r.unit, r.baseline ?? '', r.target, r.local ? '是' : '否', r.method, r.notes.join('；')].map(csvCell).join(','),
  );
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

export function indicatorsJson(records: readonly IndicatorRecord[], meta: { title: string; source: string }): string {
  return `${JSON.stringify(
    {
      title: `${meta.title} 表 1 主要公共指标`,
      source: meta.source,
      note: '现状值、目标值按规划原文的写法保存为文字；现状值为 null 表示原文为“-”（无基线）。local 为 true 表示原文标注★（本市指标，非引自省数字政府规划）。',
      indicators: records,
    },
    null,
    2,
  )}\n`;
}
