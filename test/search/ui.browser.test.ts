/**
 * The search as a reader uses it, in Chromium against the built site: the
 * header box, suggestions, keyboard shortcuts, /search/ with its URL state and
 * filters, sub-results that open the exact paragraph, no request leaving the
 * site, zero axe violations, and a 320 px screen.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { searchSettled } from '../../scripts/lib/search-page.ts';
import { audit } from '../helpers/axe.ts';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  /**
   * Every request of the pages and their workers, were there one; not the
   * service worker's, which downloads the offline copy (search included) in
   * the background after the first page (test/site/offline.browser.test.ts).
   */
  requests: string[];
}

async function open(path: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Opened> {
  const context = await browser.newContext(options);
  const requests: string[] = [];
  context.on('request', (request) => {
    if (!request.serviceWorker()) requests.push(request.url());
  });
  const page = await context.newPage();
  await page.goto(`${server.origin}${path}`);
  return { context, page, requests };
}

/** Waits until the search page has finished the search for `query`. */
const resultsFor = (page: Page, query: string) => searchSettled(page, query);

const resultUrls = (page: Page) => page.$$eval('.search-result', (items) => items.map((li) => (li as HTMLElement).dataset['url'] ?? ''));
const searchCode = (url: string) => /\/pagefind\/|search-terms\.json|header-search/.test(url);

describe('header search box', () => {
  it('loads no search code on a reading page until the reader starts to search, then only the names list', async () => {
    const { context, page, requests } = await open('/chapter-1/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter(searchCode)).toEqual([]);

    await page.focus('#site-search');
    await page.waitForResponse((r) => r.url().endsWith('/search-terms.json'));
    expect(requests.some((u) => u.includes('header-search'))).toBe(true);
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await context.close();
  });

  it('typing a question and pressing Enter lands on /search/?q=… with results, and no request leaves the site', async () => {
    const { context, page, requests } = await open('/chapter-3/');
    await page.click('#site-search');
    await page.keyboard.type('内涝怎么监测');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('内涝怎么监测');
    await resultsFor(page, '内涝怎么监测');
    expect(await page.inputValue('#search-input')).toBe('内涝怎么监测');
    expect(await page.textContent('[data-search-status]')).toMatch(/^找到 \d+ 条结果$/);
    expect((await resultUrls(page))[0]).toBe('/projects/08-06/');

    // Index chunks and page fragments were fetched …
    expect(requests.some((u) => u.endsWith('.pf_index'))).toBe(true);
    expect(requests.some((u) => u.endsWith('.pf_fragment'))).toBe(true);
    // … and of Pagefind nothing else but its engine: no web worker, highlighter or UI bundle …
    const pagefindFiles = requests.filter((u) => new URL(u).pathname.startsWith('/pagefind/')).map((u) => new URL(u).pathname.slice('/pagefind/'.length));
    const engineOrData =
      /^(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)\/[\w-]+\.pf_(index|fragment|filter))$/;
    expect(pagefindFiles.filter((f) => !engineOrData.test(f))).toEqual([]);
    // … and every request went to the site's own origin.
    expect(requests.filter((u) => new URL(u).origin !== server.origin)).toEqual([]);
    await context.close();
  });

  it('suggests the plan’s names as they are typed and opens the chosen one by keyboard', async () => {
    const { context, page } = await open('/chapter-2/');
    await page.click('#site-search');
    await page.keyboard.type('一网');
    const options = page.locator('#site-search-options [role="option"]');
    // Until the names arrive, the list offers the full-text search alone.
    await options.filter({ hasText: '一网通办' }).first().waitFor();
    expect(await page.getAttribute('#site-search', 'aria-expanded')).toBe('true');
    const texts = await options.allTextContents();
    for (const name of ['一网通办', '一网统管', '一网协同']) expect(texts.some((t) => t.includes(name))).toBe(true);
    expect(texts.at(-1)).toContain('在全文中搜索“一网”');

    await page.keyboard.press('ArrowDown');
    const active = await page.getAttribute('#site-search', 'aria-activedescendant');
    expect(await page.getAttribute(`#${active}`, 'aria-selected')).toBe('true');
    expect(await page.textContent(`#${active}`)).toContain('一网通办');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/glossary/yi-wang-tong-ban/');
    await context.close();
  });

  it('a partial term still helps: 秒 suggests 秒批', async () => {
    const { context, page } = await open('/intro/');
    await page.click('#site-search');
    await page.keyboard.type('秒');
    // Until the names arrive, the list offers the full-text search alone.
    await page.locator('#site-search-options [role="option"]', { hasText: '秒批' }).first().waitFor();
    expect(await page.locator('#site-search-options [role="option"]').first().textContent()).toContain('秒批');
    await context.close();
  });

  it('/ and Ctrl-K (⌘-K) focus the box; / typed in a text field stays text', async () => {
    const { context, page } = await open('/chapter-4/');
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    await page.keyboard.press('/');
    expect(await focused()).toBe('site-search');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search')).toBe('a/b');

    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    expect(await focused()).toBe('site-search');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Meta+k');
    expect(await focused()).toBe('site-search');

    await page.goto(`${server.origin}/search/?q=秒批`);
    await resultsFor(page, '秒批');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('/');
    expect(await focused()).toBe('search-input');
    await context.close();
  });
});

describe('search page', () => {
  it('a sub-result link scrolls to the exact paragraph and highlights it, and the words searched for in it', async () => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent('社保卡 持卡人数')}`);
    await resultsFor(page, '社保卡 持卡人数');
    const link = page.locator('.search-sub__link').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/chapter-4\/#s2-1-3-p\d+$/);
    const excerptMarks = await link.locator('xpath=following-sibling::p[1]//mark').allTextContents();
    await link.click();
    await page.waitForURL((url) => url.pathname === '/chapter-4/' && url.hash === href.slice(href.indexOf('#')));
    const state = await page.evaluate(() => {
      const anchor = document.getElementById(location.hash.slice(1))!;
      // A paragraph's anchor is its number, at its start (remark-plan-anchors.ts).
      const target = anchor.closest('p') ?? anchor;
      const probe = document.createElement('span');
      probe.style.backgroundColor = 'var(--target-bg)';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).backgroundColor;
      probe.remove();
      const box = target.getBoundingClientRect();
      return {
        isTarget: anchor.matches(':target'),
        text: target.textContent ?? '',
        background: getComputedStyle(target).backgroundColor,
        highlight,
        visible: box.top >= 0 && box.top < innerHeight,
      };
    });
    expect(state.isTarget).toBe(true);
    expect(state.text).toContain('社保卡持卡人数');
    expect(state.visible).toBe(true);
    expect(state.background).toBe(state.highlight);
    expect(state.background).not.toBe('rgba(0, 0, 0, 0)');
    // The words the result's excerpt marked are highlighted in that paragraph, and only there.
    const marked = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('search-landing') ?? [])] as Range[];
      const paragraph = document.getElementById(location.hash.slice(1))!.closest('p')!;
      return { words: [...new Set(ranges.map((r) => r.toString()))].sort(), inside: ranges.every((r) => paragraph.contains(r.startContainer)) };
    });
    expect(marked.words.length).toBeGreaterThan(0);
    expect(marked.words).toEqual([...new Set(excerptMarks)].sort());
    for (const word of marked.words) expect(word).toMatch(/^(社保卡|持卡人数)+$/);
    expect(marked.inside).toBe(true);
    // Once: a reload shows the paragraph without them.
    await page.reload();
    expect(await page.evaluate(() => CSS.highlights.get('search-landing')?.size ?? 0)).toBe(0);
    await context.close();
  });

  it('keeps the query in the URL and the back button returns to the previous search', async () => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent('一网通办')}`);
    await resultsFor(page, '一网通办');
    expect((await resultUrls(page))[0]).toBe('/glossary/yi-wang-tong-ban/');

    await page.fill('#search-input', '秒批');
    await page.press('#search-input', 'Enter');
    await resultsFor(page, '秒批');
    expect(new URL(page.url()).searchParams.get('q')).toBe('秒批');
    expect((await resultUrls(page))[0]).toBe('/glossary/miao-pi/');

    await page.goBack();
    await resultsFor(page, '一网通办');
    expect(new URL(page.url()).searchParams.get('q')).toBe('一网通办');
    expect(await page.inputValue('#search-input')).toBe('一网通办');
    expect((await resultUrls(page))[0]).toBe('/glossary/yi-wang-tong-ban/');

    await page.goForward();
    await resultsFor(page, '秒批');
    expect(await page.inputValue('#search-input')).toBe('秒批');
    await context.close();
  });

  it('updates results and the URL while typing, adding one history entry per search', async () => {
    const { context, page } = await open('/search/');
    const before = await page.evaluate(() => history.length);
    await page.click('#search-input');
    await page.keyboard.type('雪亮', { delay: 30 });
    await resultsFor(page, '雪亮');
    await page.keyboard.type('工程', { delay: 30 });
    await resultsFor(page, '雪亮工程');
    expect(new URL(page.url()).searchParams.get('q')).toBe('雪亮工程');
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
    expect((await resultUrls(page))[0]).toBe('/glossary/xue-liang-gong-cheng/');
    await context.close();
  });

  it('waits for an input method to finish composing before it searches', async () => {
    const { context, page } = await open('/search/');
    await page.click('#search-input');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Input.imeSetComposition', { text: 'yiwangtongban', selectionStart: 13, selectionEnd: 13 });
    await page.waitForTimeout(600);
    expect(await page.getAttribute('[data-search-region]', 'data-state')).toBe('idle');
    expect(new URL(page.url()).search).toBe('');
    await cdp.send('Input.insertText', { text: '一网通办' });
    await resultsFor(page, '一网通办');
    expect((await resultUrls(page))[0]).toBe('/glossary/yi-wang-tong-ban/');
    await context.close();
  });

  it('shows type, citation and a highlighted snippet, and announces the count', async () => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent('秒批')}`);
    await resultsFor(page, '秒批');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.search-result__type').textContent()).toBe('名词');
    expect(await first.locator('.search-result__cite').textContent()).toBe('附件 2 第 4 条');
    expect(await first.locator('.search-result__excerpt mark').first().textContent()).toBe('秒批');
    const status = page.locator('[data-search-status]');
    expect(await status.getAttribute('role')).toBe('status');
    const count = Number(/找到 (\d+) 条结果/.exec((await status.textContent()) ?? '')?.[1]);
    expect(count).toBe(await page.locator('.search-result').count());
    await context.close();
  });

  it('filters by keyboard alone, with the filter in the URL and the new count announced', async () => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent('政务服务')}`);
    await resultsFor(page, '政务服务');
    const total = Number(/找到 (\d+) 条结果/.exec((await page.textContent('[data-search-status]')) ?? '')?.[1]);
    await page.focus('#search-input');
    const focusedIs = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    for (let i = 0; i < 10 && !(await focusedIs('.search-filters summary')); i += 1) await page.keyboard.press('Tab');
    expect(await focusedIs('.search-filters summary')).toBe(true);
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10 && !(await focusedIs('input[data-filter="type"][value="名词"]')); i += 1) await page.keyboard.press('Tab');
    expect(await focusedIs('input[data-filter="type"][value="名词"]')).toBe(true);
    await page.keyboard.press('Space');

    await page.waitForFunction(() => new URL(location.href).searchParams.get('type') === '名词');
    // Filtering is a new (quick) search over the chunks already loaded.
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.startsWith('筛选后'));
    const types = await page.$$eval('.search-result', (items) => items.map((li) => (li as HTMLElement).dataset['type']));
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['名词']));
    expect(await page.textContent('[data-search-status]')).toBe(`筛选后 ${types.length} 条结果（共 ${total} 条）`);
    await context.close();
  });

  it('tells the reader when nothing is found', async () => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent('量子计算机')}`);
    await resultsFor(page, '量子计算机');
    expect(await page.textContent('[data-search-status]')).toContain('没有找到与“量子计算机”相关的内容');
    expect(await page.locator('.search-result').count()).toBe(0);
    // Controls with nothing to do stay hidden (their `hidden` is not overridden by a class's display).
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false);
    expect(await page.locator('[data-clear-filters]').isVisible()).toBe(false);
    await context.close();
  });

  it('offers 显示更多结果 only when there are more results than shown', async () => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent('秒批')}`);
    await resultsFor(page, '秒批');
    const shown = await page.locator('.search-result').count();
    const more = page.locator('[data-search-more]');
    if (shown < 10) expect(await more.isVisible()).toBe(false);
    else expect(await more.textContent()).not.toContain('还有 0 条');
    await context.close();
  });

  it('shows the keyboard shortcuts where there is a keyboard, not on a touch screen', async () => {
    const keys = (page: Page) => page.locator('.search-help kbd').first();
    const desktop = await open('/search/');
    expect(await keys(desktop.page).isVisible()).toBe(true);
    await desktop.context.close();
    const phone = await open('/search/', { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    expect(await keys(phone.page).isVisible()).toBe(false);
    await phone.context.close();
  });
});

