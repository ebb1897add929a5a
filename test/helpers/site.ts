/** The usual browser-test setup: the build served on loopback and one Chromium for the file. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export type ContextOptions = Parameters<Browser['newContext']>[0];

export interface ServedSite {
  origin: string;
  browser: Browser;
  /** A page of the site in a fresh context (close the context when done); `prepare` runs on the context before the page loads. */
  open(path: string, options?: ContextOptions, prepare?: (context: BrowserContext) => Promise<void>): Promise<{ context: BrowserContext; page: Page }>;
}

/**
 * Registers beforeAll/afterAll hooks; the returned object is filled in before
 * the tests run. `serve` starts the server: dist/ as it is by default.
 */
export function servedSite(serve: () => Promise<StaticServer> = () => serveDist()): ServedSite {
  const site = {
    async open(path: string, options: ContextOptions = {}, prepare?: (context: BrowserContext) => Promise<void>) {
      const context = await site.browser.newContext(options);
      await prepare?.(context);
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      return { context, page };
    },
  } as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serve();
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
