/**
 * The site served under a path, as GitHub Pages serves a project site
 * (https://owner.github.io/edition/): built with BASE_PATH, every link,
 * search result and the offline worker stay under that path. A link written
 * without sitePath() (src/lib/site-path.ts) leads outside it and fails here.
 */
import { mkdtempSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchSettled } from '../../scripts/lib/search-page.ts';
import type { SearchTermsFile } from '../../src/shared/search-entries.ts';
import { htmlPages } from '../helpers/dist.ts';
import { checkLinks } from '../helpers/links.ts';
import { serveDist } from '../helpers/server.ts';
import { servedSite } from '../helpers/site.ts';
import { buildTempEdition, tempEdition } from '../helpers/temp-edition.ts';

const BASE = '/edition/';
const SITE_URL = 'https://plan.example.gov.cn';
/** The served root: the build is its `edition/` folder, and nothing else is there. */
const root = mkdtempSync(join(tmpdir(), 'base-path-'));
const built = join(root, 'edition');

beforeAll(async () => {
  const build = await buildTempEdition(tempEdition(), { env: { BASE_PATH: 'edition', SITE_URL } });
  expect(build.status, build.output.slice(-3000)).toBe(0);
  renameSync(build.dist, built);
}, 240_000);

const site = servedSite(() => serveDist(root));

describe(`the site built for ${BASE}`, () => {
  it('has every link and #fragment resolving under the path, from every page', async () => {
    const pages = htmlPages(built).map((page) => `edition/${page.replace(/index\.html$/, '')}`);
    const report = await checkLinks({ serverRoot: root, paths: pages, siteUrl: SITE_URL });
    expect(report.broken).toEqual([]);
    expect(report.ok).toBeGreaterThan(pages.length);
  }, 180_000);

  it('names its pages by their public address under the path', () => {
    const page = readFileSync(join(built, 'glossary', 'miao-pi', 'index.html'), 'utf8');
    expect(page).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}glossary/miao-pi/">`);
    const sitemap = readdirSync(built)
      .filter((name) => /^sitemap-\d+\.xml$/.test(name))
      .map((name) => readFileSync(join(built, name), 'utf8'))
      .join('');
    expect(sitemap).toContain(`<loc>${SITE_URL}${BASE}glossary/miao-pi/</loc>`);
    const names = JSON.parse(readFileSync(join(built, 'search-terms.json'), 'utf8')) as SearchTermsFile;
    const urls = names.entries.map(([, , url]) => url);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
  });

  it('finds with search, and opens the result, under the path', async () => {
    const { context, page } = await site.open(`${BASE}search/?q=${encodeURIComponent('秒批')}`);
    await searchSettled(page, '秒批');
    const first = page.locator('[data-search-region] a[href]').first();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
    await first.click();
    await page.waitForURL(new RegExp(`^${site.origin}${BASE}.+`));
    expect(await page.locator('main h1').count()).toBe(1);
    await context.close();
  });

  it('registers the offline worker for the path only', async () => {
    const { context, page } = await site.open(BASE);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${site.origin}${BASE}`);
    await context.close();
  });
});
