/**
 * The search page for the ways readers type (issue #12), in Chromium against
 * the built site: a name typed in pinyin shown under its Chinese name, the
 * plan's words offered for words it does not use and announced, and the page
 * opened with ?q= moving nothing as its results arrive.
 */
import { describe, expect, it } from 'vitest';
import { searchSettled } from '../../scripts/lib/search-page.ts';
import { layoutShifts, recordLayoutShifts } from '../helpers/layout.ts';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const DESKTOP = { viewport: { width: 1280, height: 800 } };

async function searchPage(query: string, options = {}) {
  const opened = await site.open(`/search/?q=${encodeURIComponent(query)}`, options, recordLayoutShifts);
  await searchSettled(opened.page, query);
  return opened;
}

describe('search page opened with ?q=', () => {
  it.each(['一网通办', 'ywtb', '不见面审批', '数据共享', '内涝怎么监测'])('moves nothing as the results for %s arrive, on a phone', async (query) => {
    const { context, page } = await searchPage(query, PHONE);
    const shifts = await layoutShifts(page);
    await context.close();
    expect(shifts.map((s) => `${s.value.toFixed(4)} moving ${s.moved.join(', ')}`)).toEqual([]);
  });

  it('moves nothing on a desktop screen either, where the filters stand beside the results', async () => {
    const { context, page } = await searchPage('一网通办', DESKTOP);
    const shifts = await layoutShifts(page);
    await context.close();
    expect(shifts.map((s) => `${s.value.toFixed(4)} moving ${s.moved.join(', ')}`)).toEqual([]);
  });
});

describe('names typed otherwise', () => {
  it('shows a name typed in pinyin initials as a name match, under its Chinese name', async () => {
    const { context, page } = await searchPage('ywtb');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__title').textContent()).toBe('一网通办');
    expect(await first.locator('.search-result__pinned').textContent()).toBe('名称匹配');
    await context.close();
  });

  it('offers the plan’s words for words it does not use, announces them, and leads there by keyboard', async () => {
    const { context, page } = await searchPage('不见面审批');
    const offered = page.locator('[data-search-suggestions] .search-suggest', { hasText: '您是不是要找' });
    expect(await offered.locator('a').allTextContents()).toEqual(['零跑动', '一网通办']);
    expect(await page.locator('[data-search-status]').textContent()).toContain('您是不是要找：零跑动、一网通办');
    // Said once on screen (the links); the announcement's copy takes no room: it is for screen readers only.
    const visibleInStatus = await page.locator('[data-search-status]').evaluate((status) =>
      [...status.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE || (node as Element).getBoundingClientRect().width > 1)
        .map((node) => node.textContent)
        .join(''),
    );
    expect(visibleInStatus).toBe('没有找到与“不见面审批”相关的内容。');
    await offered.locator('a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/glossary/ling-pao-dong/');
    await context.close();
  });
});
