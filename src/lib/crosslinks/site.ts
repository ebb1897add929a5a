/**
 * Cross-link data for pages (term and project pages, their backlinks): the
 * same lexicon the plugin links with, and the occurrence index, computed once
 * per build (again when content changes, in the dev server).
 */
import type { Lexicon } from './lexicon.ts';
import { indexOccurrences, type OccurrenceIndex } from './occurrences.ts';
import { loadCrosslinkData, type Corpus } from './sources.ts';

const indexes = new WeakMap<Lexicon, OccurrenceIndex>();

export interface CrosslinkData {
  corpus: Corpus;
  lexicon: Lexicon;
  index: OccurrenceIndex;
}

export function crosslinkData(): CrosslinkData {
  const { corpus, lexicon } = loadCrosslinkData();
  let index = indexes.get(lexicon);
  if (!index) {
    index = indexOccurrences(lexicon, corpus);
    if (index.problems.length > 0) throw new Error(index.problems.map((p) => `${p.files.join(' + ')}: ${p.message}`).join('\n'));
    indexes.set(lexicon, index);
  }
  return { corpus, lexicon, index };
}
