/**
 * The recorded corrections of the plan's words (content/errata.yaml), read
 * from the edition by the errata page and the remark plugin that marks each
 * corrected passage. The content check has validated the file before a build
 * starts.
 */
import { pageOf } from './content-pages.ts';
import { derived, type Edition } from '../edition/index.ts';
import { errataFileSchema, type Erratum } from '../schemas.ts';

export const errataOf = derived('errata', (edition: Edition): Erratum[] => {
  const result = errataFileSchema.safeParse(edition.errata.data ?? {});
  return result.success ? [...result.data.errata].sort((a, b) => a.id - b.id) : [];
});

/** The anchor of a correction, on the page that shows it and on /errata/. */
export const erratumAnchor = (id: number) => `erratum-${id}`;

/** Where a correction is shown, in words and as a site path: at the corrected words where the page marks them. */
export function erratumPlace(erratum: Erratum, edition: Edition): { label: string; path: `/${string}` } {
  const page = pageOf(erratum.file, edition);
  if (!page) throw new Error(`content/errata.yaml 第 ${erratum.id} 号更正：文件 ${erratum.file} 不存在 (unknown file)`);
  const anchor = page.marksCorrections && erratum.field === undefined ? `#${erratumAnchor(erratum.id)}` : '';
  return { label: page.label, path: `${page.path}${anchor}` };
}

/** Corrections in one file's field (`body` for the MDX text): for pages that show data fields. */
export function correctionsIn(errata: readonly Erratum[], file: string, field = 'body'): Erratum[] {
  return errata.filter((e) => e.file === file && (e.field ?? 'body') === field);
}

const FIELD_NAMES: Record<string, string> = {
  label: '标号',
  title: '标题',
  name: '名称',
  unit: '单位',
  method: '计算方法',
  baseline: '现状值',
  target: '目标值',
  category: '类别',
  number: '序号',
  local: '本地指标',
  period: '时期',
  start: '起始年',
  end: '结束年',
  separator: '标点',
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
