/**
 * The offline edition: after the build, Workbox writes a service worker
 * (dist/sw.js) that precaches every page, the CSS and JS,
 * the names list and Pagefind's engine and index, so that a reader who has
 * opened the site once can read and search it with no network. It runs after
 * the search index is written (src/integrations/index.ts orders the hooks).
 * Pages register it (src/components/layout/OfflineUpdates.astro); the web app
 * manifest and icons are pages of their own (src/pages/).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { GenerateSWOptions, GetManifestOptions } from 'workbox-build';

const SERVICE_WORKER = 'sw.js';

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
    globIgnores: ['pagefind/pagefind-*.{js,css}', SERVICE_WORKER],
    // Astro's and Pagefind's file names carry their content hash: no revision needed.
    dontCacheBustURLsMatching: /^_astro\/|\.pf_(index|fragment|filter|meta)$/,
  };
}

function serviceWorkerOptions(dir: string): GenerateSWOptions {
  return {
    ...precachedFiles(dir),
    swDest: join(dir, SERVICE_WORKER),
    // Pages are stored as chapter-1/index.html and asked for as /chapter-1/.
    directoryIndex: 'index.html',
    // Query strings are the pages' own state (/search/?q=…) or Pagefind's cache busting
    // (pagefind-entry.json?ts=…): the file is the same whatever they say.
    ignoreURLParametersMatching: [/./],
    // A new build takes over open pages at once; they announce it (已更新到最新版本).
    skipWaiting: true,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    // One file at one URL that never changes (urls.json); a separate runtime's name would carry its hash.
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  };
}

export async function writeServiceWorker(dir: URL, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>): Promise<void> {
  const started = performance.now();
  // Loaded here, not with the configuration: its bundler takes half a second to load, which astro dev and check do not need.
  const { generateSW } = await import('workbox-build');
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir)));
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
      'astro:build:done': ({ dir, logger }) => writeServiceWorker(dir, logger),
    },
  };
}
