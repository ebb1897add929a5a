/**
 * Cold and warm search in Chromium through Pagefind's own API, used by the
 * benchmark when the search UI provides no measurement of its own
 * (scripts/bench/search.ts). Cold: a fresh browser profile's first query,
 * loading Pagefind and the index chunks it needs; warm: a second query on
 * the same page. Bytes are what the reader downloads (weights.ts).
 */
import type { Browser } from 'playwright-core';
import { transferBytes } from './weights.ts';

export interface SearchRun {
  bytes: number;
  ms: number;
  results: number;
}

export interface SearchMeasurement {
  cold: SearchRun;
  warm: SearchRun;
}

export async function measureSearchWithPagefind(browser: Browser, origin: string, dist: string, queries: [string, string] = ['数据共享', '一网通办']): Promise<SearchMeasurement> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
  let requested: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) requested.push(url.pathname);
  });
  const run = async (query: string): Promise<SearchRun> => {
    requested = [];
    const started = performance.now();
    const results = await page.evaluate(async (q) => {
      // Runs in the page: Pagefind's module is served by the site, not resolvable here.
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(url)) as { search(q: string): Promise<{ results: { data: () => Promise<unknown> }[] }> };
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return search.results.length;
    }, query);
    const ms = performance.now() - started;
    await page.waitForLoadState('networkidle');
    return { bytes: requested.reduce((sum, path) => sum + transferBytes(dist, path), 0), ms, results };
  };
  const cold = await run(queries[0]);
  const warm = await run(queries[1]);
  await context.close();
  return { cold, warm };
}
