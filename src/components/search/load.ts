/**
 * The search's two downloads, each fetched once per page and only when the
 * reader starts to search: the names list (/search-terms.json, made at build
 * time) and Pagefind's browser API (/pagefind/pagefind.js, which fetches its
 * WebAssembly and index chunks from the same origin as it needs them).
 */
import type { SearchEntry, SearchTermsFile } from '../../lib/search/entries.ts';
import type { PagefindApi } from '../../lib/search/engine.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

let entries: Promise<SearchEntry[]> | undefined;
let pagefind: Promise<PagefindApi> | undefined;

export function loadEntries(): Promise<SearchEntry[]> {
  entries ??= fetch(`${BASE}search-terms.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`search-terms.json: HTTP ${response.status}`);
      return response.json() as Promise<SearchTermsFile>;
    })
    .then((file) => file.entries)
    .catch((error: unknown) => {
      entries = undefined;
      throw error;
    });
  return entries;
}

export function loadPagefind(): Promise<PagefindApi> {
  const url = `${BASE}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi & { init?: () => Promise<void> }>)
    .then(async (api) => {
      await api.init?.();
      return api;
    })
    .catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    });
  return pagefind;
}
