/**
 * npm run build: checks the content, builds the site with Astro and indexes
 * it with Pagefind. Set ASTRO_OUT_DIR to build into another folder.
 */
import { join } from 'node:path';
import { assertNodeVersion, ROOT, runNodeScript } from './lib/run.ts';

assertNodeVersion();
const outDir = process.env.ASTRO_OUT_DIR ?? join(ROOT, 'dist');

const steps: [string, () => void][] = [
  ['content check', () => runNodeScript('scripts/check.ts', [])],
  ['astro build', () => runNodeScript('node_modules/astro/bin/astro.mjs', ['build'], { ASTRO_OUT_DIR: outDir })],
  ['pagefind', () => runNodeScript('node_modules/pagefind/lib/runner/bin.cjs', ['--site', outDir])],
];

for (const [name, step] of steps) {
  const started = performance.now();
  try {
    step();
  } catch (error) {
    console.error(`构建失败（${name}）：${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`✓ ${name} (${Math.round(performance.now() - started)} ms)`);
}
