/**
 * Every page type at a phone's size (390×844, touch) and a desktop's
 * (1280×800), light and dark, as a reader sees it: no sideways scrolling, no
 * short label (a column header, a term, a button) broken across lines, no
 * layout shift while the page loads, zero axe violations (WCAG 2.1 A/AA).
 * A screenshot of each is kept in test-results/screenshots/ for review.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { layoutShifts, recordLayoutShifts } from '../helpers/layout.ts';
import { PAGE_TYPES, SCREENSHOTS } from '../helpers/page-types.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

const SCREENS = [
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, hasTouch: false, isMobile: false },
] as const;

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

beforeAll(() => mkdirSync(join(ROOT, SCREENSHOTS), { recursive: true }));

for (const screen of SCREENS) {
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
          const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
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
