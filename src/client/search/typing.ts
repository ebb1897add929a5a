/**
 * For a query that names nothing of the plan, the plan's words it may mean
 * (您是不是要找): the plan's names for a word it does not use (synonyms,
 * editorial) and names the query may be a typo of. They use what
 * /search-typing.json holds, which such a query loads (query.ts `needsTyping`).
 */
import { KIND_PRIORITY, type SearchEntry, type SearchNames } from '../../shared/search-entries.ts';
import { normalize, prepareQuery } from '../../shared/normalize.ts';
import { PINYIN_TYPED, type Suggestion } from './query.ts';

/**
 * Edits (insert, delete, replace) from one string to another: 秒匹 → 秒批 is
 * one, yiwangtongbna → yiwangtongban two.
 */
export function editDistance(a: string, b: string): number {
  // Levenshtein's table, one row at a time: row[j] is the distance from a's first i characters to b's first j + 1.
  const y = [...b];
  let row = y.map((_, j) => j + 1);
  let i = 0;
  for (const c of a) {
    let diagonal = i;
    let left = (i += 1);
    row = row.map((up, j) => ((left = Math.min(up + 1, left + 1, diagonal + (c === y[j] ? 0 : 1))), (diagonal = up), left));
  }
  return row.at(-1) ?? i;
}

/** Edits a mistyped name may hold and still be taken for the name: one in short names, two in long ones. */
function allowedEdits(length: number): number {
  return length >= 10 ? 2 : 1;
}

/**
 * Names the reader may have meant (您是不是要找): a name in Chinese or its
 * full pinyin within a typo or two of the whole query (秒匹 → 秒批, 四兔 → 四免,
 * haochaiping → 好差评). Initials are too short to guess from.
 */
export function nearMisses(input: string, entries: readonly SearchEntry[], variants?: ReadonlyMap<string, string>, limit = 3): SearchEntry[] {
  const typed = normalize(prepareQuery(input, variants));
  const length = [...typed].length;
  if (length < 2) return [];
  const latin = PINYIN_TYPED.test(typed);
  if (latin && length < 5) return [];
  const found: { entry: SearchEntry; distance: number }[] = [];
  for (const entry of entries) {
    const forms = latin ? (entry.pinyin ?? []).filter((p) => p.length >= 5) : entry.keys;
    let distance = Infinity;
    for (const form of forms) {
      if (Math.abs([...form].length - length) > allowedEdits(length)) continue;
      distance = Math.min(distance, editDistance(typed, form));
    }
    if (distance > 0 && distance <= allowedEdits(length)) found.push({ entry, distance });
  }
  return found
    .sort((a, b) => a.distance - b.distance || KIND_PRIORITY[a.entry.kind] - KIND_PRIORITY[b.entry.kind] || a.entry.name.length - b.entry.name.length)
    .slice(0, limit)
    .map((f) => f.entry);
}

/** The plan's names for words it does not use that the query holds (不见面审批 → 零跑动、一网通办), from content/synonyms.yaml. */
export function synonymTargets(input: string, names: Pick<SearchNames, 'synonyms' | 'variants'>): SearchEntry[] {
  const typed = normalize(prepareQuery(input, names.variants));
  const targets: SearchEntry[] = [];
  for (const synonym of names.synonyms) {
    if (!synonym.words.some((w) => typed.includes(w))) continue;
    for (const entry of synonym.see) if (!targets.includes(entry)) targets.push(entry);
  }
  return targets;
}

/** Plan words offered for a query that names nothing, at most. */
const MAX_DID_YOU_MEAN = 5;

/** Synonyms' names first, then near misses, leaving out the names already suggested. */
export function didYouMean(query: string, names: SearchNames, suggested: readonly Suggestion[]): SearchEntry[] {
  const offered = new Set(suggested.map((s) => s.entry));
  const found = [...new Set([...synonymTargets(query, names), ...nearMisses(query, names.entries, names.variants)])];
  return found.filter((e) => !offered.has(e)).slice(0, MAX_DID_YOU_MEAN);
}
