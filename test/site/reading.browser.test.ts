/**
 * The reading edition in Chromium: keyboard-only use, 复制引用, the theme
 * toggle, print, axe with the citation bar open, no horizontal scrolling at
 * 320 px, and the project filter with and without JavaScript. Every page type
 * at phone and desktop sizes: page-types-*.browser.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { servedSite, type ContextOptions } from '../helpers/site.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';
import { blockBoxes } from '../helpers/layout.ts';
import { audit } from '../helpers/axe.ts';

const site = servedSite();

const open = (path: string, options?: ContextOptions) => site.open(path, options);

describe('keyboard only', () => {
  it('skip link, then to a paragraph number, its anchor, and 复制引用 with the citation and URL', async () => {
    const { context, page } = await open('/chapter-4/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // Tab on until the first paragraph number of 第四章第二节一（一）.
    let focused = '';
    for (let i = 0; i < 300 && focused !== '/chapter-4/#s2-1-1-p1'; i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    }
    expect(focused).toBe('/chapter-4/#s2-1-1-p1');
    // The focused number is visible (it is shown in the margin, highlighted on focus).
    expect(await page.locator('#s2-1-1-p1.para-num').isVisible()).toBe(true);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#s2-1-1-p1');
    // A paragraph's anchor is its number (remark-plan-anchors.ts): the paragraph around it is highlighted.
    const highlight = await page.$eval('p:has(> #s2-1-1-p1)', (p) => getComputedStyle(p).backgroundColor);
    expect(highlight).not.toBe('rgba(0, 0, 0, 0)');

    // Opening the bar moves focus to its first button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制引用');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('p:has(> #s2-1-1-p1) .cite-bar__status').textContent()).toContain('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('《汕头市数字政府改革建设“十四五”规划》第四章第二节一（一）第1段\nhttps://shantou-digital-plan.github.io/chapter-4/#s2-1-1-p1');
    await context.close();
  });

  it('every focused element shows a focus outline', async () => {
    const { context, page } = await open('/projects/04-02/');
    for (let i = 0; i < 25; i += 1) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const target = el.matches('input[type="radio"]') ? (el.nextElementSibling as HTMLElement) : el;
        const style = getComputedStyle(target);
        return { tag: el.tagName, width: style.outlineWidth, style: style.outlineStyle };
      });
      if (outline.tag === 'BODY') break;
      expect(outline.style, `${outline.tag} #${i}`).not.toBe('none');
      expect(outline.width, `${outline.tag} #${i}`).not.toBe('0px');
    }
    await context.close();
  });
});

describe('复制引用 by pointer', () => {
  it('clicking a heading’s link offers the heading’s citation', async () => {
    const { context, page } = await open('/chapter-3/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await page.hover('#s3');
    await page.click('#s3 > .heading-link');
    await page.getByRole('button', { name: '复制引用' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('《汕头市数字政府改革建设“十四五”规划》第三章第三节\nhttps://shantou-digital-plan.github.io/chapter-3/#s3');
    await context.close();
  });

  it('arriving at an anchor highlights the paragraph and offers the bar', async () => {
    const { context, page } = await open('/intro/#p2');
    expect(await page.$eval('p:has(> #p2)', (p) => getComputedStyle(p).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.$eval('p:has(> #p3)', (p) => getComputedStyle(p).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('p:has(> #p2) .cite-bar button').allTextContents()).toEqual(['复制引用', 'GB/T 7714 格式', 'Markdown 链接', '复制链接']);
    await context.close();
  });

  it('offers the citation as GB/T 7714 and as a Markdown link; the bar floats over the text and moves nothing', async () => {
    const { context, page } = await open('/chapter-4/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    const paragraph = page.locator('p:has(> #s2-1-1-p4)');
    await paragraph.scrollIntoViewIfNeeded();
    const blocks = await blockBoxes(page, '.cite-bar');
    await paragraph.hover();
    const number = paragraph.locator('a.para-num');
    await number.hover();
    // The number is shown as a control with a tooltip saying what it does.
    expect(await number.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('引用本段');
    await number.click();
    const bar = paragraph.locator('.cite-bar');
    await bar.waitFor();
    expect(await blockBoxes(page, '.cite-bar')).toEqual(blocks);
    const url = 'https://shantou-digital-plan.github.io/chapter-4/#s2-1-1-p4';
    await bar.getByRole('button', { name: 'GB/T 7714 格式' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(
        new RegExp(
          `^汕头市数字政府改革建设“十四五”规划\\[EB/OL\\]: 第四章第二节一（一）第4段\\[\\d{4}-\\d{2}-\\d{2}\\]\\. ${url.replace(/[.?]/g, '\\$&')}\\.$`,
        ),
      );
    await bar.getByRole('button', { name: 'Markdown 链接' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`[《汕头市数字政府改革建设“十四五”规划》第四章第二节一（一）第4段](${url})`);
    await context.close();
  });
});

describe('dark mode', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system setting', async () => {
    const { context, page } = await open('/chapter-1/', { colorScheme: 'dark' });
    expect(await background(page)).toBe('rgb(18, 20, 22)');
    expect(await page.getAttribute('.theme-toggle', 'aria-pressed')).toBe('true');
    await context.close();
  });

  it('the toggle switches themes and the choice is kept on the next page', async () => {
    const { context, page } = await open('/chapter-1/', { colorScheme: 'light' });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await background(page)).toBe('rgb(18, 20, 22)');
    expect(await page.getAttribute('.theme-toggle', 'aria-pressed')).toBe('true');
    await page.goto(`${site.origin}/indicators/`);
    expect(await background(page)).toBe('rgb(18, 20, 22)');
    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await background(page)).toBe('rgb(255, 255, 255)');
    await context.close();
  });
});

describe('print', () => {
  it('hides navigation and keeps the text', async () => {
    const { context, page } = await open('/chapter-4/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-nav', '.contents-tree', '.breadcrumbs', '.chapter-toc', '.prev-next', '.page-meta', '.skip-link']) {
      const visible = await page.$$eval(selector, (els) =>
        els.some((el) => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null),
      );
      expect(visible, selector).toBe(false);
    }
    expect(await page.locator('p:has(> #s2-1-1-p3)').isVisible()).toBe(true);
    await context.close();
  });

  it('starts each chapter of the full text on a new page', async () => {
    const { context, page } = await open('/full/');
    await page.emulateMedia({ media: 'print' });
    const breaks = await page.$$eval('.full-text__chapter', (els) => els.map((el) => getComputedStyle(el).breakBefore));
    expect(breaks).toHaveLength(9);
    expect(new Set(breaks)).toEqual(new Set(['page']));
    await context.close();
  });
});

describe('accessibility (axe, WCAG 2.1 A/AA)', () => {
  // Every page type in both themes at two screen sizes: page-types-*.browser.test.ts.
  it('reports no violations with the citation bar open', async () => {
    const { context, page } = await open('/chapter-4/#s2-1-1-p3');
    const result = await audit(page).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

describe('small screens', () => {
  it('no page type scrolls sideways at 320 px', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const wide: string[] = [];
    for (const path of PAGE_TYPES) {
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
      await page.close();
    }
    await context.close();
    expect(wide).toEqual([]);
  }, 120_000);
});

describe('project filter', () => {
  const visibleProjects = (page: Page) =>
    page.$$eval('.project', (items) => items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => (i as HTMLElement).dataset['category']));

  it('works without JavaScript', async () => {
    const { context, page } = await open('/projects/', { javaScriptEnabled: false });
    expect(await visibleProjects(page)).toHaveLength(42);
    await page.click('label[for="cat-tongguan"]');
    const shown = await visibleProjects(page);
    expect(shown).toHaveLength(13);
    expect(new Set(shown)).toEqual(new Set(['一网统管']));
    await page.click('label[for="zl-4"]');
    expect(await visibleProjects(page)).toEqual([]);
    expect(await page.locator('.project-browser__empty').isVisible()).toBe(true);
    await page.click('label[for="cat-all"]');
    expect(await page.$$eval('.zl-group', (gs) => gs.filter((g) => (g as HTMLElement).offsetParent !== null).map((g) => g.id))).toEqual(['zl4']);
    await context.close();
  });

  it('with JavaScript, announces the count and keeps the choice in the URL', async () => {
    const { context, page } = await open('/projects/');
    await page.click('label[for="cat-tongban"]');
    await expect.poll(() => page.textContent('[data-project-count]')).toBe('显示 14 个项目');
    expect(new URL(page.url()).searchParams.get('category')).toBe('一网通办');
    await page.goto(`${site.origin}/projects/?zhuanlan=9&category=%E4%B8%80%E7%BD%91%E5%8D%8F%E5%90%8C`);
    expect(await page.isChecked('#zl-9')).toBe(true);
    expect(new Set(await visibleProjects(page))).toEqual(new Set(['一网协同']));
    await context.close();
  });
});
