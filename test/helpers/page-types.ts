/** The page types of the edition, and the test every one of them passes on a phone and a desktop. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from './axe.ts';
import { ROOT } from './dist.ts';
import { layoutShifts, recordLayoutShifts } from './layout.ts';
import { servedSite } from './site.ts';

/** One page of each type the edition has: what tests of every page type visit. */
export const PAGE_TYPES = [
  '/',
  '/contents/',
  '/intro/',
  '/chapter-2/',
  '/chapter-3/',
  '/chapter-4/',
  '/annex-1/',
  '/annex-2/',
  '/projects/',
  '/projects/04-02/',
  '/indicators/',
  '/timeline/',
  '/full/',
  '/glossary/',
  '/glossary/5g/',
  '/errata/',
  '/search/',
  '/404.html',
] as const;

/** The screens every page type is tried on: a phone's (touch) and a desktop's. */
export const SCREENS = {
  phone: { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  desktop: { name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false },
} as const;
type Screen = (typeof SCREENS)[keyof typeof SCREENS];

/** Where the browser tests keep their screenshots for review (CI keeps the folder as an artifact). */
export const SCREENSHOTS = 'test-results/screenshots';

/** A label this short is a word or two: it must sit on one line. */
const SHORT_LABEL = 8;

/** Short labels whose text the browser laid out on more than one line. */
function brokenLabels(page: Page): Promise<string[]> {
  return page.evaluate((limit) => {
    const labels = document.querySelectorAll<HTMLElement>(
      'thead th, th[scope="rowgroup"], dt, button, label, summary, .site-nav a, .breadcrumbs a, .facts dd > a, .reading-trail__top',
    );
    const broken: string[] = [];
    for (const label of labels) {
      if (!label.checkVisibility({ checkVisibilityCSS: true })) continue;
      // The text the reader sees: not a name kept for screen readers only (a 1 px box).
      const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
      const rects: DOMRect[] = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.parentElement?.getBoundingClientRect().width ?? 0) <= 1) continue;
        text += node.textContent?.replace(/\s+/g, '') ?? '';
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...[...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0));
      }
      if (!text || text.length > limit) continue;
      const vertical = getComputedStyle(label).writingMode.startsWith('vertical');
      // One line: every box of the text starts at the same line position (top, or left in vertical text).
      const lines = new Set(rects.map((r) => Math.round(vertical ? r.left : r.top)));
      if (lines.size > 1) broken.push(`${label.tagName.toLowerCase()} “${text}” on ${lines.size} lines`);
    }
    return broken;
  }, SHORT_LABEL);
}

/**
 * Every page type on one screen, light and dark, as a reader sees it: no
 * sideways scrolling, no short label (a column header, a term, a button)
 * broken across lines, no layout shift while the page loads, zero axe
 * violations (WCAG 2.1 A/AA; in the dark theme, which changes colours only,
 * the rules that read colours: helpers/axe.ts). A screenshot of each is kept
 * in SCREENSHOTS for review. One test file per screen, so that the two run
 * side by side.
 */
export function testEveryPageTypeOn(screen: Screen): void {
  const site = servedSite();
  beforeAll(() => mkdirSync(join(ROOT, SCREENSHOTS), { recursive: true }));
  for (const colorScheme of ['light', 'dark'] as const) {
    describe(`${screen.name} (${screen.viewport.width}×${screen.viewport.height}), ${colorScheme}`, () => {
      it('every page type fits the screen, keeps its labels whole, does not shift as it loads, and passes axe', async () => {
        const { name, ...options } = screen;
        const context = await site.browser.newContext({ ...options, colorScheme });
        await recordLayoutShifts(context);
        const problems: string[] = [];
        for (const path of PAGE_TYPES) {
          const page = await context.newPage();
          await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width > screen.viewport.width) problems.push(`${path}: ${width}px wide`);
          for (const label of await brokenLabels(page)) problems.push(`${path}: ${label}`);
          for (const shift of await layoutShifts(page)) problems.push(`${path}: layout shift ${shift.value.toFixed(4)} moving ${shift.moved.join(', ')}`);
          const axe = await audit(page, colorScheme).analyze();
          for (const v of axe.violations) problems.push(`${path}: axe ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
          const file = `${path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '-') || 'home'}.png`;
          await page.screenshot({ path: join(ROOT, SCREENSHOTS, `${name}-${colorScheme}`, file) });
          await page.close();
        }
        await context.close();
        expect(problems).toEqual([]);
      }, 300_000);
    });
  }
}
