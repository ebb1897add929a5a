/**
 * The offline edition in Chromium (src/integrations/offline.ts,
 * src/components/layout/OfflineUpdates.astro): after the home page alone,
 * with the network gone, another chapter, a term page and a search all work;
 * a new build replaces the offline copy and says so once (已更新到最新版本),
 * in a notice that is accessible in both themes, covers nothing on a phone
 * and is not printed; and `astro dev` removes a worker a build left on the
 * same origin and registers none of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/offline.ts';
import { isolatedProject } from '../../scripts/lib/isolated-project.ts';
import { searchSettled } from '../../scripts/lib/search-page.ts';
import { astroEnv } from '../helpers/astro-env.ts';
import { DIST, ROOT } from '../helpers/dist.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { tempEdition } from '../helpers/temp-edition.ts';
import { audit } from '../helpers/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Resolves once a service worker controls the page, that is, once the offline copy is complete. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

const notice = (page: Page) => page.locator('[data-update-notice]');
const noticeText = (page: Page) => page.locator('[data-update-notice] [role="status"]').textContent();

describe('offline, after the home page alone', () => {
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('opens another chapter, a term page and the search page, and finds 秒批', async () => {
    const { origin } = server!;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await controlled(page);
    // The first worker of a page is not a new build: no notice.
    expect(await noticeText(page)).toBe('');

    // No network at all: the browser is offline and the server is gone. What the copy lacks fails.
    await context.setOffline(true);
    await server!.close();
    server = undefined;
    expect(
      await page.evaluate(() =>
        fetch('/sitemap-index.xml').then(
          () => 'loaded',
          () => 'failed',
        ),
      ),
    ).toBe('failed');

    for (const [path, title] of [
      ['/chapter-2/', '第二章　总体要求'],
      ['/glossary/si-mian/', '四免'],
    ] as const) {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.ok(), path).toBe(true);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(await page.locator('h1').first().textContent()).toBe(title);
      // The page's own stylesheet came from the offline copy too.
      expect(await page.evaluate(() => [...document.styleSheets].every((sheet) => sheet.cssRules.length > 0))).toBe(true);
    }

    // An address the edition does not have: its own 页面不存在 page, as a 404, not the browser's offline error.
    const missing = await page.goto(`${origin}/no-such-page/`);
    expect(missing?.status()).toBe(404);
    expect(missing?.fromServiceWorker()).toBe(true);
    expect(await page.locator('h1').first().textContent()).toBe('页面不存在');

    await page.goto(`${origin}/search/`);
    await page.fill('#search-input', '秒批');
    await page.press('#search-input', 'Enter');
    await searchSettled(page, '秒批');
    const results = await page.$$eval('.search-result', (items) => items.map((li) => (li as HTMLElement).dataset['url']));
    expect(results[0]).toBe('/glossary/miao-pi/');
    // Its excerpt comes from Pagefind's page data (fragments), also from the offline copy.
    expect(await page.locator('.search-result').first().textContent()).toContain('秒批');
    await context.close();
  });
});

describe('a new build', () => {
  let dir: string;
  let server: StaticServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'offline-dist-'));
    cpSync(DIST, dir, { recursive: true });
    server = await serveDist(dir);
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  let builds = 1;
  /** Changes a page and writes the service worker again, as the next build would: one precache revision differs. */
  async function rebuild(): Promise<string> {
    builds += 1;
    const file = join(dir, 'chapter-2', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(<p data-build>.*?<\/p>)?<\/main>/, `<p data-build>第 ${builds} 版</p></main>`));
    writeServiceWorker(pathToFileURL(`${dir}/`), { info: () => undefined, warn: () => undefined });
    return `第 ${builds} 版`;
  }

  it('replaces the offline copy and says 已更新到最新版本 once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await controlled(page);

    const build = await rebuild();
    // The next page comes from the old copy; the browser finds the new worker meanwhile, and it takes over.
    await page.goto(`${server.origin}/chapter-2/`);
    await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe('已更新到最新版本。');
    expect(await page.locator('[data-build]').count()).toBe(0);
    expect(await notice(page).getByRole('button', { name: '刷新本页' }).isVisible()).toBe(true);

    // 刷新本页 shows the new build, from the new copy; the notice is not shown again.
    await page.getByRole('button', { name: '刷新本页' }).click();
    await page.locator('[data-build]', { hasText: build }).waitFor();
    for (const path of ['/chapter-3/', '/glossary/si-mian/']) {
      await page.goto(`${server.origin}${path}`);
      // The browser has looked for a newer worker and found none: nothing new to announce.
      await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        await registration!.update();
        if (registration!.installing || registration!.waiting) throw new Error('a worker is being installed again');
      });
      expect(await noticeText(page)).toBe('');
      expect(await notice(page).getByRole('button').first().isVisible()).toBe(false);
    }
    await context.close();
  });

  it('the notice: polite status, keyboard-dismissable, passes axe in both themes, covers nothing on a phone, not printed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/chapter-3/`);
    await controlled(page);
    await rebuild();
    await page.goto(`${server.origin}/chapter-4/`);
    await expect.poll(() => noticeText(page), { timeout: 30_000 }).toBe('已更新到最新版本。');

    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await audit(page, colorScheme).include('[data-update-notice]').analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    }

    // A wide window: a card in the corner. A phone: in the flow of the page, over nothing.
    expect(await notice(page).evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await notice(page).evaluate((el) => getComputedStyle(el).position)).toBe('static');
    const box = (await notice(page).boundingBox())!;
    const header = (await page.locator('.site-header').boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(main.y + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.emulateMedia({ media: 'print' });
    expect(await notice(page).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Keyboard: Tab reaches 关闭; Enter closes the notice and leaves the reader in the text.
    await page.focus('[data-update-reload]');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('关闭');
    await page.keyboard.press('Enter');
    expect(await noticeText(page)).toBe('');
    expect(await notice(page).evaluate((el) => el.getBoundingClientRect().height)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await context.close();
  });
});

