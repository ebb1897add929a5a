/**
 * npm test [-- <filter>…]: the whole suite, in layers (vitest.config.ts):
 * unit tests, tests of the built site, browser tests. The site is built
 * first unless dist/ is current for this checkout, and Chromium is installed
 * only when a browser test is to run (test/setup/). Without a filter the
 * code is linted (npm run lint) and the .astro files are type-checked too
 * (vitest never compiles them).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNodeVersion, runNodeScript } from './lib/run.ts';

assertNodeVersion();
const filters = process.argv.slice(2);
const report = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
try {
  if (filters.length === 0) {
    runNodeScript('scripts/lint.ts', []);
    runNodeScript('node_modules/astro/bin/astro.mjs', ['check']);
  }
  runNodeScript('node_modules/vitest/vitest.mjs', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...filters]);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  printTotals();
}

/** One plain closing line, whatever reporter CI reads. */
function printTotals(): void {
  try {
    const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8')) as Record<string, number>;
    console.log(`\n${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
  } catch {
    // Nothing ran (the type check failed); its error is printed above.
  }
}
