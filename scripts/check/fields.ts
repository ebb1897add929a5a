/**
 * Fields the schema does not know. Astro drops them without a word, so a
 * misspelt key (alias for aliases) would silently vanish from the edition.
 */
import type { z } from 'astro/zod';

export interface UnknownField {
  path: (string | number)[];
  key: string;
  known: string[];
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
}

/** zod 4 keeps each schema's definition on `_zod.def`; wrappers are unwrapped to the object or array inside. */
function defOf(schema: z.ZodType): Def {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  for (;;) {
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return def;
    def = (inner as unknown as { _zod: { def: Def } })._zod.def;
  }
}

export function unknownFields(data: unknown, schema: z.ZodType, path: (string | number)[] = []): UnknownField[] {
  const def = defOf(schema);
  if (def.type === 'object' && def.shape && data !== null && typeof data === 'object' && !Array.isArray(data)) {
    const known = Object.keys(def.shape);
    return Object.entries(data as Record<string, unknown>).flatMap(([key, value]) =>
      def.shape![key] ? unknownFields(value, def.shape![key], [...path, key]) : [{ path: [...path, key], key, known }],
    );
  }
  if (def.type === 'array' && def.element && Array.isArray(data)) {
    return data.flatMap((item, index) => unknownFields(item, def.element!, [...path, index]));
  }
  return [];
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
  const ranked = known
    .map((name) => ({ name, d: name.toLowerCase() === lower ? 0 : distance(lower, name.toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  const best = ranked[0];
  if (!best) return undefined;
  const prefix = known.find((name) => name.toLowerCase().startsWith(lower) || lower.startsWith(name.toLowerCase()));
  return best.d <= Math.max(1, Math.floor(key.length / 3)) ? best.name : prefix;
}

export function unknownFieldMessage(field: UnknownField): string {
  const suggestion = suggestField(field.key, field.known);
  return (
    `未知字段 ${field.key}：网站不认识这个字段，其内容不会发布。` +
    (suggestion ? `是否应为 ${suggestion}？` : '') +
    `此处可用的字段：${field.known.join('、')} (unknown field)`
  );
}
