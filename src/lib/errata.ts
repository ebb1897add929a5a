/**
 * The recorded corrections of the plan's words (content/errata.yaml), read
 * at build time by the errata page and the remark plugin that marks each
 * corrected passage. `npm run check` has validated the file before a build;
 * here a broken file still stops the build rather than publishing without it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { errataFileSchema, type Erratum } from '../schemas.ts';

/** The content folder being built (CONTENT_DIR, as in content.config.ts). */
export const contentDir = () => resolve(process.env.CONTENT_DIR ?? 'content');

export function readErrata(dir: string = contentDir()): Erratum[] {
  const file = resolve(dir, 'errata.yaml');
  if (!existsSync(file)) return [];
  const result = errataFileSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    throw new Error(`content/errata.yaml 有误，请先运行 npm run check 查看详情 (invalid errata file): ${result.error.message}`);
  }
  return [...result.data.errata].sort((a, b) => a.id - b.id);
}

/** The anchor of a correction, on the page that shows it and on /errata/. */
export const erratumAnchor = (id: number) => `erratum-${id}`;

/** Corrections in one file's field (`body` for the MDX text): for pages that show data fields. */
export function correctionsIn(errata: readonly Erratum[], file: string, field = 'body'): Erratum[] {
  return errata.filter((e) => e.file === file && (e.field ?? 'body') === field);
}

const FIELD_NAMES: Record<string, string> = {
  label: '标号', title: '标题', name: '名称', unit: '单位', method: '计算方法', baseline: '现状值', target: '目标值',
  category: '类别', number: '序号', local: '本地指标', period: '时期', start: '起始年', end: '结束年', separator: '标点',
};

/** The field in words: sections.1.title → 第 2 节的标题, tasks.0 → 第 1 项任务. */
export function fieldName(field: string | undefined): string {
  if (field === undefined || field === 'body') return '正文';
  const section = /^sections\.(\d+)\.(\w+)$/.exec(field);
  if (section) return `第 ${Number(section[1]) + 1} 节的${FIELD_NAMES[section[2]!] ?? section[2]}`;
  const task = /^tasks\.(\d+)$/.exec(field);
  if (task) return `第 ${Number(task[1]) + 1} 项任务`;
  return FIELD_NAMES[field] ?? field;
}
