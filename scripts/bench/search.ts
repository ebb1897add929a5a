/**
 * The search's share of `npm run bench`: bytes transferred and time to first
 * result for a cold and a warm search in Chromium, through the real search
 * page (the same code a reader runs, query rewriting and ranking included).
 *
 * - cold: a fresh browser profile opens /search/ and the reader types
 *   一网通办. Time is from the query being set, after the input delay (the
 *   search page's search:start mark), to the results on screen
 *   (search:results); the page has loaded the engine while the reader typed.
 *   Bytes are everything the visit loads, page included. Repeated with a
 *   fresh profile each time: the median and the spread count.
 * - cold via a link: a fresh profile opens /search/?q=一网通办, as a reader
 *   arrives from the header box or a shared link: the engine loads after the
 *   query is set, so the time includes it.
 * - warm: a second query typed on that page (内涝怎么监测), from submitting
 *   to the results on screen; bytes are what that search adds.
 * - bytes by query: a cold typed search for each of GROWTH_QUERIES, once
 *   (bytes do not vary between runs; the cold search above is one of them). What one query loads at ×10 depends on
 *   which of the synthetic edition's identical copies tie for its first ten
 *   results (short term pages or long chapters), so the growth budget is
 *   judged on several queries, not on one.
 *
 * Bytes count as a reader's browser gets them (weights.ts: text gzip-
 * compressed, Pagefind's files as stored).
 *
 * Standalone: node scripts/bench/search.ts [built folder] (default dist/).
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { transferBytes } from './weights.ts';
import { launchChromium, serve } from './chromium.ts';
import { ROOT } from '../lib/run.ts';
import { searchSettled } from '../lib/search-page.ts';

export interface SearchRun {
  bytes: number;
  /** The bytes by what they are for (TRANSFER_PARTS). */
  parts: Map<string, number>;
  ms: number;
  results: number;
}

