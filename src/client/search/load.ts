/**
 * The search's downloads, each fetched once per page and only when the
 * reader starts to search: the names list (/search-terms.json, made at build
 * time) and Pagefind's browser API (/pagefind/pagefind.js, which fetches its
 * WebAssembly and index chunks from the same origin as it needs them); and
 * only for a query typed otherwise than the plan prints (pinyin, traditional
 * characters, words the plan does not use), /search-typing.json.
 */
import { fromFile, type SearchEntry, type SearchNames, type SearchTermsFile, type SearchTypingFile } from '../../shared/search-entries.ts';
import { variantTable } from '../../shared/normalize.ts';
import { needsTyping } from './query.ts';
import type { PagefindApi } from './engine.ts';

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** pagefind.js as a module: the search API plus its set-up calls. */
interface PagefindModule extends PagefindApi {
  options?: (options: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
}

/** The names, filled in with how they are typed otherwise once /search-typing.json is loaded. */
interface Names extends SearchNames {
  entries: SearchEntry[];
}

let names: Promise<Names> | undefined;
let typing: Promise<void> | undefined;
let pagefind: Promise<PagefindApi> | undefined;

export function loadNames(): Promise<SearchNames> {
  names ??= fetchJson<SearchTermsFile>('search-terms.json')
    .then((file): Names => ({ entries: fromFile(file.entries), synonyms: [], variants: new Map() }))
    .catch((error: unknown) => {
      names = undefined;
      throw error;
    });
  return names;
}

/**
 * The names for a query: with their pinyin, the synonyms and the traditional
 * characters when the query needs them (query.ts `needsTyping`). Without
 * them, should they fail to load, the query is still searched as typed.
 */
export async function namesFor(query: string): Promise<SearchNames> {
  const loaded = (await loadNames()) as Names;
  if (!needsTyping(query, loaded.entries)) return loaded;
  typing ??= fetchJson<SearchTypingFile>('search-typing.json').then(
    (file) => {
      file.pinyin.forEach((pinyin, i) => {
        const entry = loaded.entries[i];
        if (entry && pinyin.length > 0) entry.pinyin = pinyin;
      });
      loaded.synonyms = file.synonyms.map(({ words, see }) => ({ words, see: see.flatMap((i) => loaded.entries[i] ?? []) }));
      loaded.variants = variantTable(file.variants);
    },
    () => {
      typing = undefined;
    },
  );
  await typing;
  return loaded;
}

async function fetchJson<T>(file: string): Promise<T> {
  const response = await fetch(`${BASE}${file}`);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
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
