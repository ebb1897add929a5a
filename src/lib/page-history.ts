/**
 * A page's 修订记录: the commits that changed its content file (or folder)
 * and the recorded corrections of the plan's words in it, newest first.
 */
import type { Erratum } from '../schemas.ts';
import { isWithin, revisionsOf, type ContentHistory, type Revision } from './git-history.ts';

export type HistoryEntry = ({ kind: 'revision' } & Revision) | { kind: 'erratum'; date: string; erratum: Erratum };

export function pageHistory(path: string, history: ContentHistory, errata: readonly Erratum[]): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...revisionsOf(path, history).map((revision): HistoryEntry => ({ kind: 'revision', ...revision })),
    ...errata.filter((erratum) => isWithin(erratum.file, path)).map((erratum): HistoryEntry => ({ kind: 'erratum', date: erratum.date, erratum })),
  ];
  // Stable: on one day a correction comes before the commits, as it explains them.
  return entries
    .map((entry, index) => ({ entry, index: entry.kind === 'erratum' ? -1 - index : index }))
    .sort((a, b) => (a.entry.date === b.entry.date ? a.index - b.index : a.entry.date < b.entry.date ? 1 : -1))
    .map(({ entry }) => entry);
}