/** What a search's downloads are for, by URL path: where its bytes go as the edition grows. */
export const TRANSFER_PARTS: [name: string, path: RegExp][] = [
  ['pages’ data (fragments)', /^\/pagefind\/fragment\//],
  ['index chunks', /^\/pagefind\/index\//],
  ['filter data', /^\/pagefind\/filter\//],
  ['index metadata', /^\/pagefind\/.*\.(pf_meta|json)$/],
  ['search engine', /^\/pagefind\//],
  ['names list', /^\/search-terms\.json$/],
  ['search page, CSS, JS', /./],
];

function transfer(dist: string, paths: readonly string[]): Pick<SearchRun, 'bytes' | 'parts'> {
  const parts = new Map<string, number>(TRANSFER_PARTS.map(([name]) => [name, 0]));
  let bytes = 0;
  // A file asked for twice (Chromium asks for the favicon again) comes the second time from the browser's cache.
  for (const path of new Set(paths)) {
    const size = transferBytes(dist, path);
    const [name] = TRANSFER_PARTS.find(([, pattern]) => pattern.test(path))!;
    parts.set(name, parts.get(name)! + size);
    bytes += size;
  }
  return { bytes, parts };
}

export type RepeatedRun = SearchRun & { fastest: number; slowest: number };

export interface SearchMeasurement {
  /** Typed on a freshly opened search page: the median run, and the spread of their times. */
  cold: RepeatedRun;
  /** A cold typed search for each of GROWTH_QUERIES, by query. */
  byQuery: Map<string, SearchRun>;
  /** Arriving with ?q= in a fresh browser. */
  link: RepeatedRun;
  warm: SearchRun;
}

const COLD_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);

export const COLD_QUERY = '一网通办';
export const WARM_QUERY = '内涝怎么监测';
/** Names, words and a question whose results at ×1 are chapters, projects and terms. */
export const GROWTH_QUERIES = [COLD_QUERY, '秒批', '数据共享', '电子证照', WARM_QUERY];

async function resultsFor(page: Page, query: string): Promise<number> {
  await searchSettled(page, query, { timeout: 30_000 });
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

/** How long the latest search for `query` took, from search:start to search:results (the page's clock). */
function searchTime(page: Page, query: string): Promise<number> {
  return page.evaluate((q) => {
    const last = (name: string) => {
      const marks = performance.getEntriesByName(name) as PerformanceMark[];
      const mark = marks.filter((m) => (m.detail as { query?: string } | null)?.query === q).at(-1);
      if (!mark) throw new Error(`no ${name} mark for ${q}`);
      return mark.startTime;
    };
    return last('search:results') - last('search:start');
  }, query);
}

/**
 * A browser profile for a search's figures. The offline copy's service
 * worker would download the whole site in the background on the first visit:
 * that is weighed apart (edition-figures.ts), not counted as a search's bytes.
 */
const searchContext = (browser: Browser) => browser.newContext({ serviceWorkers: 'block' });

/** One search in a fresh browser profile: typed on the search page, or arriving with ?q=. */
async function coldSearch(browser: Browser, origin: string, dist: string, via: 'typed' | 'link', query = COLD_QUERY): Promise<SearchRun> {
  const context = await searchContext(browser);
  const requests = trackRequests(context, origin);
  try {
    const page = await context.newPage();
    if (via === 'link') {
      await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
    } else {
      await page.goto(`${origin}/search/`, { waitUntil: 'networkidle' });
      await page.fill('input[name="q"]', query);
    }
    const results = await resultsFor(page, query);
    const ms = await searchTime(page, query);
    await requests.settled();
    return { ms, results, ...transfer(dist, requests.take()) };
  } finally {
    await context.close();
  }
}

async function repeated(run: () => Promise<SearchRun>): Promise<RepeatedRun> {
  const runs: SearchRun[] = [];
  for (let i = 0; i < COLD_RUNS; i += 1) runs.push(await run());
  const byTime = [...runs].sort((a, b) => a.ms - b.ms);
  return { ...byTime[Math.floor(byTime.length / 2)]!, fastest: byTime[0]!.ms, slowest: byTime.at(-1)!.ms };
}

export async function measureSearch(options: { browser: Browser; origin: string; dist: string }): Promise<SearchMeasurement> {
  const { browser, origin, dist } = options;
  const cold = await repeated(() => coldSearch(browser, origin, dist, 'typed'));
  const link = await repeated(() => coldSearch(browser, origin, dist, 'link'));
  const byQuery = new Map<string, SearchRun>();
  // The cold search's own query is measured already: bytes do not vary between runs.
  for (const query of GROWTH_QUERIES) byQuery.set(query, query === COLD_QUERY ? cold : await coldSearch(browser, origin, dist, 'typed', query));

  const context = await searchContext(browser);
  const requests = trackRequests(context, origin);
  try {
    const page = await context.newPage();
    await page.goto(`${origin}/search/?q=${encodeURIComponent(COLD_QUERY)}`);
    await resultsFor(page, COLD_QUERY);
    await requests.settled();
    requests.take();
    await page.evaluate((q) => {
      const form = document.querySelector<HTMLFormElement>('form[data-search-form]')!;
      form.querySelector<HTMLInputElement>('input[name="q"]')!.value = q;
      form.requestSubmit();
    }, WARM_QUERY);
    const results = await resultsFor(page, WARM_QUERY);
    const ms = await searchTime(page, WARM_QUERY);
    await requests.settled();
    const warm: SearchRun = { ms, results, ...transfer(dist, requests.take()) };
    return { cold, byQuery, link, warm };
  } finally {
    await context.close();
  }
}

if (import.meta.main) {
  const dist = process.argv[2] ?? join(ROOT, 'dist');
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const { cold, link, warm } = await measureSearch({ browser, origin: server.origin, dist });
    const line = (name: string, run: SearchRun) =>
      `${name}: ${(run.bytes / 1024).toFixed(1)} KB transferred, first result after ${Math.round(run.ms)} ms (${run.results} results)`;
    console.log([line(`cold, typed “${COLD_QUERY}”`, cold), line('cold, via a link', link), line(`warm “${WARM_QUERY}”`, warm)].join('\n'));
  } finally {
    await browser.close();
    await server.close();
  }
}
