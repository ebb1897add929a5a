/**
 * npm run lint: the code's formatting (Prettier), its lint rules (ESLint)
 * and dead code (knip: unused files, exports and dependencies). Each runs
 * even when one before it fails, so one run lists everything to fix.
 * `npm run format` rewrites the files Prettier would change.
 */
import { assertNodeVersion, runNodeTools } from './lib/run.ts';

assertNodeVersion();
const failed = await runNodeTools([
  { name: 'Prettier', script: 'node_modules/prettier/bin/prettier.cjs', args: ['--check', '--log-level=warn', '.'] },
  { name: 'ESLint', script: 'node_modules/eslint/bin/eslint.js', args: ['.'] },
  { name: 'knip', script: 'node_modules/knip/bin/knip.js', args: [] },
]);
if (failed.length > 0) {
  console.error(`lint failed: ${failed.join(', ')}. Formatting alone is fixed by npm run format.`);
  process.exitCode = 1;
}
