/**
 * The offline edition: after the build, a service worker (dist/sw.js, with
 * Workbox's modules in dist/_astro/workbox-v…/) precaches every page, the CSS
 * and JS, the names list and Pagefind's engine and index (precache.ts), so
 * that a reader who has opened the site once can read and search it with no
 * network. It runs after the search index is written
 * (src/integrations/index.ts orders the hooks). Pages register it
 * (src/components/layout/OfflineUpdates.astro); the web app manifest and
 * icons are pages of their own (src/pages/).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { precacheManifest } from './precache.ts';

const SERVICE_WORKER = 'sw.js';
/** Astro's 404 page (src/pages/404.astro), in the precache like every page. */
const NOT_FOUND_PAGE = '404.html';
/** Where Workbox's prebuilt modules are copied: among the build's versioned assets (the folder is named by Workbox's version). */
const LIBRARY_PARENT = '_astro';
/**
 * The modules the worker loads (workbox-sw loads the others on first use, from
 * modulePathPrefix): the browser build each of Workbox's packages publishes
 * in its build/ folder, found from the package's package.json.
 */
function workboxLibraries(): { packageJson: string; file: string }[] {
  const require = createRequire(import.meta.url);
  return [
    { packageJson: require.resolve('workbox-sw/package.json'), file: 'workbox-sw.js' },
    { packageJson: require.resolve('workbox-core/package.json'), file: 'workbox-core.prod.js' },
    { packageJson: require.resolve('workbox-precaching/package.json'), file: 'workbox-precaching.prod.js' },
    { packageJson: require.resolve('workbox-routing/package.json'), file: 'workbox-routing.prod.js' },
    { packageJson: require.resolve('workbox-strategies/package.json'), file: 'workbox-strategies.prod.js' },
  ];
}

/** Copies Workbox's modules into dist/_astro/workbox-v<version>/ and returns that folder's name. */
function copyWorkboxLibraries(dist: string): string {
  const libraries = workboxLibraries();
  const { version } = JSON.parse(readFileSync(libraries[0]!.packageJson, 'utf8')) as { version: string };
  const library = `workbox-v${version}`;
  mkdirSync(join(dist, LIBRARY_PARENT, library), { recursive: true });
  for (const { packageJson, file } of libraries) copyFileSync(join(dirname(packageJson), 'build', file), join(dist, LIBRARY_PARENT, library, file));
  return library;
}

/**
 * The worker: Workbox's precaching through its public workbox-sw loader,
 * with the list of files and their revisions (precache.ts) where the
 * placeholder `self.__WB_MANIFEST` stands. (workbox-build's generateSW would
 * write the same worker but bundle Workbox anew with Rollup, Babel and Terser
 * on every build: about 1.5 s of a 6 s build.)
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

export function writeServiceWorker(dir: URL, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>, base = '/'): void {
  const started = performance.now();
  const dist = fileURLToPath(dir);
  const library = copyWorkboxLibraries(dist);
  const { entries, size, warnings } = precacheManifest(dist);
  // The list goes where Workbox's injectManifest would put it, in the same JSON.
  const source = workerSource(`${base}${LIBRARY_PARENT}/${library}`).replace('self.__WB_MANIFEST', () => JSON.stringify(entries));
  writeFileSync(join(dist, SERVICE_WORKER), source);
  for (const warning of warnings) logger.warn(warning);
  logger.info(`离线缓存：${entries.length} 个文件，${(size / 1024).toFixed(0)} KB (${Math.round(performance.now() - started)} ms)`);
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
