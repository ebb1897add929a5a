/** The usual browser-test setup: the build served on loopback and one Chromium for the file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type StaticServer } from './server.ts';

export interface ServedSite {
  origin: string;
  browser: Browser;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled in before the tests run. */
export function servedSite(dir?: string): ServedSite {
  const site = {} as ServedSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveDist(dir);
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