describe('accessibility and small screens', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations on the search page with results and filters shown (${colorScheme})`, async () => {
      const { context, page } = await open(`/search/?q=${encodeURIComponent('一网通办')}&type=${encodeURIComponent('正文')}`, { colorScheme });
      await resultsFor(page, '一网通办');
      expect(await page.locator('.search-sub').count()).toBeGreaterThan(0);
      expect(await page.getAttribute('[data-search-filters]', 'open')).not.toBeNull();
      const result = await audit(page, colorScheme).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }

  it('labels its inputs properly, where Pagefind’s stock input fails axe label-title-only', async () => {
    for (const path of ['/search/?q=%E7%A7%92%E6%89%B9', '/chapter-1/']) {
      const { context, page } = await open(path);
      if (path.startsWith('/search/')) await resultsFor(page, '秒批');
      const result = await new AxeBuilder({ page }).withRules(['label', 'label-title-only', 'aria-input-field-name']).analyze();
      expect(
        result.violations.map((v) => v.id),
        path,
      ).toEqual([]);
      expect(
        result.passes.map((v) => v.id),
        path,
      ).toContain('label-title-only');
      await context.close();
    }
  });

  it('has no axe violations with the header suggestions open', async () => {
    const { context, page } = await open('/chapter-1/', { colorScheme: 'dark' });
    await page.click('#site-search');
    await page.keyboard.type('智慧');
    await page.locator('#site-search-options [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const result = await audit(page).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('fits a 320 px screen: no sideways scrolling, suggestions inside the viewport', async () => {
    const { context, page } = await open(`/search/?q=${encodeURIComponent('广东省行政执法信息平台和行政执法监督网络平台')}`, {
      viewport: { width: 320, height: 640 },
    });
    await resultsFor(page, '广东省行政执法信息平台和行政执法监督网络平台');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.goto(`${server.origin}/chapter-1/`);
    await page.click('#site-search');
    await page.keyboard.type('一网');
    const list = page.locator('#site-search-options');
    await list.locator('[role="option"]').first().waitFor();
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await context.close();
  });
});
