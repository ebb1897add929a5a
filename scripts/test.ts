/**
 * npm test: the whole suite. Installs the Debian packages the browser tests
 * need if they are missing, builds the site, type-checks it, then runs every
 * vitest test (units, content, built output, search index, browser).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNodeVersion, ROOT, runNodeScript } from './lib/run.ts';

assertNodeVersion();
const deps = spawnSync('bash', [join(ROOT, 'scripts/install-test-deps.sh')], { stdio: 'inherit' });
if (deps.status !== 0) process.exit(deps.status ?? 1);

const report = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
try {
  runNodeScript('scripts/build.ts', []);
  // Type-checks .astro files too, which vitest never compiles.
  runNodeScript('node_modules/astro/bin/astro.mjs', ['check']);
  runNodeScript('node_modules/vitest/vitest.mjs', [
    'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2),
  ]);
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
    // The build failed before any test ran; its error is printed above.
  }
}
