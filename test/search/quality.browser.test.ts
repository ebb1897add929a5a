/**
 * Search quality on the real index, in Chromium: every query of the
 * hand-written set (quality-set.ts) goes through the search page as a reader
 * would use it (/search/?q=…), and the places the first results lead to are
 * compared with the expected answers. Reports top-1 and top-3 accuracy per
 * group and fails below the bar: top-1 ≥ 95% for names (terms, indicators,
 * projects), top-3 ≥ 80% for free-text questions.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { ROOT } from '../helpers/dist.ts';
import { QUALITY_SET, answers, type QualityCase, type QualityGroup } from './quality-set.ts';
import { searchSettled } from '../../scripts/lib/search-page.ts';

const NAME_GROUPS: QualityGroup[] = ['term', 'indicator', 'project'];
const TOP1_NAMES = 0.95;
const TOP3_QUESTIONS = 0.8;

interface Outcome {
  case: QualityCase;
  targets: string[];
  rank: number | null;
}

async function topTargets(page: Page, origin: string, query: string): Promise<string[]> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  await searchSettled(page, query, { orError: true });
  return page.$$eval('.search-result', (items) => items.slice(0, 3).map((li) => (li as HTMLElement).dataset['target'] ?? ''));
}

const files = (dir: string, ext: string) =>
  readdirSync(join(ROOT, 'content', dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length));

describe('the quality set', () => {
  it('covers every term, indicator and project of the content, and at least 15 questions', () => {
    const expected = (group: QualityGroup) => QUALITY_SET.filter((c) => c.group === group).flatMap((c) => c.expect);
    for (const slug of files('glossary', '.mdx')) expect(expected('term'), slug).toContain(`/glossary/${slug}/`);
    for (const id of files('projects', '.mdx')) expect(expected('project'), id).toContain(`/projects/${id}/`);
    for (const n of files('indicators', '.yaml').map(Number)) expect(expected('indicator'), String(n)).toContain(`/indicators/#indicator-${n}`);
    expect(QUALITY_SET.filter((c) => c.group === 'question').length).toBeGreaterThanOrEqual(15);
    expect(QUALITY_SET.length).toBeGreaterThanOrEqual(60);
  });
});

describe('search quality in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    const page = await browser.newPage();
    for (const c of QUALITY_SET) {
      const targets = await topTargets(page, server.origin, c.query);
      const index = targets.findIndex((t) => c.expect.some((e) => answers(t, e)));
      outcomes.push({ case: c, targets, rank: index === -1 ? null : index + 1 });
    }
    await page.close();

    const rows = (['term', 'indicator', 'project', 'question'] as const).map((group) => {
      const of = outcomes.filter((o) => o.case.group === group);
      const at = (k: number) => of.filter((o) => o.rank !== null && o.rank <= k).length;
      return `${group.padEnd(10)} ${String(of.length).padStart(3)} queries  top-1 ${pct(at(1), of.length)}  top-3 ${pct(at(3), of.length)}`;
    });
    const misses = outcomes
      .filter((o) => o.rank !== 1)
      .map((o) => `  ${o.rank === null ? 'miss ' : `top-${o.rank}`} ${o.case.group} “${o.case.query}” → ${o.targets.join(' | ') || '(no results)'}`);
    console.log(['Search quality (real index, Chromium):', ...rows, 'Not first:', ...misses].join('\n'));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const share = (groups: QualityGroup[], k: number) => {
    const of = outcomes.filter((o) => groups.includes(o.case.group));
    return of.filter((o) => o.rank !== null && o.rank <= k).length / of.length;
  };

  it(`puts the named term, indicator or project first for ≥ ${TOP1_NAMES * 100}% of name queries`, () => {
    expect(share(NAME_GROUPS, 1)).toBeGreaterThanOrEqual(TOP1_NAMES);
  });

  it(`has an answer in the top 3 for ≥ ${TOP3_QUESTIONS * 100}% of free-text questions`, () => {
    expect(share(['question'], 3)).toBeGreaterThanOrEqual(TOP3_QUESTIONS);
  });

  it('finds something for every query of the set', () => {
    expect(outcomes.filter((o) => o.targets.length === 0).map((o) => o.case.query)).toEqual([]);
  });
});

function pct(n: number, of: number): string {
  return `${((100 * n) / Math.max(1, of)).toFixed(1).padStart(5)}% (${n}/${of})`;
}
