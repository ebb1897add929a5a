/**
 * npm test: the whole suite. Installs the Debian packages the browser tests
 * need if they are missing, builds the site, then runs every vitest test
 * (units, content, built output, search index, browser).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { assertNodeVersion, ROOT, runNodeScript } from './lib/run.ts';

assertNodeVersion();
const deps = spawnSync('bash', [join(ROOT, 'scripts/install-test-deps.sh')], { stdio: 'inherit' });
if (deps.status !== 0) process.exit(deps.status ?? 1);

try {
  runNodeScript('scripts/build.ts', []);
  runNodeScript('node_modules/vitest/vitest.mjs', ['run', ...process.argv.slice(2)]);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
