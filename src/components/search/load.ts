/**
 * The search's two downloads, each fetched once per page and only when the
 * reader starts to search: the names list (/search-terms.json, made at build
 * time) and Pagefind's browser API (/pagefind/pagefind.js, which fetches its
 * WebAssembly and index chunks from the same origin as it needs them).
 */
import type { SearchNames, SearchTermsFile } from '../../lib/search/entries.ts';
import { variantTable } from '../../lib/search/normalize.ts';
import type { PagefindApi } from '../../lib/search/engine.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** pagefind.js as a module: the search API plus its set-up calls. */
interface PagefindModule extends PagefindApi {
  options?: (options: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
}

let names: Promise<SearchNames> | undefined;
let pagefind: Promise<PagefindApi> | undefined;

export function loadNames(): Promise<SearchNames> {
  names ??= fetch(`${BASE}search-terms.json`)
    .then((response) => {
      if (!response.ok) throw new Error(`search-terms.json: HTTP ${response.status}`);
      return response.json() as Promise<SearchTermsFile>;
    })
    .then((file) => ({
      entries: file.entries,
      synonyms: file.synonyms.map(({ words, see }) => ({ words, see: see.flatMap((i) => file.entries[i] ?? []) })),
      variants: variantTable(file.variants),
    }))
    .catch((error: unknown) => {
      names = undefined;
      throw error;
    });
  return names;
}

/**
 * Loads what every search needs while the reader is still typing the first
 * query: the names, and Pagefind's engine and index metadata. (The index
 * chunks depend on the words typed; the filters' data waits until the reader
 * filters or a name's page is looked up.)
 */
export function warmUp(): void {
  void loadNames().catch(() => undefined);
  void loadPagefind().catch(() => undefined);
}

export function loadPagefind(): Promise<PagefindApi> {
  const url = `${BASE}pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>)
    .then(async (api) => {
      // Search on the page's own thread: pagefind.js holds the whole engine, so
      // its web worker (pagefind-worker.js, 12 KB gzip more on a cold search)
      // buys nothing for an index this small, whose ranking runs here anyway.
      await api.options?.({ noWorker: true });
      await api.init?.();
      return api;
    })
    .catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    });
  return pagefind;
}
