/**
 * What a page costs to load, as a reader's browser gets it: the HTML, the
 * CSS and the JavaScript it loads before the reader does anything, each
 * counted gzip-compressed (text files) or as stored (Pagefind's files, which
 * are compressed already).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|xml|csv)$/;

export const gzipBytes = (text: string | Buffer) => gzipSync(text).length;

/** Bytes on the wire for a file of the build, by URL path. */
export function transferBytes(dist: string, path: string): number {
  let file = join(dist, decodeURIComponent(path));
  if (path.endsWith('/')) file = join(file, 'index.html');
  if (!existsSync(file) || statSync(file).isDirectory()) return 0;
  return COMPRESSIBLE.test(file) ? gzipBytes(readFileSync(file)) : statSync(file).size;
}

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  /** JavaScript loaded and inline before any interaction. */
  js: number;
  /** The page's text (innerText of <main>), gzip-compressed. */
  text: number;
  /** Same-origin URLs the page loaded, for checks such as “no search code”. */
  loaded: string[];
}

const INLINE = (html: string, tag: 'script' | 'style') =>
  [...html.matchAll(new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))]
    .filter((m) => !/type="(application\/(ld\+)?json|text\/template)"/i.test(m[0]))
    .map((m) => m[1]!)
    .join('\n');

export async function weighPage(browser: Browser, origin: string, dist: string, path: string): Promise<PageWeight> {
  // The offline copy the service worker downloads in the background is not the page's weight (edition-figures.ts weighs it).
  const page = await browser.newPage({ serviceWorkers: 'block' });
  const loaded: { path: string; type: string }[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) loaded.push({ path: url.pathname, type: request.resourceType() });
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
  const text = await page.evaluate(() => (document.querySelector('main') ?? document.body).innerText);
  await page.close();

  const html = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const sum = (type: string) => loaded.filter((r) => r.type === type).reduce((total, r) => total + transferBytes(dist, r.path), 0);
  const inlineJs = INLINE(html, 'script');
  const inlineCss = INLINE(html, 'style');
  return {
    path,
    html: gzipBytes(html),
    css: sum('stylesheet') + (inlineCss ? gzipBytes(inlineCss) : 0),
    js: sum('script') + (inlineJs ? gzipBytes(inlineJs) : 0),
    text: gzipBytes(text),
    loaded: loaded.map((r) => r.path),
  };
}
