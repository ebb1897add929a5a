/**
 * The search's share of `npm run bench`: bytes transferred and time to first
 * result for a cold and a warm search in Chromium, through the real search
 * page (the same code a reader runs, query rewriting and ranking included).
 *
 * - cold: a fresh browser profile opens /search/?q=一网通办 — as a reader
 *   arrives from the header box or a shared link. Time is from navigation
 *   start to the results on screen; bytes are everything the visit loads
 *   (page, names list, Pagefind, WebAssembly, index chunks, page fragments).
 * - warm: a second query typed on that page (内涝怎么监测). Time is from
 *   submitting to the results on screen; bytes are what that search adds.
 *
 * Bytes count as a reader's browser gets them (weights.ts: text gzip-
 * compressed, Pagefind's files as stored). The search page marks each render
 * with performance.mark('search:results').
 *
 * Standalone: node scripts/bench/search.ts [built folder] (default dist/).
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { transferBytes } from './weights.ts';
import { launchChromium, serve } from './chromium.ts';
import { ROOT } from '../lib/run.ts';

export interface SearchRun {
  bytes: number;
  ms: number;
  results: number;
}

export interface SearchMeasurement {
  cold: SearchRun;
  warm: SearchRun;
}

export const COLD_QUERY = '一网通办';
export const WARM_QUERY = '内涝怎么监测';

async function resultsFor(page: Page, query: string): Promise<number> {
  await page.waitForFunction(
    (q) => {
      const region = document.querySelector<HTMLElement>('[data-search-region]');
      return region?.dataset['query'] === q && region.dataset['state'] === 'done';
    },
    query,
    { timeout: 30_000 },
  );
  return page.locator('.search-result').count();
}

/**
 * Same-origin requests of a browser context (its workers' too). Playwright
 * reports them to Node a little after the page has them, so the results can
 * be on screen before the last page data is counted: `settled()` waits until
 * no request is open and none has come or gone for a while.
 */
function trackRequests(context: BrowserContext, origin: string) {
  let paths: string[] = [];
  let open = 0;
  let lastEvent = performance.now();
  const seen = () => {
    lastEvent = performance.now();
  };
  context.on('request', () => {
    open += 1;
    seen();
  });
  context.on('requestfailed', () => {
    open -= 1;
    seen();
  });
  context.on('requestfinished', (request) => {
    open -= 1;
    seen();
    const url = new URL(request.url());
    if (url.origin === origin) paths.push(url.pathname);
  });
  return {
    /** The paths finished since the last call. */
    take(): string[] {
      const taken = paths;
      paths = [];
      return taken;
    },
    async settled(quietMs = 300, timeoutMs = 10_000): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (open > 0 || performance.now() - lastEvent < quietMs) {
        if (performance.now() > deadline) throw new Error(`search bench: ${open} request(s) still open after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

/** Start time of the latest results render for `query`, in the page's clock. */
function renderedAt(page: Page, query: string): Promise<number> {
  return page.evaluate((q) => {
    const marks = performance.getEntriesByName('search:results') as PerformanceMark[];
    const mark = marks.filter((m) => (m.detail as { query?: string } | null)?.query === q).at(-1);
    if (!mark) throw new Error(`no search:results mark for ${q}`);
    return mark.startTime;
  }, query);
}

export async function measureSearch(options: { browser: Browser; origin: string; dist: string }): Promise<SearchMeasurement> {
  const { browser, origin, dist } = options;
  const context = await browser.newContext();
  const requests = trackRequests(context, origin);
  const bytes = async () => {
    await requests.settled();
    return requests.take().reduce((sum, path) => sum + transferBytes(dist, path), 0);
  };
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(COLD_QUERY)}`);
    const coldResults = await resultsFor(page, COLD_QUERY);
    const cold: SearchRun = { ms: await renderedAt(page, COLD_QUERY), bytes: await bytes(), results: coldResults };

    const started = await page.evaluate((q) => {
      const form = document.querySelector<HTMLFormElement>('form[data-search-form]')!;
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
      const t0 = performance.now();
      form.requestSubmit();
      return t0;
    }, WARM_QUERY);
    const warmResults = await resultsFor(page, WARM_QUERY);
    const warm: SearchRun = { ms: (await renderedAt(page, WARM_QUERY)) - started, bytes: await bytes(), results: warmResults };
    return { cold, warm };
  } finally {
    await context.close();
  }
}

if (import.meta.main) {
  const dist = process.argv[2] ?? join(ROOT, 'dist');
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const { cold, warm } = await measureSearch({ browser, origin: server.origin, dist });
    const line = (name: string, run: SearchRun) =>
      `${name}: ${(run.bytes / 1024).toFixed(1)} KB transferred, first result after ${Math.round(run.ms)} ms (${run.results} results)`;
    console.log(`${line(`cold “${COLD_QUERY}”`, cold)}\n${line(`warm “${WARM_QUERY}”`, warm)}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
