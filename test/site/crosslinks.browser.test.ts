/**
 * Cross-links in Chromium: the definition shows on hover and on keyboard
 * focus next to its name, and on tap as a sheet, moving no text; the link works without JavaScript;
 * print turns first uses into numbered notes; the previews pass axe in both
 * themes. And the words: every page reads the same as a build without the
 * plugin (CROSSLINKS=off, built here from a copy of the edition in a project
 * of its own: test/helpers/temp-edition.ts).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { select, selectAll, text, type Element, type Root } from '../helpers/html.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { servedSite } from '../helpers/site.ts';
import { blockBoxes, cumulativeLayoutShift, recordLayoutShifts } from '../helpers/layout.ts';
import { buildTempEdition, tempEdition } from '../helpers/temp-edition.ts';
import { audit } from '../helpers/axe.ts';

const site = servedSite();

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}, origin = site.origin): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return { context, page };
}

/** The 四免 link of 第四章第二节一（一） and its preview card. */
async function siMian(page: Page) {
  const paragraph = page.locator('p:has(> a.para-num[id^="s2-1-1-"]):has(a[data-xref="term:si-mian"])').first();
  const link = paragraph.locator('a[data-xref="term:si-mian"]');
  const description = await link.getAttribute('aria-describedby');
  const card = page.locator(`.xref-card:has([id="${description}"])`);
  return { link, card, paragraph, id: await card.getAttribute('id') };
}

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the definition preview', () => {
  /** The card touches its name: just below it or just above it, reaching over the name's column. */
  function expectNextTo(card: Box, term: Box): void {
    const below = Math.abs(card.y - (term.y + term.height)) <= 2;
    const above = Math.abs(card.y + card.height - term.y) <= 2;
    expect(below || above, `card ${JSON.stringify(card)} is not against its name ${JSON.stringify(term)}`).toBe(true);
    expect(card.x <= term.x + term.width && card.x + card.width >= term.x).toBe(true);
  }

  it('shows on hover next to its name, over the text, moving nothing; stays while the pointer moves onto it', async () => {
    const { context, page } = await site.open('/chapter-4/', { viewport: { width: 1280, height: 900 } }, recordLayoutShifts);
    const { link, card } = await siMian(page);
    expect(await card.isVisible()).toBe(false);
    await link.scrollIntoViewIfNeeded();
    const before = await blockBoxes(page);
    await link.hover();
    await card.waitFor({ state: 'visible', timeout: 3000 });
    expect(await card.innerText()).toContain('政府部门核发材料原则上免提交');
    const term = (await link.boundingBox())!;
    const cardBox = (await card.boundingBox())!;
    expectNextTo(cardBox, term);
    expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(1280);
    expect(await blockBoxes(page)).toEqual(before);
    // Straight from the name onto the card: it stays, where it was.
    await page.mouse.move(term.x + term.width / 2, cardBox.y + cardBox.height / 2, { steps: 8 });
    await page.waitForTimeout(400);
    expect(await card.boundingBox()).toEqual(cardBox);
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden', timeout: 3000 });
    expect(await blockBoxes(page)).toEqual(before);
    expect(await cumulativeLayoutShift(page)).toBe(0);
    await context.close();
  });

  it('shows on keyboard focus next to its name, moving nothing, and the link is described by it', async () => {
    const { context, page } = await site.open('/chapter-4/', { viewport: { width: 1280, height: 900 } }, recordLayoutShifts);
    const { link, card, paragraph } = await siMian(page);
    // Tab from the paragraph's number onto the first cross-link after it.
    await paragraph.locator('a.para-num').focus();
    const before = await blockBoxes(page);
    await page.keyboard.press('Tab');
    expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await card.isVisible()).toBe(true);
    expectNextTo((await card.boundingBox())!, (await link.boundingBox())!);
    expect(await blockBoxes(page)).toEqual(before);
    // The description is the definition alone (not the name again, nor 关闭).
    const described = await link.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!)?.textContent ?? '');
    expect(described).toBe('政府部门核发材料原则上免提交，业务表单数据原则上免填写，可用电子印章的免用实物印章，可用电子签名的免用手写签名。');
    await page.keyboard.press('Tab');
    await card.waitFor({ state: 'hidden', timeout: 2000 });
    expect(await cumulativeLayoutShift(page)).toBe(0);
    await context.close();
  });

  it('opens on a tap on the name on a touch screen, as a sheet that moves nothing; closes by tapping outside', async () => {
    const { context, page } = await open('/chapter-4/', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    const { link, card, id } = await siMian(page);
    // One affordance: the name. No ⓘ after every name while the script runs.
    expect(await page.locator(`button.xref-toggle[popovertarget="${id}"]`).isVisible()).toBe(false);
    await link.scrollIntoViewIfNeeded();
    const before = page.url();
    const blocks = await blockBoxes(page);
    await link.tap();
    expect(await card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(page.url()).toBe(before);
    expect(await blockBoxes(page)).toEqual(blocks);
    const box = (await card.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // The tapped name stays in view above the sheet, and the sheet leads on to the term's page.
    expect(overlaps((await link.boundingBox())!, box)).toBe(false);
    expect(await card.locator('a.xref-card__name').getAttribute('href')).toBe('/glossary/si-mian/');
    await page.touchscreen.tap(180, 20);
    expect(await card.evaluate((el) => el.matches(':popover-open'))).toBe(false);
    await context.close();
  });

  it('opens on tap through its ⓘ button on a touch screen without JavaScript', async () => {
    const { context, page } = await open('/chapter-4/', { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });
    const { card, id } = await siMian(page);
    const toggle = page.locator(`button.xref-toggle[popovertarget="${id}"]`);
    await toggle.scrollIntoViewIfNeeded();
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-label')).toBe('查看“四免”的释义');
    await toggle.tap();
    expect(await card.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    await context.close();
  });

  it('has no tap button where a pointer can hover', async () => {
    const { context, page } = await open('/chapter-4/', { viewport: { width: 1280, height: 900 } });
    expect(await page.locator('button.xref-toggle').first().isVisible()).toBe(false);
    await context.close();
  });

  it('is a plain working link without JavaScript', async () => {
    const { context, page } = await open('/chapter-4/', { javaScriptEnabled: false });
    const { link } = await siMian(page);
    await Promise.all([page.waitForURL('**/glossary/si-mian/'), link.click()]);
    expect(await page.locator('h1').innerText()).toBe('四免');
    await context.close();
  });

  it('prints first uses with a note number and their definition after the paragraph', async () => {
    const { context, page } = await open('/chapter-4/');
    await page.emulateMedia({ media: 'print' });
    const first = page.locator('.xref-card[data-xref-first]');
    const later = page.locator('.xref-card:not([data-xref-first])');
    expect(await first.count()).toBeGreaterThan(0);
    expect(await first.first().isVisible()).toBe(true);
    if ((await later.count()) > 0) expect(await later.first().isVisible()).toBe(false);
    expect(await page.locator('button.xref-toggle').first().isVisible()).toBe(false);
    const marks = await page.locator('a.xref[data-xref-first]').evaluateAll((links) => links.slice(0, 3).map((a) => getComputedStyle(a, '::after').content));
    expect(marks).toEqual(['counter(xref-note)', 'counter(xref-note)', 'counter(xref-note)']);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`passes axe (WCAG 2.1 A/AA) with a preview open, ${colorScheme} theme`, async () => {
      const { context, page } = await open('/chapter-4/', { colorScheme, viewport: { width: 1280, height: 900 } });
      const { link, card } = await siMian(page);
      await link.hover();
      await card.waitFor({ state: 'visible', timeout: 3000 });
      const result = await audit(page, colorScheme).include('.xref-cards').include('a.xref').analyze();
      expect(
        result.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        ),
      ).toEqual([]);
      await context.close();
    });
  }
});

describe('the words, with and without the plugin', () => {
  // Built from a copy of the edition in a project of its own (its own .astro/
  // and caches), so that it cannot disturb builds and tests running beside it.
  const edition = tempEdition();
  let offDir: string;
  let off: StaticServer | undefined;
  let offOrigin: string;

  beforeAll(async () => {
    // Dated from this project's history like the site's own pages, so that 最后更新 reads the same.
    const build = await buildTempEdition(edition, { env: { CROSSLINKS: 'off' }, projectHistory: true });
    if (build.status !== 0) throw new Error(`the build without cross-links failed:\n${build.output.slice(-3000)}`);
    offDir = build.dist;
    off = await serveDist(offDir);
    offOrigin = off.origin;
  }, 300_000);
  afterAll(async () => {
    await off?.close();
    rmSync(edition.root, { recursive: true, force: true });
  });

  /** The page's main text, with the plugin's additions (hidden previews, tap buttons) taken out and links unwrapped. */
  function mainText(html: string): string {
    const tree: Root = fromHtml(html);
    const main = select('main', tree)!;
    const drop = (node: Element) => {
      node.children = node.children.filter((child) => {
        if (child.type !== 'element') return true;
        const cls = (child.properties['className'] as string[] | undefined) ?? [];
        if (cls.includes('xref-cards') || cls.includes('xref-toggle')) return false;
        drop(child);
        return true;
      });
    };
    drop(main);
    return text(main);
  }

  const pages = () => htmlPages().filter((p) => /^(intro|chapter-\d|annex-\d|full|projects\/\d\d-\d\d)\//.test(p));

  it('are identical on every chapter, project and full-text page once the plugin’s additions are taken out', () => {
    const list = pages();
    expect(list.length).toBeGreaterThan(50);
    let linked = 0;
    for (const page of list) {
      const withLinks = readFileSync(join(DIST, page), 'utf8');
      linked += selectAll('main a[data-xref]', fromHtml(withLinks)).length;
      expect(mainText(withLinks), page).toBe(mainText(readFileSync(join(offDir, page), 'utf8')));
    }
    expect(linked).toBeGreaterThan(100);
  });

  it('read the same in the browser: the visible text of every chapter page is unchanged', async () => {
    for (const path of ['/intro/', '/chapter-1/', '/chapter-2/', '/chapter-3/', '/chapter-4/', '/chapter-5/', '/chapter-6/', '/projects/04-02/']) {
      const read = async (origin: string) => {
        const { context, page } = await open(path, { viewport: { width: 1280, height: 900 } }, origin);
        const textOf = await page.locator('main').innerText();
        await context.close();
        return textOf;
      };
      const [withLinks, without] = [await read(site.origin), await read(offOrigin)];
      expect(withLinks, path).toBe(without);
    }
  });
});
