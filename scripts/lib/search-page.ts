/**
 * The search page's own signal that a search has finished: its results
 * region (search-page.ts) carries the query and `data-state="done"`. For the
 * tests and the bench, which drive the page in Chromium. The wait ends on
 * that signal; its time limit is only for a page that never gives it, and is
 * generous because a busy machine (CI, a build beside it) is slow.
 */
import type { Page } from 'playwright-core';

export async function searchSettled(page: Page, query: string, { timeout = 60_000, orError = false } = {}): Promise<void> {
  await page.waitForFunction(
    ([q, error]) => {
      const region = document.querySelector<HTMLElement>('[data-search-region]');
      const state = region?.dataset['state'];
      return region?.dataset['query'] === q && (state === 'done' || (error && state === 'error'));
    },
    [query, orError] as const,
    { timeout },
  );
}
