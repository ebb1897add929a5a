/**
 * The offline edition: after the build, Workbox writes a service worker
 * (dist/sw.js, its modules in dist/_astro/workbox-v…/) that precaches every
 * page, the CSS and JS, the names list and Pagefind's engine and index, so
 * that a reader who has
 * opened the site once can read and search it with no network. It runs after
 * the search index is written (src/integrations/index.ts orders the hooks).
 * Pages register it (src/components/layout/OfflineUpdates.astro); the web app
 * manifest and icons are pages of their own (src/pages/).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { GetManifestOptions } from 'workbox-build';

const SERVICE_WORKER = 'sw.js';
/** Astro's 404 page (src/pages/404.astro), in the precache like every page. */
const NOT_FOUND_PAGE = '404.html';
/** Where Workbox's prebuilt modules are copied: among the build's versioned assets (the folder is named by Workbox's version). */
const LIBRARY_PARENT = '_astro';
/** The modules the worker loads (workbox-sw loads each on first use); the rest of the copied library is removed. */
const LIBRARY_FILES = new Set(['workbox-sw.js', 'workbox-core.prod.js', 'workbox-precaching.prod.js', 'workbox-routing.prod.js', 'workbox-strategies.prod.js']);

/**
 * What a reader needs offline, in dist/. Of Pagefind only what the search
 * page loads (src/components/search/load.ts): its engine, WebAssembly,
 * metadata and every index, fragment and filter file (a few hundred KB, and
 * a query offline may need any of them); not its UI bundles, highlighter or
 * web worker. `npm run bench` weighs the same list.
 */
export function precachedFiles(dir: string): Pick<GetManifestOptions, 'globDirectory' | 'globPatterns' | 'globIgnores' | 'dontCacheBustURLsMatching'> {
  return {
    globDirectory: dir,
    globPatterns: ['**/*.{html,css,js,json,csv,svg,png,ico,webmanifest}', 'pagefind/*.{pf_meta,pagefind}', 'pagefind/{index,fragment,filter}/*'],
    // The open-data downloads (data/*) are for whoever asks for them, not a copy every reader keeps.
    globIgnores: ['pagefind/pagefind-*.{js,css}', `${LIBRARY_PARENT}/workbox-*/**`, SERVICE_WORKER, 'data/*.{json,csv}'],
    // Astro's and Pagefind's file names carry their content hash: no revision needed.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_(index|fragment|filter|meta)$/,
  };
}

/**
 * The worker: Workbox's precaching through its public workbox-sw loader,
 * with the list of files and their revisions injected by injectManifest.
 * (generateSW would write the same worker but bundle Workbox anew with
 * Rollup, Babel and Terser on every build: about 1.5 s of a 6 s build.)
 */
function workerSource(library: string): string {
  return `importScripts('${library}/workbox-sw.js');
workbox.setConfig({ modulePathPrefix: '${library}/', debug: false });
// A new build takes over open pages at once; they announce it (已更新到最新版本).
self.skipWaiting();
workbox.core.clientsClaim();
workbox.precaching.cleanupOutdatedCaches();
// Pages are stored as chapter-1/index.html and asked for as /chapter-1/. Query strings are the pages' own state
// (/search/?q=…) or Pagefind's cache busting (pagefind-entry.json?ts=…): the file is the same whatever they say.
workbox.precaching.precacheAndRoute(self.__WB_MANIFEST, { directoryIndex: 'index.html', ignoreURLParametersMatching: [/./] });
// Whatever the copy lacks goes to the network; a page that cannot be had offline is the site's own 页面不存在 page
// (every page of the build is in the copy, so it is not one of them), as a 404, not the browser's error page.
workbox.routing.setDefaultHandler(new workbox.strategies.NetworkOnly());
workbox.routing.setCatchHandler(async ({ request }) => {
  const notFound = request.mode === 'navigate' ? await workbox.precaching.matchPrecache('${NOT_FOUND_PAGE}') : undefined;
  return notFound ? new Response(notFound.body, { status: 404, statusText: 'Not Found', headers: notFound.headers }) : Response.error();
});
`;
}

export async function writeServiceWorker(dir: URL, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>, base = '/'): Promise<void> {
  const started = performance.now();
  const dist = fileURLToPath(dir);
  // Loaded here, not with the configuration: astro dev and check do not need it.
  const { copyWorkboxLibraries, injectManifest } = await import('workbox-build');
  const libraryParent = join(dist, LIBRARY_PARENT);
  const library = await copyWorkboxLibraries(libraryParent);
  for (const file of readdirSync(join(libraryParent, library))) {
    if (!LIBRARY_FILES.has(file)) rmSync(join(libraryParent, library, file));
  }
  const sourceDir = mkdtempSync(join(tmpdir(), 'edition-sw-'));
  const source = join(sourceDir, SERVICE_WORKER);
  writeFileSync(source, workerSource(`${base}${LIBRARY_PARENT}/${library}`));
  const { count, size, warnings } = await injectManifest({ ...precachedFiles(dist), swSrc: source, swDest: join(dist, SERVICE_WORKER) }).finally(() =>
    rmSync(sourceDir, { recursive: true, force: true }),
  );
  for (const warning of warnings) logger.warn(warning);
  logger.info(`离线缓存：${count} 个文件，${(size / 1024).toFixed(0)} KB (${Math.round(performance.now() - started)} ms)`);
}

/**
 * What `astro dev` serves as the service worker: one a production build left
 * on the same origin (astro preview and astro dev share localhost:4321) would
 * go on answering from its cache of the built pages. This one removes itself
 * and reloads the pages it took over, so they come from the dev server.
 */
const UNREGISTERING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    self.registration
      .unregister()
      .then(() => self.clients.matchAll({ type: 'window' }))
      .then((clients) => Promise.all(clients.map((client) => client.navigate(client.url)))),
  );
});
`;

export function offline(): AstroIntegration {
  let base = '/';
  return {
    name: 'shantou-plan:offline',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url !== `${base}${SERVICE_WORKER}`) return next();
          response.setHeader('Content-Type', 'text/javascript');
          response.setHeader('Cache-Control', 'no-store');
          response.end(UNREGISTERING_WORKER);
        });
      },
      'astro:build:done': ({ dir, logger }) => writeServiceWorker(dir, logger, base),
    },
  };
}
