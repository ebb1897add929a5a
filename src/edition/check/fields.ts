/**
 * Fields the schema does not know. The schemas are strict (src/schemas.ts),
 * so a misspelt key (alias for aliases) fails validation instead of silently
 * vanishing from the edition; here the editor learns which field was meant.
 */
import { z } from 'astro/zod';

/**
 * The fields an object schema knows at `path` in the data (list indexes
 * skipped), read through zod's public schema API.
 */
export function knownFields(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType): z.ZodType => {
    if (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) return unwrap(s.unwrap() as z.ZodType);
    if (s instanceof z.ZodPipe) return unwrap(s.in as z.ZodType);
    return s;
  };
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(key)];
    else return [];
    if (!current) return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The known field an editor most likely meant, if one is close. */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const ranked = known.map((name) => ({ name, d: name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = ranked[0];
  if (!best) return undefined;
  const prefix = known.find((name) => name.toLowerCase().startsWith(lower) || lower.startsWith(name.toLowerCase()));
  return best.d <= Math.max(1, Math.floor(key.length / 3)) ? best.name : prefix;
}

export function unknownFieldMessage(key: string, known: readonly string[]): string {
  const suggestion = suggestField(key, known);
  return (
    `未知字段 ${key}：网站不认识这个字段，其内容不会发布。` +
    (suggestion ? `是否应为 ${suggestion}？` : '') +
    `此处可用的字段：${known.join('、')} (unknown field)`
  );
}
