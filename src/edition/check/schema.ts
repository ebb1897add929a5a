/** Schema validation of each file, with messages in the editors' terms. */
import type { z } from 'astro/zod';
import type { ContentFile, DataFile } from '../index.ts';
import { COLLECTION_SCHEMAS } from '../../schemas.ts';
import { knownFields, unknownFieldMessage } from './fields.ts';
import type { Problem } from './problems.ts';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<PropertyKey, unknown> | undefined)?.[key], data);
}

const TYPE_NAMES: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每项以“- ”开头）',
  object: '“字段: 值”的形式',
};

type Located = Pick<DataFile, 'path' | 'data' | 'lineOf'>;

/**
 * zod issues as problems, in the editors' words: the one place where
 * validation errors are worded. `prefix` is where the validated value sits in
 * the file; `schema` is the schema validated there (to name the known fields).
 */
export function zodProblems(file: Located, schema: z.ZodType, issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(schema, issue.path);
      return issue.keys.map((key) => ({
        path: file.path,
        line: file.lineOf([...path, key]),
        field: [...path, key].join('.'),
        message: unknownFieldMessage(key, known),
      }));
    }
    const field = path.join('.') || undefined;
    const value = valueAt(file.data, path);
    let message = issue.message;
    if (path.length > 0 && value === undefined && issue.code !== 'custom') {
      message = `缺少必填字段 ${String(path.at(-1))}，请补上 (required field missing)`;
    } else if (issue.code === 'invalid_type' && !/\p{Script=Han}/u.test(message)) {
      // A type the schema gave no wording for (a list where text belongs…).
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      message = path.length === 0 ? `文件内容须是${expected} (expected ${issue.expected})` : `字段 ${field} 应为${expected} (expected ${issue.expected})`;
    } else if (issue.code === 'invalid_value' && !/\p{Script=Han}/u.test(message)) {
      message = `字段 ${field ?? ''} 的值不在允许的范围内：${issue.values.map(String).join('、')} (invalid value)`;
    }
    return [{ path: file.path, line: file.lineOf(path), field, message }];
  });
}

export function syntaxProblems(file: Pick<DataFile, 'path' | 'parseErrors'>): Problem[] {
  return file.parseErrors.map((error) => ({
    path: file.path,
    line: error.line,
    message: {
      syntax: `YAML 格式错误：${error.message}。请检查这一行及上一行的缩进、冒号、引号和括号是否成对 (YAML syntax error)`,
      indentation: `YAML 结构错误：${error.message} (YAML structure error: indentation)`,
      fence: `YAML 结构错误：${error.message} (YAML structure error: frontmatter fence)`,
      'no-frontmatter': `${error.message} (missing frontmatter)`,
    }[error.kind],
  }));
}

/** A data file validated against its schema (or its syntax errors). */
export function validateData(file: Located & Pick<DataFile, 'parseErrors'>, schema: z.ZodType): Problem[] {
  if (file.parseErrors.length > 0) return syntaxProblems(file);
  const result = schema.safeParse(file.data ?? {});
  return result.success ? [] : zodProblems(file, schema, result.error.issues);
}

export function checkSchema(file: ContentFile): Problem[] {
  return validateData(file, COLLECTION_SCHEMAS[file.collection]);
}
