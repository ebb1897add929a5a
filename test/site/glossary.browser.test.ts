/**
 * The glossary in Chromium, on a phone (390×844) and a desktop (1280×800):
 * no sideways scrolling, no axe violations in either theme, the index of
 * first characters working by its anchors (with and without JavaScript),
 * citations and figures never broken across lines, the index left out of print.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite, type ContextOptions } from '../helpers/site.ts';
import { audit } from '../helpers/axe.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const VIEWPORTS = [PHONE, DESKTOP];
/**
 * A term page whose lists are long (一网统管: indicator, 专栏, heading) and a
 * short one; the glossary itself and a third term page are page types
 * (page-types-*.browser.test.ts), checked there the same way.
 */
const PAGES = ['/glossary/yi-wang-tong-guan/', '/glossary/yi-zheng-yi-shu/'];

const site = servedSite();

const open = (path: string, options?: ContextOptions) => site.open(path, options);

describe('glossary pages on a phone and a desktop', () => {
  for (const viewport of VIEWPORTS) {
    it(`do not scroll sideways at ${viewport.width}×${viewport.height}`, async () => {
      const context = await site.browser.newContext({ viewport });
      const wide: string[] = [];
      for (const path of PAGES) {
        const page = await context.newPage();
        await page.goto(`${site.origin}${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > viewport.width) wide.push(`${path}: ${width}px`);
        await page.close();
      }
      await context.close();
      expect(wide).toEqual([]);
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      it(`report no axe violations at ${viewport.width}×${viewport.height}, ${colorScheme} theme`, async () => {
        const context = await site.browser.newContext({ viewport, colorScheme });
        const violations: string[] = [];
        for (const path of PAGES) {
          const page = await context.newPage();
          await page.goto(`${site.origin}${path}`);
          const result = await audit(page, colorScheme).analyze();
          for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
          await page.close();
        }
        await context.close();
        expect(violations).toEqual([]);
      }, 120_000);
    }

    it(`keep each citation and figure on one line at ${viewport.width}×${viewport.height}`, async () => {
      const context = await site.browser.newContext({ viewport });
      const broken: string[] = [];
      for (const [path, selector] of [
        ['/glossary/', '.glossary-entry__source a, .head-index a, .glossary-group__head'],
        ['/glossary/yi-wang-tong-guan/', '.term-names__kind, .term-names__where, .term-names__figure'],
      ] as const) {
        const page = await context.newPage();
        await page.goto(`${site.origin}${path}`);
        const lines = await page.$$eval(selector, (els) =>
          els.map((el) => {
            // The boxes of the text: tops more than a few pixels apart are separate lines (Latin and
            // Chinese glyphs on one line may come from different fonts, with slightly different tops).
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = [...range.getClientRects()].map((r) => r.top).sort((a, b) => a - b);
            const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1]! > 8).length;
            return [el.textContent?.trim() ?? '', lines] as const;
          }),
        );
        expect(lines.length, path).toBeGreaterThan(3);
        broken.push(...lines.filter(([, n]) => n > 1).map(([t, n]) => `${path}: “${t}” on ${n} lines`));
        await page.close();
      }
      await context.close();
      expect(broken).toEqual([]);
    });
  }
});

describe('the index of first characters', () => {
  const headingTop = (page: Page, id: string) => page.$eval(`#${id} h2`, (h) => h.getBoundingClientRect().top);

  it('takes a reader to the group of a character, by keyboard, and highlights it', async () => {
    const { context, page } = await open('/glossary/', { viewport: PHONE });
    const link = page.locator('.head-index a', { hasText: /^秒$/ });
    const id = (await link.getAttribute('href'))!.slice(1);
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((hash) => location.hash === hash, `#${id}`);
    // The group's heading is at the top of the screen, just below the sticky header, and the group holds 秒批.
    const top = await headingTop(page, id);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(top).toBeGreaterThanOrEqual(header.y + header.height);
    expect(top).toBeLessThan(header.y + header.height + 80);
    expect(await page.locator(`#${id} .glossary-entry__term`).allTextContents()).toEqual(['秒批']);
    expect(await page.$eval(`#${id} h2`, (h) => getComputedStyle(h).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await context.close();
  });

  it('works without JavaScript: plain anchors, for every character', async () => {
    const { context, page } = await open('/glossary/', { viewport: DESKTOP, javaScriptEnabled: false });
    const targets = await page.$$eval('.head-index a', (links) => links.map((a) => a.getAttribute('href')!));
    expect(targets.length).toBeGreaterThan(10);
    for (const target of [targets[0]!, targets.at(-1)!]) {
      await page.click(`.head-index a[href="${target}"]`);
      await page.waitForFunction((hash) => location.hash === hash, target);
      const top = await headingTop(page, target.slice(1));
      // The last groups are short: the page may end before they reach the top, but they are on screen, below the header.
      expect(top).toBeGreaterThanOrEqual((await page.locator('.site-header').boundingBox())!.height);
      expect(top).toBeLessThan(800);
    }
    await context.close();
  });

  it('is left out of print, where the definitions stay', async () => {
    const { context, page } = await open('/glossary/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.$eval('.head-index', (el) => getComputedStyle(el).display)).toBe('none');
    expect(await page.locator('.glossary-entry').first().isVisible()).toBe(true);
    await context.close();
  });
});
