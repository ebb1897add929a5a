/**
 * npm test [-- <filter>…]: the whole suite, in layers (vitest.config.ts):
 * unit tests, tests of the built site, browser tests. The site is built
 * first unless dist/ is current for this checkout, and Chromium is installed
 * only when a browser test is to run (test/setup/). Without a filter the
 * code is linted (npm run lint) and the .astro files are type-checked too
 * (vitest never compiles them), side by side.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNodeVersion, runNodeScript, runNodeTools } from './lib/run.ts';

assertNodeVersion();
const filters = process.argv.slice(2);
const report = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
try {
  if (filters.length === 0) {
    const failed = await runNodeTools([
      { name: 'npm run lint', script: 'scripts/lint.ts', args: [] },
      { name: 'astro check', script: 'node_modules/astro/bin/astro.mjs', args: ['check'] },
    ]);
    if (failed.length > 0) throw new Error(`${failed.join(', ')} failed`);
  }
  runNodeScript('node_modules/vitest/vitest.mjs', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...filters]);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  printTotals();
}

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  testResults: { status: string; assertionResults: { status: string }[] }[];
}

/**
 * One plain closing line, whatever reporter CI reads. A test file that
 * failed outside its tests (a hook that timed out, an import that threw)
 * counts as one failure: its tests are only reported as skipped.
 */
function printTotals(): void {
  try {
    const { numPassedTests, numFailedTests, numPendingTests, testResults } = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
    const failedFiles = testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
    console.log(`\n${numPassedTests} passed, ${numFailedTests + failedFiles} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
  } catch {
    // Nothing ran (the type check failed); its error is printed above.
  }
}
