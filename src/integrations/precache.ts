/**
 * The service worker's precache: which files of dist/ a reader keeps offline,
 * each with the revision Workbox's precaching compares (an MD5 of the file,
 * or none where the name carries the content's hash), in the format
 * `workbox.precaching.precacheAndRoute` takes. Made here rather than by
 * workbox-build's injectManifest, which gives the same entries: loading
 * workbox-build costs half a second of CPU on every build (it brings Rollup,
 * Babel and Terser for its generateSW, which the edition does not use), five
 * times what listing and hashing the files costs.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

export interface PrecacheEntry {
  /** null: the file's name changes with its content (Workbox's `dontCacheBustURLsMatching`). */
  revision: string | null;
  /** Relative to the site's root: chapter-1/index.html. */
  url: string;
}

export interface Precache {
  entries: PrecacheEntry[];
  /** Bytes, as stored. */
  size: number;
  /** Files left out for their size. */
  warnings: string[];
}

/**
 * What a reader needs offline, in dist/: every page, `_astro/`, the names
 * list, the manifest and icons, and of Pagefind only what the search page
 * loads (src/client/search/load.ts): its engine, WebAssembly, metadata
 * and every index, fragment and filter file (a few hundred KB, and a query
 * offline may need any of them); not its UI bundles, highlighter or web
 * worker. Nor the open-data downloads (data/*): they are for whoever asks
 * for them, not a copy every reader keeps. `npm run bench` weighs the same list.
 */
const PRECACHED = [/\.(html|css|js|json|csv|svg|png|ico|webmanifest)$/, /^pagefind\/[^/]+\.(pf_meta|pagefind)$/, /^pagefind\/(index|fragment|filter)\/[^/]+$/];
/** `workbox` is the folder of Workbox's own modules (offline.ts), which the worker loads itself. */
const LEFT_OUT = [/^pagefind\/pagefind-[^/]*\.(js|css)$/, /^_astro\/workbox-[^/]*\//, /^sw\.js$/, /^data\/[^/]+\.(json|csv)$/];
/** Astro's and Pagefind's file names carry their content hash: no revision needed. */
const HASHED_NAME = /^_astro\/|\.pf_(index|fragment|filter|meta)$/;
/** Workbox's default limit: a larger file is not precached (the 全文 page of the bench's ×10 edition). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

export function isPrecached(url: string): boolean {
  return PRECACHED.some((pattern) => pattern.test(url)) && !LEFT_OUT.some((pattern) => pattern.test(url));
}

/** The precache of the built site in `dist`, in the order of its paths. */
export function precacheManifest(dist: string): Precache {
  const urls = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dist.length)
        .replace(/^[\\/]/, '')
        .split(sep)
        .join('/'),
    )
    // As Workbox's globs read them: no hidden files or folders.
    .filter((url) => !url.split('/').some((part) => part.startsWith('.')) && isPrecached(url))
    .sort();
  const precache: Precache = { entries: [], size: 0, warnings: [] };
  for (const url of urls) {
    const content = readFileSync(join(dist, url));
    if (content.length > MAX_FILE_BYTES) {
      precache.warnings.push(
        `${url} is ${(content.length / 1024 / 1024).toFixed(1)} MB, and won't be precached (more than ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
      );
      continue;
    }
    precache.entries.push({ revision: HASHED_NAME.test(url) ? null : createHash('md5').update(content).digest('hex'), url });
    precache.size += content.length;
  }
  return precache;
}
