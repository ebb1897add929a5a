/** Schema validation of each file, with messages in the editors' terms. */
import type { z } from 'astro/zod';
import {
  chapterSchema, glossarySchema, indicatorSchema, phaseSchema, projectSchema, zhuanlanSchema,
  type CollectionName,
} from '../../src/schemas.ts';
import type { ContentFile } from '../lib/content-files.ts';
import type { Problem } from './problems.ts';

const SCHEMAS: Record<CollectionName, z.ZodType> = {
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

export function checkSchema(file: ContentFile): Problem[] {
  if (file.parseErrors.length > 0) {
    return file.parseErrors.map((error) => ({
      path: file.path,
      line: error.line,
      message: `YAML 格式错误，请检查缩进、冒号和引号 (YAML syntax error: ${error.message})`,
    }));
  }
  const result = SCHEMAS[file.collection].safeParse(file.data ?? {});
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const field = issue.path.join('.') || undefined;
    const missing = issue.path.length > 0 && valueAt(file.data, issue.path) === undefined && issue.code === 'invalid_type';
    return {
      path: file.path,
      line: file.lineOf(issue.path),
      field,
      message: missing ? `缺少必填字段 ${field}，请补上 (required field missing)` : issue.message,
    };
  });
}
