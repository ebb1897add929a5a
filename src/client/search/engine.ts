/**
 * One search, from the reader's words to the results shown: reads the query
 * (query.ts), asks Pagefind for the candidate pages, orders them, and loads
 * the data of only the pages it shows — ten at a time — to rank their
 * passages (rank.ts) and turn them into results with citations, snippets and
 * links to the exact paragraph.
 *
 * Ordering happens in two steps. Without any page's data, candidates are
 * ordered by what Pagefind returns for each name, keyword and the keywords
 * together (which pages, how well, at which word positions): a name's own
 * page first (found through its `page` filter), then pages where rarer terms
 * meet closely. Then each batch shown is ranked on its text. The reader's
 * filters are applied by Pagefind itself, so changing one is a new search
 * over chunks already loaded, and counts per filter value are asked for only
 * when the reader opens the filters.
 */
import type { SearchEntry, SearchNames } from '../../shared/search-entries.ts';
import { analyzeQuery, suggest, type QueryAnalysis, type Suggestion } from './query.ts';
import { didYouMean as offerPlanWords } from './typing.ts';
import { isHanWord, rankPages, type PassageScore, type RankedPage } from './rank.ts';
import { buildExcerpt } from './excerpt.ts';
import { passageCitation } from '../../shared/anchors.ts';
import { isCitable, type PagefindFragment, type Passage } from './fragment.ts';
import { pageFilterKey } from '../../shared/page-filter.ts';

export interface PagefindResultStub {
  id: string;
  score: number;
  /** Word positions in the page that match the query. */
  words: number[];
  data(): Promise<PagefindFragment>;
}

/** Pagefind's filter option: within a key any value, across keys all (its `any` form). */
export type PagefindFilters = Record<string, { any: string[] } | string>;