describe('astro dev on the origin of a build', () => {
  const edition = tempEdition();
  let server: StaticServer | undefined;
  let dev: ChildProcess | undefined;
  beforeAll(() => {
    isolatedProject(edition.root);
  });
  afterAll(async () => {
    await server?.close();
    if (dev && dev.exitCode === null) await new Promise((resolve) => dev!.once('exit', resolve).kill());
    rmSync(edition.root, { recursive: true, force: true });
  });

  it('removes the worker the build registered, and registers none', async () => {
    server = await serveDist();
    const { origin } = server;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await controlled(page);
    await server.close();
    server = undefined;

    // The dev server on the same host and port (astro preview and astro dev share localhost:4321).
    const { hostname, port } = new URL(origin);
    dev = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', hostname, '--port', port], {
      cwd: edition.root,
      stdio: 'ignore',
      env: astroEnv(),
    });
    await expect
      .poll(
        () =>
          fetch(`${origin}/`).then(
            (r) => r.ok,
            () => false,
          ),
        { timeout: 60_000, interval: 250 },
      )
      .toBe(true);

    // The old worker answers from its copy; the browser fetches sw.js from the dev server, which removes it and reloads the page.
    await page.goto(`${origin}/chapter-2/`);
    const fromDevServer = () => page.evaluate(() => document.querySelector('script[src*="/@vite/client"]') !== null);
    await expect.poll(() => fromDevServer().catch(() => false), { timeout: 60_000 }).toBe(true);

    // A page of the dev server, loaded and given time to register one, has no worker.
    const next = await context.newPage();
    await next.goto(`${origin}/chapter-3/`, { waitUntil: 'load' });
    await next.waitForTimeout(1000);
    expect(await next.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
    expect(await next.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await context.close();
  }, 120_000);
});
