import { defineConfig } from 'vitest/config';

/**
 * Three layers (docs/architecture.md): `unit` needs no build; `site` reads the
 * built dist/ and builds copies of the edition; `browser` drives Chromium
 * against dist/. The last two build dist/ first unless it is current.
 */
export default defineConfig({
  test: {
    // Browser tests start Chromium and a static server; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // expect.poll() ends as soon as the page shows what it waits for; its limit (1 s by default) is only for a page
    // that never does, and a machine busy with another build needs more.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // The unit tests mock nothing and keep no state between files: one module cache per worker saves each
          // file from importing the edition layer and its parsers again.
          isolate: false,
          include: ['test/src/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/content/**/*.test.ts', 'test/github/**/*.test.ts'],
          exclude: ['test/src/integrations/**', '**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/search/**/*.test.ts', 'test/src/integrations/**/*.test.ts'],
          exclude: ['**/*.browser.test.ts'],
          globalSetup: ['test/setup/built-site.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/**/*.browser.test.ts'],
          globalSetup: ['test/setup/built-site.ts', 'test/setup/chromium.ts'],
        },
      },
    ],
  },
});
