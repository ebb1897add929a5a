/**
 * Cross-link data for pages (term and project pages, their backlinks): the
 * lexicon the plugin links with and the occurrence index, computed once per
 * edition (again after an edit, in the dev server).
 */
import { derived, getEdition, type Edition } from '../../edition/index.ts';
import { indexOccurrences, type OccurrenceIndex } from './occurrences.ts';
import { crosslinksOf, type CrosslinkData } from './sources.ts';

export const occurrencesOf = derived('occurrences', (edition: Edition): OccurrenceIndex => {
  const { lexicon, corpus } = crosslinksOf(edition);
  return indexOccurrences(lexicon, corpus);
});

export function crosslinkData(edition: Edition = getEdition()): CrosslinkData & { index: OccurrenceIndex } {
  return { ...crosslinksOf(edition), index: occurrencesOf(edition) };
}
