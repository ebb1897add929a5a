/**
 * The site as a static host publishes it with public/_headers (docs/deploy.md):
 * security headers on every response, long caching only for versioned
 * assets, no header set twice (hosts would join the values), and in Chromium
 * every page type works under them with no CSP violation, and no page can be
 * framed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchSettled } from '../../scripts/lib/search-page.ts';
import { DIST } from '../helpers/dist.ts';
import { headersFor, parseHeadersFile, serveWithHostHeaders } from '../helpers/hosting-headers.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';
import { servedSite } from '../helpers/site.ts';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const site = servedSite(() => serveWithHostHeaders(DIST));
/** One of Astro's hashed assets. */
const astroAsset = () => `/_astro/${readdirSync(join(DIST, '_astro')).find((name) => name.endsWith('.js'))}`;

describe('public/_headers', () => {
  it('sets each header once per path: a host would join a repeated one into a broken value', () => {
    for (const path of ['/', '/chapter-4/', '/_astro/x.js', '/pagefind/pagefind.js', '/sw.js', '/search/']) {
      expect(headersFor(rules, path).repeated, path).toEqual([]);
    }
  });

  it('gives every response the security headers, versioned assets a year, the worker none', async () => {
    const cases: [string, RegExp | undefined][] = [
      ['/chapter-4/', undefined],
      [astroAsset(), /max-age=31536000, immutable/],
      ['/pagefind/pagefind.js', /max-age=300/],
      ['/sw.js', /^no-cache$/],
    ];
    for (const [path, caching] of cases) {
      const response = await fetch(`${site.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), path).toContain('camera=()');
      if (caching) expect(response.headers.get('cache-control'), path).toMatch(caching);
      else expect(response.headers.get('cache-control'), `${path}: pages keep the host's short default`).toBeNull();
    }
  });
});

describe('served with those headers, in Chromium', () => {
  it('every page type loads with no CSP violation and no error, and a search finds results', async () => {
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      (window as unknown as { __violations: string[] }).__violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __violations: string[] }).__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    const problems: string[] = [];
    for (const path of [...PAGE_TYPES, `/search/?q=${encodeURIComponent('秒批')}`]) {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`${path}: console: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
      const response = await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      if (path.startsWith('/search/?')) {
        await searchSettled(page, '秒批');
        if ((await page.locator('.search-result').count()) === 0) problems.push(`${path}: no results`);
      }
      if (path !== '/404.html' && response?.status() !== 200) problems.push(`${path}: HTTP ${response?.status()}`);
      for (const violation of await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations))
        problems.push(`${path}: CSP ${violation}`);
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('no page can be framed, not even by the site itself', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.origin}/`);
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/chapter-1/';
      document.body.append(frame);
    });
    await page.waitForTimeout(1000);
    const framed = page.frames().find((frame) => frame !== page.mainFrame());
    expect(framed).toBeDefined();
    expect(framed!.url()).not.toContain('/chapter-1/');
    await page.close();
  });
});
