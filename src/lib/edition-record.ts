/**
 * The edition's record for readers: the change notes editors write
 * (content/changes.yaml) and the corrections of the plan's words
 * (content/errata.yaml), newest first. A page's 修订记录 holds those that
 * touched its content; /changes/ and the feed hold them all. Commit subjects
 * are the developers' words and never appear here (git still dates 最后更新).
 */
import type { Change, Erratum } from '../schemas.ts';
import { derived, type Edition } from '../edition/index.ts';
import { changesFileSchema } from '../schemas.ts';
import { errataOf } from './errata.ts';
import { isWithin } from './git-history.ts';

export type RecordEntry = { kind: 'change'; date: string; change: Change; anchor: string } | { kind: 'erratum'; date: string; erratum: Erratum };

/**
 * The change notes, newest first (notes of one day in the file's order), each
 * with its anchor on /changes/: change-2026-12-01, then change-2026-12-01-2 for
 * the day's next note, counted from the oldest so that a note added later
 * leaves the others' anchors as they were.
 */
export const changesOf = derived('changes', (edition: Edition): Extract<RecordEntry, { kind: 'change' }>[] => {
  const result = changesFileSchema.safeParse(edition.changes.data ?? {});
  const changes = result.success ? result.data.changes : [];
  const perDay = new Map<string, number>();
  const oldestFirst = changes
    .map((change, order) => ({ change, order }))
    .sort((a, b) => (a.change.date === b.change.date ? b.order - a.order : a.change.date < b.change.date ? -1 : 1))
    .map(({ change }) => {
      const n = (perDay.get(change.date) ?? 0) + 1;
      perDay.set(change.date, n);
      return { kind: 'change' as const, date: change.date, change, anchor: `change-${change.date}${n > 1 ? `-${n}` : ''}` };
    });
  return oldestFirst.reverse();
});

/** Whether a change note touched the content a page is made from (a file, a folder within it, or all of content/). */
const touches = (change: Change, source: string) => change.files.some((file) => isWithin(file, source) || isWithin(source, file));

/** Every change note and correction, newest first; on one day a correction comes first, as the notes may explain it. */
export function editionRecord(edition: Edition): RecordEntry[] {
  const corrections = errataOf(edition).map((erratum): RecordEntry => ({ kind: 'erratum', date: erratum.date, erratum }));
  return [...corrections, ...changesOf(edition)]
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => (a.entry.date === b.entry.date ? a.order - b.order : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}

/** A page's 修订记录: the notes and corrections that touched `source`, the file or folder it is made from. */
export function pageHistory(source: string, edition: Edition): RecordEntry[] {
  return editionRecord(edition).filter((entry) => (entry.kind === 'erratum' ? isWithin(entry.erratum.file, source) : touches(entry.change, source)));
}
