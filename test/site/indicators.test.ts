/**
 * The indicators page, its CSV and its JSON show exactly the values of
 * content/indicators/*.yaml (read here directly, not through the site's code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { DIST, ROOT } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';

interface Data {
  number: number;
  category: string;
  name: string;
  unit: string;
  local: boolean;
  baseline: string | number | null;
  target: string | number;
  method: string;
  notes?: string[];
}
const folder = join(ROOT, 'content', 'indicators');
const indicators = readdirSync(folder)
  .map((name) => parseYaml(readFileSync(join(folder, name), 'utf8')) as Data)
  .sort((a, b) => a.number - b.number);
const asText = (value: string | number | null) => (value === null ? null : String(value));

describe('the indicators page', () => {
  const tree = parsePage('/indicators/');
  const rows = selectAll('#table-1 tbody tr[id^="indicator-"]', tree);

  it('has one row per indicator, with an anchor each', () => {
    expect(indicators).toHaveLength(20);
    expect(rows.map((r) => r.properties['id'])).toEqual(indicators.map((i) => `indicator-${i.number}`));
  });

  it('shows each indicator’s number, category, name, unit, baseline, target and ★ as in the data', () => {
    rows.forEach((row, i) => {
      const data = indicators[i]!;
      // Read as the wide table shows them: units in their own column, ★ under its header.
      const phoneOnly = new Set<unknown>(selectAll('.indicator-data__inline-unit, .indicator-data__star-label', row));
      const cells = selectAll(':scope > td, :scope > th', row).map((c) => text({ ...c, children: c.children.filter((child) => !phoneOnly.has(child)) }));
      expect(cells.slice(0, 6), `indicator ${data.number}`).toEqual([
        String(data.number),
        data.name,
        data.unit,
        asText(data.baseline) ?? '无基线',
        String(data.target),
        data.local ? '★' : '',
      ]);
      expect(row.properties['dataCategory']).toBe(data.category);
    });
  });

  it('on a phone, where the unit column is hidden, gives each figure its unit and each ★ its meaning', () => {
    rows.forEach((row, i) => {
      const data = indicators[i]!;
      const units = selectAll('.indicator-data__inline-unit', row).map((u) => text(u));
      expect(units, `indicator ${data.number}`).toEqual(data.baseline === null ? [data.unit] : [data.unit, data.unit]);
      expect(text(select('.indicator-data__star-label', row) ?? { type: 'root', children: [] })).toBe(data.local ? '本市指标' : '');
    });
  });

  it('draws a bar for each indicator, with a baseline segment only where there is a baseline', () => {
    rows.forEach((row, i) => {
      const data = indicators[i]!;
      expect(select('svg.indicator-bar .indicator-bar__target', row), `indicator ${data.number}`).toBeDefined();
      expect(Boolean(select('.indicator-bar__baseline', row))).toBe(data.baseline !== null);
    });
  });

  it('lists every calculation method, and the table’s 备注 from the plan', () => {
    for (const data of indicators) {
      const method = select(`#method-${data.number}`, tree);
      expect(text(method), `method ${data.number}`).toContain(data.method);
    }
    expect(text(select('.plan-quote', tree))).toMatch(/^备注：本规划列举的是数字政府主要公共指标/);
  });
});

describe('downloads', () => {
  it('CSV has the same values as the data', () => {
    const csv = readFileSync(join(DIST, 'indicators.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...body] = parseCsv(csv.slice(1));
    expect(header).toEqual(['序号', '类别', '主要指标', '单位', '现状值', '目标值', '本地指标', '计算方法', '编者注']);
    expect(body).toEqual(
      indicators.map((d) => [
        String(d.number),
        d.category,
        d.name,
        d.unit,
        asText(d.baseline) ?? '',
        String(d.target),
        d.local ? '是' : '否',
        d.method,
        (d.notes ?? []).join('；'),
      ]),
    );
  });

  it('JSON has the same values as the data', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'indicators.json'), 'utf8')) as { indicators: unknown[] };
    expect(json.indicators).toEqual(
      indicators.map((d) => ({
        number: d.number,
        category: d.category,
        name: d.name,
        unit: d.unit,
        local: d.local,
        baseline: asText(d.baseline),
        target: String(d.target),
        method: d.method,
        notes: d.notes ?? [],
      })),
    );
  });

  it('are linked from the indicators page', () => {
    const links = selectAll('.downloads a', parsePage('/indicators/')).map((a) => a.properties['href']);
    expect(links).toEqual(['/indicators.csv', '/indicators.json']);
  });
});
