import { emitEdition } from './emit.ts';
import { buildEdition, type ImportedPlan } from './edition.ts';
import { segment } from './segment.ts';
import { readSourceLines } from './source-lines.ts';

export function importPlan(source: string): ImportedPlan {
  return buildEdition(segment(readSourceLines(source)));
}

/** Source text → content files (relative to content/), deterministically. */
export function importFiles(source: string): Map<string, string> {
  return emitEdition(importPlan(source));
}
