/**
 * content/errata.yaml: the only way the plan's own words may change. Each
 * entry must be complete and point at a content file and a field that holds
 * plan text; whether its words are where it says is checked with the plan
 * text (plan-text.ts).
 */
import type { Edition } from '../index.ts';
import { errataFileSchema, erratumSchema, type CollectionName, type Erratum } from '../../schemas.ts';
import { isPlanField } from './plan-passages.ts';
import type { Problem } from './problems.ts';
import { syntaxProblems, zodProblems } from './schema.ts';

export interface ErratumRecord extends Erratum {
  /** Line of the entry in content/errata.yaml. */
  line: number | undefined;
  /** The field corrected: `body` when the entry names none. */
  target: string;
  /** Position of the entry in the file's list (0-based). */
  index: number;
}

export interface Errata {
  /** Complete entries that point at a plan-text field of an existing file. */
  records: ErratumRecord[];
  problems: Problem[];
  /** Where each record's field sits, for messages about one of its keys. */
  lineOf(index: number, key: string): number | undefined;
}

export function readErrata(edition: Edition): Errata {
  const file = edition.errata;
  const lineOf = (index: number, key: string) => file.lineOf(['errata', index, key]);
  if (file.parseErrors.length > 0) return { records: [], lineOf, problems: syntaxProblems(file) };
  const data = file.data ?? {};
  const problems: Problem[] = [];
  const list = (data as { errata?: unknown }).errata;
  if (typeof data !== 'object' || Array.isArray(data) || (list !== undefined && list !== null && !Array.isArray(list))) {
    problems.push({
      path: file.path,
      line: file.lineOf(['errata']) ?? 1,
      field: 'errata',
      message: '文件须以 errata: 开头，其下是更正条目的列表，每条以“- ”开头 (errata must be a list)',
    });
    return { records: [], lineOf, problems };
  }

  const whole = errataFileSchema.safeParse(data);
  if (!whole.success) problems.push(...zodProblems({ ...file, data }, errataFileSchema, whole.error.issues));
  // Each complete entry is checked further, whatever is wrong with the others.
  const records: ErratumRecord[] = ((list ?? []) as unknown[]).flatMap((raw, index) => {
    const result = erratumSchema.safeParse(raw);
    return result.success ? [{ ...result.data, line: file.lineOf(['errata', index]), target: result.data.field ?? 'body', index }] : [];
  });

  const byPath = new Map(edition.files.map((f) => [f.path, f]));
  const ids = new Map<number, ErratumRecord>();
  const usable: ErratumRecord[] = [];
  for (const record of records) {
    const { index } = record;
    const at = (key: string) => file.lineOf(['errata', index, key]) ?? record.line;
    const first = ids.get(record.id);
    if (first) {
      problems.push({
        path: file.path,
        line: at('id'),
        field: `errata.${index}.id`,
        message: `更正编号 ${record.id} 与第 ${first.index + 1} 条重复；编号一经发布不再改变，新条目请用下一个编号 (duplicate erratum id)`,
      });
    } else {
      ids.set(record.id, record);
    }
    if (record.original === record.corrected) {
      problems.push({
        path: file.path,
        line: at('corrected'),
        field: `errata.${index}.corrected`,
        message: '更正后 corrected 与原文 original 相同，不是更正 (corrected equals original)',
      });
    }
    const target = byPath.get(record.file);
    if (!target) {
      problems.push({
        path: file.path,
        line: at('file'),
        field: `errata.${index}.file`,
        message: `文件 ${record.file} 不存在；请写 content/ 下的文件路径，如 content/chapters/chapter-4.mdx (unknown file)`,
      });
      continue;
    }
    if (record.file.endsWith('.yaml') && record.field === undefined) {
      problems.push({
        path: file.path,
        line: at('file'),
        field: `errata.${index}.field`,
        message: `${record.file} 是数据文件，请用 field 写明更正的是哪个字段，如 method (field required for YAML files)`,
      });
      continue;
    }
    if (!isPlanField(target.collection as CollectionName, record.target)) {
      problems.push({
        path: file.path,
        line: at('field'),
        field: `errata.${index}.field`,
        message: `${record.file} 的字段 ${record.target} 不是规划原文，修改它不需要登记更正 (not a plan-text field)`,
      });
      continue;
    }
    usable.push(record);
  }
  return { records: usable, problems, lineOf };
}

/**
 * The edition's text as printed: each recorded correction undone in the file
 * it names, exactly once. For proving the edition against plan.txt, so that
 * the recorded corrections — and only they — are accepted. A correction that
 * is not in the edition (or not in one place) throws.
 */
export function revertCorrections<T extends { file: string; text: string }>(units: readonly T[], records: readonly Erratum[]): T[] {
  const result = units.map((unit) => ({ ...unit }));
  for (const record of records) {
    const holders = result.filter((unit) => unit.file === record.file && unit.text.includes(record.corrected));
    const count = holders.reduce((sum, unit) => sum + unit.text.split(record.corrected).length - 1, 0);
    if (count !== 1) {
      throw new Error(
        `content/errata.yaml id ${record.id}: the corrected words “${record.corrected}” occur ${count} times in ${record.file}, not once (correction not made, or not unique)`,
      );
    }
    holders[0]!.text = holders[0]!.text.replace(record.corrected, () => record.original);
  }
  return result;
}
