/**
 * The search page's state lives in its URL, so a search can be shared,
 * bookmarked and reached with the back button:
 * /search/?q=一网通办&type=名词&chapter=第四章&category=一网统管
 */

export const FILTER_KEYS = ['type', 'chapter', 'category'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Record<FilterKey, string[]>;

export interface SearchState {
  query: string;
  filters: Filters;
}

export function emptyFilters(): Filters {
  return { type: [], chapter: [], category: [] };
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of FILTER_KEYS) filters[key] = [...new Set(params.getAll(key).filter((v) => v !== ''))];
  return { query: (params.get('q') ?? '').trim(), filters };
}

/** `?q=…&type=…` (empty parts left out), the inverse of readState. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return writeState(a) === writeState(b);
}
