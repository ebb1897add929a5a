/**
 * The figures the benchmark reports for one built edition: the size of the
 * build, the offline copy, the weight of each page type and search.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { precacheManifest } from '../../src/integrations/precache.ts';
import { builtUrls } from '../../src/edition/urls.ts';
import { launchChromium, serve } from './chromium.ts';
import { measureSearch, type SearchMeasurement } from './search.ts';
import { gzipBytes, transferBytes, weighPage, type PageWeight } from './weights.ts';

export interface TypeFigures {
  type: string;
  pages: number;
  /** Largest gzip HTML of the type. */
  html: number;
  /** Measured in Chromium on the type's largest pages. */
  css: number;
  js: number;
  weighed: PageWeight[];
}

export interface EditionFigures {
  distBytes: number;
  distFiles: number;
  /** What the service worker downloads on a reader's first visit, in the background (src/integrations/offline.ts). */
  offline: { files: number; bytes: number };
  types: TypeFigures[];
  search: SearchMeasurement;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) {
      const inner = folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** The service worker's precache, as transferred. */
function offlineCopy(dist: string): EditionFigures['offline'] {
  const { entries } = precacheManifest(dist);
  return { files: entries.length, bytes: entries.reduce((total, entry) => total + transferBytes(dist, `/${entry.url}`), 0) };
}

/** Page types by URL (docs/architecture.md). */
export function pageType(url: string): string {
  if (url === '/') return '首页 home';
  if (/^\/(intro|chapter-\d+|annex-\d+)(-r\d+)?\/$/.test(url)) return '章节 chapter';
  if (/^\/projects\/[^/]+\/$/.test(url)) return '专栏项目 project';
  if (/^\/glossary\/[^/]+\/$/.test(url)) return '名词 term';
  if (url === '/projects/' || url === '/glossary/' || url === '/contents/') return '列表 list';
  if (url === '/full/') return '全文 full text';
  return `其他 ${url.replace(/^\/|\/$/g, '') || url}`;
}

/** How many of a type's largest pages are opened in Chromium. */
const WEIGH_PER_TYPE = 3;

export async function editionFigures(dist: string): Promise<EditionFigures> {
  const { bytes, files } = folderSize(dist);
  const pages = builtUrls(dist).filter((url) => url.endsWith('/') || url.endsWith('.html'));
  const byType = new Map<string, { url: string; html: number }[]>();
  for (const url of pages) {
    const html = gzipBytes(readFileSync(join(dist, url.endsWith('/') ? `${url}index.html` : url)));
    const type = pageType(url);
    byType.set(type, [...(byType.get(type) ?? []), { url, html }]);
  }
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const types: TypeFigures[] = [];
    for (const [type, list] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
      const largest = [...list].sort((a, b) => b.html - a.html).slice(0, WEIGH_PER_TYPE);
      const weighed: PageWeight[] = [];
      for (const { url } of largest) weighed.push(await weighPage(browser, server.origin, dist, url));
      types.push({
        type,
        pages: list.length,
        html: Math.max(...list.map((p) => p.html)),
        css: Math.max(...weighed.map((w) => w.css)),
        js: Math.max(...weighed.map((w) => w.js)),
        weighed,
      });
    }
    const search = await measureSearch({ browser, origin: server.origin, dist });
    return { distBytes: bytes, distFiles: files, offline: offlineCopy(dist), types, search };
  } finally {
    await browser.close();
    await server.close();
  }
}