/** The part of Pagefind's JS API (pagefind.js) used here. */
export interface PagefindApi {
  /** With `null` and no filters: every indexed page, found from the index metadata alone. */
  search(term: string | null, options?: { filters?: PagefindFilters }): Promise<{ results: PagefindResultStub[] } | null>;
  /** Every filter value with its number of pages (loads every filter's data). */
  filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SubResult {
  url: string;
  /** Citation of the passage (第四章第二节一（一）第3段). */
  cite: string;
  /** The heading the passage stands under, for orientation. */
  context: string;
  excerptHtml: string;
}

export interface SearchResult {
  url: string;
  title: string;
  type: string;
  cite: string;
  excerptHtml: string | null;
  subResults: SubResult[];
  /** The query named this page's entry. */
  pinned: boolean;
  /** Where the result leads first: its best passage, else the page. */
  target: string;
}

const MAX_SUB_RESULTS = 3;
/** Keywords searched one by one, at most (a pasted paragraph would be dozens). */
const MAX_SINGLE_KEYWORDS = 8;

export type Retrieval = {
  query: string;
  term: string;
  /** `word`: a keyword of 3+ Han characters asked for as typed, contiguous (rank.ts Term.word). */
  kind: 'phrase' | 'keywords' | 'keyword' | 'word';
  /** Asked for when `query` finds nothing: Pagefind may cut a phrase's words otherwise in the text than in the query. */
  fallback?: string;
};

/**
 * What to ask Pagefind for: each name and quoted phrase, the keywords
 * together, and one by one. A phrase is asked for exactly (quoted) where the
 * plan prints it as one run of words, and unquoted if that finds nothing
 * (Pagefind may cut the words of the text otherwise than those of the query);
 * a name the plan prints with punctuation or quotes inside (“零跑动”事项覆盖率,
 * 双随机、一公开) is asked for unquoted, as exact phrases fail across them.
 * Whether a phrase stands verbatim is then decided on the text (rank.ts).
 */
export function retrievalQueries(analysis: QueryAnalysis): Retrieval[] {
  const printedWhole = (phrase: string) => analysis.entities.every((e) => e.key !== phrase || e.entry.name === phrase);
  const queries: Retrieval[] = analysis.phrases.map((phrase) =>
    printedWhole(phrase) ? { query: `"${phrase}"`, term: phrase, kind: 'phrase', fallback: phrase } : { query: phrase, term: phrase, kind: 'phrase' },
  );
  const { keywords } = analysis;
  if (keywords.length > 0) queries.push({ query: keywords.join(' '), term: keywords.join(''), kind: 'keywords' });
  // One by one too, so that a page missing one keyword is still a candidate.
  if (keywords.length > 1) for (const term of keywords.slice(0, MAX_SINGLE_KEYWORDS)) queries.push({ query: term, term, kind: 'keyword' });
  // And as typed, contiguous: pages that hold 数据共享 itself come before pages that hold 数据 and 共享 apart.
  for (const term of keywords.slice(0, MAX_SINGLE_KEYWORDS)) if (isHanWord(term)) queries.push({ query: `"${term}"`, term, kind: 'word' });
  const seen = new Set<string>();
  return queries.filter((q) => !seen.has(q.query) && seen.add(q.query));
}

export interface Candidate {
  stub: PagefindResultStub;
  score: number;
  /** Index of the name in the query whose own page this is. */
  pinned: number | null;
}

/** How much a term says before rarity: names most, single characters least (as rank.ts weighs them). */
function termWeight(retrieval: Retrieval): number {
  const length = [...retrieval.term].length;
  if (retrieval.kind === 'phrase' || retrieval.kind === 'word') return 2 + Math.min(length, 8) * 0.25;
  if (retrieval.kind === 'keywords') return 1.5;
  return length <= 1 ? 0.4 : length === 2 ? 1 : Math.min(2.5, 1.3 + 0.15 * (length - 3));
}

/** Words apart within which terms count as meeting (about a paragraph's sentence). */
const NEAR = 40;

/** The largest rarity-weighted set of distinct terms found within NEAR words of each other. */
function meeting(positions: readonly { at: number; term: number }[], weights: readonly number[]): number {
  const sorted = [...positions].sort((a, b) => a.at - b.at);
  let best = 0;
  let from = 0;
  const inWindow = new Map<number, number>();
  for (const p of sorted) {
    inWindow.set(p.term, (inWindow.get(p.term) ?? 0) + 1);
    while (p.at - sorted[from]!.at > NEAR) {
      const q = sorted[from++]!;
      const left = inWindow.get(q.term)! - 1;
      if (left === 0) inWindow.delete(q.term);
      else inWindow.set(q.term, left);
    }
    if (inWindow.size > 1)
      best = Math.max(
        best,
        [...inWindow.keys()].reduce((sum, term) => sum + weights[term]!, 0),
      );
  }
  return best;
}

/**
 * Orders the pages Pagefind found, without their data: each term adds its
 * weight times its rarity among the pages (BM25's idf) and Pagefind's own
 * score for it; terms found close together add what they weigh together.
 */
export function orderCandidates(
  retrievals: readonly { retrieval: Retrieval; results: readonly PagefindResultStub[] }[],
  pinnedIds: readonly (string | undefined)[],
  totalPages: number,
): Candidate[] {
  const byId = new Map<string, { stub: PagefindResultStub; score: number; positions: { at: number; term: number }[] }>();
  const weights = retrievals.map(({ retrieval, results }) => {
    const df = results.length;
    return termWeight(retrieval) * Math.log(1 + (totalPages - df + 0.5) / (df + 0.5));
  });
  retrievals.forEach(({ retrieval, results }, term) => {
    const top = Math.max(...results.map((r) => r.score), 0) || 1;
    for (const stub of results) {
      let entry = byId.get(stub.id);
      if (!entry) byId.set(stub.id, (entry = { stub, score: 0, positions: [] }));
      entry.score += weights[term]! * (0.5 + 0.5 * (stub.score / top) + 0.1 * Math.log(1 + stub.words.length));
      // The keywords together are no term of their own, and a word as typed is the keyword again: their meeting is scored from the single ones.
      if (retrieval.kind !== 'keywords' && retrieval.kind !== 'word') for (const at of stub.words) entry.positions.push({ at, term });
    }
  });
  const candidates = [...byId.values()].map(({ stub, score, positions }) => {
    const pin = pinnedIds.indexOf(stub.id);
    return { stub, score: score + meeting(positions, weights), pinned: pin === -1 ? null : pin };
  });
  return candidates.sort((a, b) => (a.pinned ?? Infinity) - (b.pinned ?? Infinity) || b.score - a.score);
}

function pagefindFilters(filters: Record<string, readonly string[]>): PagefindFilters {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: [...values] }]),
  );
}

export interface SearchOutcome {
  query: string;
  analysis: QueryAnalysis;
  /** Names the query may be the start of (一网 → 一网通办 …), when it names none. */
  suggestions: Suggestion[];
  /**
   * When the query names nothing of the plan: the plan's words for what it
   * says (synonyms, editorial) and names it may be a typo of (您是不是要找).
   */
  didYouMean: SearchEntry[];
  /** Every page found, in order; `results` holds those loaded so far. */
  candidates: readonly Candidate[];
  results: SearchResult[];
  /** How many candidates have been loaded (those of them that matched are in `results`). */
  readonly loaded: number;
  /** The results so far and the candidates not yet loaded: exact once all are loaded. */
  readonly total: number;
  /** With filters chosen, how many pages the query finds without them. */
  unfiltered: number;
  /** Loads, ranks and appends the next `count` results; returns them. */
  more(count: number): Promise<SearchResult[]>;
  /** Results per filter value, given the other filters chosen (asked for only when shown). */
  countFilters(keys: readonly string[]): Promise<Record<string, Record<string, number>>>;
}

