/**
 * The build's finished pages, handed over one by one as Astro renders them:
 * the middleware (src/middleware.ts) passes each page's final HTML here, and
 * the search index (src/integrations/search-index.ts) indexes it while the
 * other pages are still rendering, instead of reading all of dist/ again once
 * the last page is written.
 *
 * Astro renders several pages at a time, and they finish in whatever order
 * the machine allows; pages are passed on in the order they started, so that
 * whoever listens sees the same sequence in every build.
 *
 * Held on globalThis, as the edition is: the middleware runs in the build's
 * page bundle and the integration in Astro's configuration, two module
 * graphs in one process.
 */

export interface RenderedPage {
  /** The page's path in the site, without the base path: /chapter-4/, /404 */
  path: string;
  /** The HTML as it is written to dist/. */
  html: string;
}

type Listener = (page: RenderedPage) => void;

interface Channel {
  listener: Listener | undefined;
  /** Tickets given out, in the order renderings started. */
  started: number;
  /** Tickets passed on (or skipped: not a page) so far. */
  passed: number;
  /** Finished before an earlier one: held until its turn. */
  held: Map<number, RenderedPage | undefined>;
}

const CHANNEL = Symbol.for('shantou-plan.rendered-pages');
const holder = globalThis as { [CHANNEL]?: Channel };
const channel = (holder[CHANNEL] ??= { listener: undefined, started: 0, passed: 0, held: new Map() });

/** Sends every page rendered from now on to `listener`, in the order the pages started, until `stopListening` is called. */
export function listenToRenderedPages(listener: Listener): { stopListening: () => void } {
  Object.assign(channel, { listener, started: 0, passed: 0, held: new Map() });
  return {
    stopListening: () => {
      if (channel.listener === listener) channel.listener = undefined;
    },
  };
}

/**
 * Called as a rendering starts; returns the function to call when it is
 * finished, with the page, or with nothing when the response is not a page
 * (an endpoint's JSON) or the rendering failed.
 */
export function renderingStarted(): (page: RenderedPage | undefined) => void {
  const ticket = channel.started++;
  return (page) => {
    channel.held.set(ticket, page);
    while (channel.held.has(channel.passed)) {
      const next = channel.held.get(channel.passed);
      channel.held.delete(channel.passed++);
      if (next) channel.listener?.(next);
    }
  };
}

/** Pages Astro writes as files of their own, whatever the build format (its STATUS_CODE_PAGES). */
const STATUS_PAGES = new Set(['404', '500']);

/**
 * A page's path without its slashes, whichever way it is written: as the
 * middleware sees it (/chapter-4/, /) or as Astro lists built pages
 * (chapter-4/, '').
 */
export const pageName = (path: string): string => path.replace(/^\/+|\/+$/g, '');

/**
 * The file a page is written to under dist/, as Astro names it for
 * build.format 'directory': /chapter-4/ → chapter-4/index.html,
 * / → index.html, /404/ → 404.html.
 */
export function pageFile(path: string): string {
  const name = pageName(path);
  if (name === '') return 'index.html';
  return STATUS_PAGES.has(name) ? `${name}.html` : `${name}/index.html`;
}
