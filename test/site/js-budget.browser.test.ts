/**
 * Reading pages (chapter, project, term) ship at most 5 KB gzip of
 * JavaScript before the reader interacts, the service worker's registration
 * included: the budget `npm run bench` checks (scripts/bench/budgets.ts),
 * here on the largest page of each type in every test run, measured in
 * Chromium as the bench measures it (scripts/bench/weights.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { JS_BUDGET, READING_TYPES } from '../../scripts/bench/budgets.ts';
import { pageType } from '../../scripts/bench/edition-figures.ts';
import { gzipBytes, weighPage } from '../../scripts/bench/weights.ts';
import { urlOf } from '../../src/edition/urls.ts';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

/** The page of each reading type with the most HTML (gzip), as the bench picks them. */
const largest = READING_TYPES.map((type) => {
  const pages = htmlPages()
    .map((file) => urlOf(file))
    .filter((url) => pageType(url) === type);
  return pages.sort((a, b) => gzipBytes(readFileSync(join(DIST, b, 'index.html'))) - gzipBytes(readFileSync(join(DIST, a, 'index.html'))))[0]!;
});

describe('JavaScript before interaction', () => {
  it.each(largest)(`%s: at most ${JS_BUDGET / 1024} KB gzip, with the service worker's registration`, async (url) => {
    const weight = await weighPage(site.browser, site.origin, DIST, url);
    expect(readFileSync(join(DIST, url, 'index.html'), 'utf8')).toContain('serviceWorker');
    expect(weight.js).toBeGreaterThan(0);
    expect(weight.js).toBeLessThanOrEqual(JS_BUDGET);
  });
});
