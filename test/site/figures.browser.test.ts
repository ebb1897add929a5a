/**
 * The redrawn figures in Chromium: on the narrowest phone each fits the
 * screen with no sideways scroll (a screenshot is kept for review), their
 * words are real text a reader can select and a screen reader can reach
 * (the part names as links), and axe finds nothing in light or dark.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { SCREENSHOTS } from '../helpers/page-types.ts';
import { servedSite } from '../helpers/site.ts';
import { audit } from '../helpers/axe.ts';

const site = servedSite();
const FIGURES = [1, 2, 3, 4, 5];
/** The narrowest phone in common use. */
const PHONE = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };

beforeAll(() => mkdirSync(join(ROOT, SCREENSHOTS, 'figures'), { recursive: true }));

describe('figures of 第三章 in Chromium', () => {
  it('fit a 320 px phone without a sideways scroll, each figure inside the screen', async () => {
    const { context, page } = await site.open('/chapter-3/', PHONE);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    for (const n of FIGURES) {
      const figure = page.locator(`#fig${n}`);
      const box = (await figure.locator('svg').boundingBox())!;
      expect(box.x, `图 ${n}`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `图 ${n}`).toBeLessThanOrEqual(PHONE.viewport.width);
      await figure.screenshot({ path: join(ROOT, SCREENSHOTS, 'figures', `phone-fig${n}.png`) });
    }
    await context.close();
  });

  it('are text: selectable, and the part names are links a screen reader finds by name', async () => {
    const { context, page } = await site.open('/chapter-3/');
    const svg = page.locator('#fig1 svg');
    await expect(svg.getAttribute('role')).resolves.toBe('group');
    expect(await page.getByRole('group', { name: '管理架构示意图（编者据第三章第一节重绘）' }).count()).toBe(1);
    const link = page.getByRole('link', { name: '二、统筹管理' });
    expect(await link.getAttribute('href')).toBe('/chapter-3/#s1-p3');
    // Selecting the figure selects its words, as any text on the page.
    const selected = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('#fig4 svg')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    });
    for (const words of ['一、数据源', '一体化政务大数据中心汕头分节点', '开放授权']) expect(selected).toContain(words);
    await link.click();
    await page.waitForURL(/#s1-p3$/);
    await expect(page.evaluate(() => document.querySelector(':target')?.closest('p')?.textContent ?? '')).resolves.toContain('二、统筹管理。');
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`pass axe in ${colorScheme}, drawn in the scheme’s colours`, async () => {
      const { context, page } = await site.open('/chapter-3/', { colorScheme });
      const axe = await audit(page, colorScheme).include('.plan-figure').analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      // The labels take the page's text colour, so dark mode never draws dark text on a dark box.
      const colours = await page.evaluate(() => ({
        label: getComputedStyle(document.querySelector('#fig2 .diagram__label--item')!).fill,
        text: getComputedStyle(document.body).color,
      }));
      expect(colours.label).toBe(colours.text);
      await context.close();
    });
  }
});