export async function runSearch(
  pagefind: PagefindApi,
  names: SearchNames,
  query: string,
  filters: Record<string, readonly string[]> = {},
): Promise<SearchOutcome> {
  const { entries, variants } = names;
  const analysis = analyzeQuery(query, entries, variants);
  const namesNothing = analysis.entities.length === 0;
  const suggestions = namesNothing ? suggest(query, entries, 6, variants) : [];
  const didYouMean = namesNothing ? offerPlanWords(query, names, suggestions) : [];
  const retrievals = retrievalQueries(analysis);
  const entryUrls = analysis.entities.map((e) => e.entry.url);
  const search = async (q: string | null, chosen: Record<string, readonly string[]>) =>
    (await pagefind.search(q, { filters: pagefindFilters(chosen) }))?.results ?? [];
  const retrieve = async (retrieval: Retrieval, chosen: Record<string, readonly string[]>) => {
    const results = await search(retrieval.query, chosen);
    return results.length === 0 && retrieval.fallback ? search(retrieval.fallback, chosen) : results;
  };

  const filtering = Object.values(filters).some((values) => values.length > 0);
  const [found, pins, totalPages, everywhere] = await Promise.all([
    Promise.all(retrievals.map(async (retrieval) => ({ retrieval, results: await retrieve(retrieval, filters) }))),
    // A name's own page, when the query is nothing but names: first, in the order named.
    Promise.all(
      analysis.complete
        ? entryUrls.map(async (url) => {
            const path = url.split('#')[0]!;
            return (await search(null, { ...filters, [pageFilterKey(path)]: [path] }))[0]?.id;
          })
        : [],
    ),
    // For the terms' rarity; filters() would tell the same but load every filter's data first.
    retrievals.length > 0 ? search(null, {}).then((all) => all.length) : Promise.resolve(0),
    filtering ? Promise.all(retrievals.map((retrieval) => retrieve(retrieval, {}))) : Promise.resolve([]),
  ]);
  const candidates = orderCandidates(found, pins, Math.max(totalPages, 1));
  const results: SearchResult[] = [];
  let next = 0;

  return {
    query,
    analysis,
    suggestions,
    didYouMean,
    candidates,
    results,
    unfiltered: filtering ? new Set(everywhere.flat().map((r) => r.id)).size : candidates.length,
    get loaded() {
      return next;
    },
    get total() {
      return results.length + candidates.length - next;
    },
    async more(count) {
      const added: SearchResult[] = [];
      const stop = Math.min(candidates.length, next + 3 * count);
      // A page whose words matched only as Pagefind splits them may rank nothing: take the next ones, a few batches at most.
      while (added.length < count && next < stop) {
        const batch = candidates.slice(next, Math.min(stop, next + count - added.length));
        next += batch.length;
        const fragments = await Promise.all(batch.map((c) => c.stub.data()));
        const ranked = rankPages(fragments, analysis, { entryUrls });
        added.push(...ranked.map(toResult));
      }
      results.push(...added);
      return added;
    },
    async countFilters(keys) {
      const counts = await pagefind.filters();
      const result: Record<string, Record<string, number>> = {};
      for (const key of keys) {
        result[key] = {};
        for (const value of Object.keys(counts[key] ?? {})) {
          const ids = new Set<string>();
          for (const { retrieval } of found) for (const r of await retrieve(retrieval, { ...filters, [key]: [value] })) ids.add(r.id);
          result[key][value] = ids.size;
        }
      }
      return result;
    },
  };
}

function headingAbove(passages: readonly Passage[], passage: Passage): Passage | undefined {
  const index = passages.indexOf(passage);
  for (let i = index; i >= 0; i -= 1) {
    const p = passages[i]!;
    if (p.element && /^h[2-6]$/.test(p.element) && p.id !== null && isCitable(p.id)) return p;
  }
  return undefined;
}

function withHash(url: string, id: string): string {
  return `${url.split('#')[0]}#${id}`;
}

export function toResult(ranked: RankedPage): SearchResult {
  const { fragment, page } = ranked;
  const chapter = fragment.meta['citation'] ?? '';
  const subs: SubResult[] = [];
  const citable = ranked.passages.filter(
    (s): s is PassageScore & { passage: { id: string } } => s.passage.id !== null && s.passage.id !== 'top' && isCitable(s.passage.id),
  );
  for (const scored of citable.slice(0, MAX_SUB_RESULTS)) {
    const heading = headingAbove(page.passages, scored.passage);
    const context = heading && heading !== scored.passage ? heading.anchorText : '';
    subs.push({
      url: withHash(fragment.url, scored.passage.id),
      cite: passageCitation(scored.passage.id, chapter) ?? scored.passage.anchorText,
      context,
      excerptHtml: buildExcerpt(page, scored).html,
    });
  }
  const url = ranked.entryAnchor ? withHash(fragment.url, ranked.entryAnchor) : fragment.url;
  return {
    url,
    title: fragment.meta['title'] ?? fragment.url,
    type: fragment.meta['type'] ?? '',
    cite: fragment.meta['citation'] ?? '',
    excerptHtml: subs.length === 0 ? buildExcerpt(page, ranked.passages[0]!).html : null,
    subResults: subs,
    pinned: ranked.pinned !== null,
    target: subs[0]?.url ?? url,
  };
}
