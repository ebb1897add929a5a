/**
 * npm run build: checks the content and the cross-link lexicon, builds the
 * site with Astro, writes the cross-link report and indexes the site with
 * Pagefind. Set ASTRO_OUT_DIR to build into another folder.
 */
import { join } from 'node:path';
import { isolatedProject } from './lib/isolated-project.ts';
import { assertNodeVersion, ROOT, runNodeScript } from './lib/run.ts';

assertNodeVersion();
const outDir = process.env.ASTRO_OUT_DIR ?? join(ROOT, 'dist');

// CONTENT_ROOT builds another edition (a folder holding content/, e.g. the benchmark's) in a
// project of its own, so that its build state never mixes with a build of this one.
const cwd = process.env.CONTENT_ROOT ?? ROOT;
if (cwd !== ROOT) isolatedProject(cwd);

// CROSSLINKS=off (astro.config.mjs) builds without cross-links, so there is nothing to report.
const crosslinks = process.env.CROSSLINKS !== 'off';

const steps: [string, () => void][] = [
  ['content check', () => runNodeScript('scripts/check.ts', [])],
  ...(crosslinks ? [['cross-link check', () => runNodeScript('scripts/crosslinks.ts', ['check'], {}, cwd)] as [string, () => void]] : []),
  ['astro build', () => runNodeScript('node_modules/astro/bin/astro.mjs', ['build'], { ASTRO_OUT_DIR: outDir }, cwd)],
  ...(crosslinks ? [['cross-link report', () => runNodeScript('scripts/crosslinks.ts', ['report', outDir], {}, cwd)] as [string, () => void]] : []),
  // Pagefind, with small index chunks and its bundle trimmed (scripts/search-index.ts).
  ['pagefind', () => runNodeScript('scripts/search-index.ts', [outDir], {}, cwd)],
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
