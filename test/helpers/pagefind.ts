/**
 * The built search index, queried through Pagefind's own browser API
 * (dist/pagefind/pagefind.js) in Node: what a reader's browser would get,
 * without reading Pagefind's files directly. Node has no file:// fetch and no
 * document: the first is served from dist/, the second says the page is
 * zh-CN (Pagefind splits a query's Chinese into words by the page's language).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindFragment } from '../../src/client/search/fragment.ts';
import { DIST, assertBuilt } from './dist.ts';

export interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment>;
}

export interface PagefindNodeApi {
  search(term: string | null, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

let api: Promise<PagefindNodeApi> | undefined;

export function pagefindApi(): Promise<PagefindNodeApi> {
  api ??= (async () => {
    assertBuilt();
    const bundle = pathToFileURL(join(DIST, 'pagefind', '/')).href;
    const fetchOnline = globalThis.fetch;
    globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.protocol !== 'file:') return fetchOnline(input, init);
      return new Response(readFileSync(fileURLToPath(url)));
    };
    (globalThis as { document?: unknown }).document ??= { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
    const module = (await import(`${bundle}pagefind.js`)) as PagefindNodeApi & { options(o: object): Promise<void> };
    await module.options({ basePath: bundle, baseUrl: '/' });
    return module;
  })();
  return api;
}

/** Every indexed page's data, as a result's data() gives it. */
export async function indexedPages(types: readonly string[]): Promise<PagefindFragment[]> {
  const { results } = await (await pagefindApi()).search(null, { filters: { type: { any: types } } });
  return Promise.all(results.map((r) => r.data()));
}
