/**
 * One search, from the reader's words to the results shown: reads the query
 * (query.ts), asks Pagefind for the candidate pages, loads their text, ranks
 * pages and passages (rank.ts) and turns them into results with citations,
 * snippets and links to the exact paragraph. Filters are applied by the page
 * (url-state.ts `passes`) on the results returned here, so changing a filter
 * needs no new search.
 */
import type { SearchEntry } from './entries.ts';
import { analyzeQuery, suggest, type QueryAnalysis, type Suggestion } from './query.ts';
import { rankPages, type RankedPage, type PassageScore } from './rank.ts';
import { buildExcerpt } from './excerpt.ts';
import { passageCitation } from './cite.ts';
import { isCitable, type PagefindFragment, type Passage } from './fragment.ts';

export interface PagefindResultStub {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

/** The part of Pagefind's JS API (pagefind.js) used here. */
export interface PagefindApi {
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResultStub[] } | null>;
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
  filters: Record<string, string[]>;
  /** The query named this page's entry. */
  pinned: boolean;
  /** Where the result leads first: its best passage, else the page. */
  target: string;
}

export interface SearchOutcome {
  query: string;
  analysis: QueryAnalysis;
  results: SearchResult[];
  /** Names the query may be the start of (一网 → 一网通办 …), when it names none. */
  suggestions: Suggestion[];
}

const MAX_SUB_RESULTS = 3;
/**
 * Pages loaded per Pagefind query (its best first). Every candidate's text is
 * loaded to rank it, so this bounds a broad query's downloads on a large
 * edition; on this one (some 80 pages) it loads every page that matches.
 */
export const CANDIDATES_PER_QUERY = 50;

/** What to ask Pagefind for: each name and phrase, the keywords together and one by one. */
export function retrievalQueries(analysis: QueryAnalysis): string[] {
  const queries = [...analysis.phrases];
  if (analysis.keywords.length > 0) queries.push(analysis.keywords.join(' '));
  // One by one too, so that a page missing one keyword is still a candidate (a few, for a pasted paragraph).
  if (analysis.keywords.length > 1) queries.push(...analysis.keywords.slice(0, 8));
  return [...new Set(queries)];
}

export async function runSearch(
  pagefind: PagefindApi,
  entries: readonly SearchEntry[],
  query: string,
): Promise<SearchOutcome> {
  const analysis = analyzeQuery(query, entries);
  const suggestions = analysis.entities.length === 0 ? suggest(query, entries, 6) : [];
  const queries = retrievalQueries(analysis);
  if (queries.length === 0) return { query, analysis, results: [], suggestions };

  const responses = await Promise.all(queries.map((q) => pagefind.search(q)));
  const candidates = new Map<string, PagefindResultStub>();
  for (const response of responses) {
    for (const r of (response?.results ?? []).slice(0, CANDIDATES_PER_QUERY)) candidates.set(r.id, r);
  }
  const fragments = await Promise.all([...candidates.values()].map((r) => r.data()));

  const ranked = rankPages(fragments, analysis, { entryUrls: analysis.entities.map((e) => e.entry.url) });
  return { query, analysis, results: ranked.map(toResult), suggestions };
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
  const citable = ranked.passages.filter((s): s is PassageScore & { passage: { id: string } } =>
    s.passage.id !== null && s.passage.id !== 'top' && isCitable(s.passage.id),
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
  const filters: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(fragment.filters)) if (values) filters[key] = values;
  return {
    url,
    title: fragment.meta['title'] ?? fragment.url,
    type: fragment.meta['type'] ?? '',
    cite: fragment.meta['citation'] ?? '',
    excerptHtml: subs.length === 0 ? buildExcerpt(page, ranked.passages[0]!).html : null,
    subResults: subs,
    filters,
    pinned: ranked.pinned !== null,
    target: subs[0]?.url ?? url,
  };
}
