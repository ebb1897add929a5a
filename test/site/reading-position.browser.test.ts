/**
 * Never lost in a long chapter: the header stays on screen and small on a
 * phone; a line under it names the section being read and leads back to the
 * top; 目录 opens the contents from anywhere with that section marked; on a
 * desktop the contents sidebar marks it. Nothing moves as these change.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite, type ContextOptions } from '../helpers/site.ts';
import { blockBoxes, cumulativeLayoutShift, recordLayoutShifts } from '../helpers/layout.ts';

const site = servedSite();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

const open = (path: string, options: ContextOptions) => site.open(path, options, recordLayoutShifts);

const trail = (page: Page) => page.locator('[data-reading-trail]');
const headerBox = async (page: Page) => (await page.locator('.site-header').boundingBox())!;

describe('on a phone', () => {
  it('the header is one short row that stays at the top while the reader scrolls', async () => {
    const { context, page } = await open('/chapter-4/', PHONE);
    const before = await headerBox(page);
    expect(before.height).toBeLessThanOrEqual(64);
    await page.mouse.wheel(0, 6000);
    await page.waitForFunction(() => scrollY > 5000);
    const after = await headerBox(page);
    expect(after.y).toBe(0);
    expect(after.height).toBe(before.height);
    await context.close();
  });

  it('a deep link lands below the header, and the line under it names the paragraph’s section', async () => {
    const { context, page } = await open('/chapter-4/#s2-1-1-p4', PHONE);
    await expect.poll(() => trail(page).isVisible()).toBe(true);
    // The section of 第四章第二节一（一）第4段 is （一）, cited by its parents: the numbers said once.
    const heading = (await page.locator('#s2-1-1').textContent())!.trim();
    expect(await trail(page).locator('[data-reading-trail-text]').textContent()).toBe(`第四章第二节一（一） › ${heading.replace(/^（一）/, '')}`);
    expect(await trail(page).locator('[data-reading-trail-where]').getAttribute('href')).toBe('#s2-1-1');
    // The paragraph is in view, below the header and the trail, not under them.
    const paragraph = (await page.locator('p:has(> #s2-1-1-p4)').boundingBox())!;
    const trailBox = (await trail(page).boundingBox())!;
    expect(paragraph.y).toBeGreaterThanOrEqual(trailBox.y + trailBox.height);
    expect(paragraph.y).toBeLessThan(844 / 2);
    await context.close();
  });

  it('the line follows the reader through the chapter and hides above the first heading', async () => {
    const { context, page } = await open('/chapter-4/', PHONE);
    expect(await trail(page).isVisible()).toBe(false);
    await page.evaluate(() => document.getElementById('s3')!.scrollIntoView({ block: 'start' }));
    await expect.poll(() => trail(page).locator('[data-reading-trail-text]').textContent()).toMatch(/^第四章第三节 › /);
    await page.evaluate(() => document.getElementById('s3-1')!.scrollIntoView({ block: 'start' }));
    await expect.poll(() => trail(page).locator('[data-reading-trail-text]').textContent()).toMatch(/^第四章第三节一 › /);
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(() => trail(page).isVisible()).toBe(false);
    expect(await cumulativeLayoutShift(page)).toBe(0);
    await context.close();
  });

  it('回到顶部 goes back to the top of the page', async () => {
    const { context, page } = await open('/chapter-4/#s3-1', PHONE);
    await expect.poll(() => trail(page).isVisible()).toBe(true);
    await page.locator('.reading-trail__top').tap();
    // The chapter's title (#top) under the header, the breadcrumbs above it in reach.
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan(100);
    const title = (await page.locator('h1').boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual((await headerBox(page)).height);
    await expect.poll(() => trail(page).isVisible()).toBe(false);
    await context.close();
  });

  it('目录 opens the contents from anywhere, with the chapter’s sections and the current one marked; nothing behind moves', async () => {
    const { context, page } = await open('/chapter-4/#s2-1-1-p4', PHONE);
    const blocks = await blockBoxes(page);
    await page.getByRole('button', { name: '目录', exact: true }).tap();
    const panel = page.locator('#site-contents');
    expect(await panel.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    const marked = panel.locator('a[aria-current="true"]');
    expect(await marked.getAttribute('href')).toBe('/chapter-4/#s2-1');
    expect(await marked.isVisible()).toBe(true);
    const box = (await marked.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    // The primary navigation is in the panel too.
    for (const name of ['专栏项目', '主要指标', '名词解释']) expect(await panel.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    expect(await blockBoxes(page)).toEqual(blocks);
    await panel.getByRole('button', { name: '关闭目录' }).tap();
    expect(await panel.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await context.close();
  });

  it('目录 works by keyboard and without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { context, page } = await open('/indicators/', { ...PHONE, hasTouch: false, javaScriptEnabled });
      const toggle = page.getByRole('button', { name: '目录', exact: true });
      await toggle.focus();
      await page.keyboard.press('Enter');
      const panel = page.locator('#site-contents');
      expect(await panel.evaluate((el) => el.matches(':popover-open')), `JavaScript ${javaScriptEnabled}`).toBe(true);
      await page.keyboard.press('Escape');
      expect(await panel.evaluate((el) => el.matches(':popover-open'))).toBe(false);
      await context.close();
    }
  });
});

describe('on a desktop', () => {
  it('the contents sidebar marks the section being read, and keeps it in view', async () => {
    const { context, page } = await open('/chapter-4/', DESKTOP);
    const marked = page.locator('#site-contents a[aria-current="true"]');
    expect(await marked.count()).toBe(0);
    await page.evaluate(() => document.getElementById('s4-2')!.scrollIntoView({ block: 'start' }));
    await expect.poll(() => marked.getAttribute('href')).toBe('/chapter-4/#s4-2');
    const box = (await marked.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual((await headerBox(page)).height);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // A heading the sidebar does not list marks its nearest listed parent (s2-1-1 → s2-1).
    await page.evaluate(() => document.getElementById('s2-1-1')!.scrollIntoView({ block: 'start' }));
    await expect.poll(() => marked.getAttribute('href')).toBe('/chapter-4/#s2-1');
    expect(await marked.count()).toBe(1);
    expect(await cumulativeLayoutShift(page)).toBe(0);
    await context.close();
  });
});
