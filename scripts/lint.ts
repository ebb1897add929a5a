/**
 * npm run lint: the code's formatting (Prettier), its lint rules (ESLint)
 * and dead code (knip: unused files, exports and dependencies). Each runs
 * even when one before it fails, so one run lists everything to fix.
 * `npm run format` rewrites the files Prettier would change.
 */
import { assertNodeVersion, runNodeScript } from './lib/run.ts';

assertNodeVersion();
const TOOLS: [name: string, script: string, args: string[]][] = [
  ['Prettier', 'node_modules/prettier/bin/prettier.cjs', ['--check', '--log-level=warn', '.']],
  ['ESLint', 'node_modules/eslint/bin/eslint.js', ['.']],
  ['knip', 'node_modules/knip/bin/knip.js', []],
];
const failed = TOOLS.filter(([, script, args]) => {
  try {
    runNodeScript(script, args);
    return false;
  } catch {
    return true;
  }
}).map(([name]) => name);
if (failed.length > 0) {
  console.error(`lint failed: ${failed.join(', ')}. Formatting alone is fixed by npm run format.`);
  process.exitCode = 1;
}
