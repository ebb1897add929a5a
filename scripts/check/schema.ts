/** Schema validation of each file, with messages in the editors' terms. */
import type { z } from 'astro/zod';
import {
  chapterSchema, glossarySchema, indicatorSchema, phaseSchema, projectSchema, zhuanlanSchema,
  type CollectionName,
} from '../../src/schemas.ts';
import type { ContentFile, DataFile } from '../lib/content-files.ts';
import { unknownFieldMessage, unknownFields } from './fields.ts';
import type { Problem } from './problems.ts';

export const SCHEMAS: Record<CollectionName, z.ZodType> = {
  chapters: chapterSchema,
  zhuanlan: zhuanlanSchema,
  projects: projectSchema,
  glossary: glossarySchema,
  indicators: indicatorSchema,
  timeline: phaseSchema,
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字', number: '数字', boolean: 'true 或 false', array: '列表（每项以“- ”开头）', object: '“字段: 值”的形式',
};

type Located = Pick<DataFile, 'path' | 'data' | 'lineOf'>;

/** zod issues as problems; `prefix` is where the validated value sits in the file. */
export function zodProblems(file: Located, issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []): Problem[] {
  return issues.map((issue) => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    const field = path.join('.') || undefined;
    const value = valueAt(file.data, path);
    let message = issue.message;
    if (path.length > 0 && value === undefined && issue.code !== 'custom') {
      message = `缺少必填字段 ${String(path.at(-1))}，请补上 (required field missing)`;
    } else if (issue.code === 'invalid_type' && !/\p{Script=Han}/u.test(message)) {
      // A type the schema gave no wording for (a list where text belongs…).
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      message = path.length === 0
        ? `文件内容须是${expected} (expected ${issue.expected})`
        : `字段 ${field} 应为${expected} (expected ${issue.expected})`;
    } else if (issue.code === 'invalid_value' && !/\p{Script=Han}/u.test(message)) {
      message = `字段 ${field ?? ''} 的值不在允许的范围内：${issue.values.map(String).join('、')} (invalid value)`;
    }
    return { path: file.path, line: file.lineOf(path), field, message };
  });
}

export function syntaxProblems(file: Pick<DataFile, 'path' | 'parseErrors'>): Problem[] {
  return file.parseErrors.map((error) => ({
    path: file.path,
    line: error.line,
    message: error.message.includes('frontmatter')
      ? error.message
      : `YAML 格式错误：${error.message}。请检查这一行及上一行的缩进、冒号、引号和括号是否成对 (YAML syntax error)`,
  }));
}

export function unknownFieldProblems(file: Located, schema: z.ZodType): Problem[] {
  return unknownFields(file.data, schema).map((unknown) => ({
    path: file.path,
    line: file.lineOf(unknown.path),
    field: unknown.path.join('.'),
    message: unknownFieldMessage(unknown),
  }));
}

export function checkSchema(file: ContentFile): Problem[] {
  if (file.parseErrors.length > 0) return syntaxProblems(file);
  const schema = SCHEMAS[file.collection];
  const result = schema.safeParse(file.data ?? {});
  return [...(result.success ? [] : zodProblems(file, result.error.issues)), ...unknownFieldProblems(file, schema)];
}
