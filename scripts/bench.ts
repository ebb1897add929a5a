/**
 * npm run bench: builds the edition and prints what it costs — build time
 * per step, the size of the build, the weight of each page type (HTML, CSS,
 * JavaScript before interaction, gzip) and a cold and a warm search in
 * Chromium — then the same for a synthetic edition ten times larger, with
 * how each figure grows. Checks the page-weight budgets (bench/budgets.ts)
 * and exits non-zero when one is exceeded. Builds go to temporary folders
 * (dist-bench-*); dist/ and content/ are not touched.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { importFiles } from './import/index.ts';
import { assertNodeVersion, ROOT } from './lib/run.ts';
import { checkBudgets, KB } from './bench/budgets.ts';
import { editionFigures, timedBuild, type EditionFigures } from './bench/edition-figures.ts';
import { syntheticEdition } from './bench/synthetic.ts';

assertNodeVersion();
const TIMES = Number(process.env.BENCH_TIMES ?? 10);

function timeImport(): number {
  const source = readFileSync(join(ROOT, 'content/source/plan.txt'), 'utf8');
  const started = performance.now();
  importFiles(source);
  return Math.round(performance.now() - started);
}

const kb = (bytes: number) => (bytes / KB).toFixed(1);
const ms = (value: number | undefined) => (value === undefined ? '—' : String(Math.round(value)));
const growth = (a: number | undefined, b: number | undefined) => (a && b !== undefined ? `×${(b / a).toFixed(1)}` : '—');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => [...row[col]!].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0))));
  const pad = (cell: string, width: number) => cell + ' '.repeat(width - [...cell].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0));
  return rows.map((row, i) => `${row.map((cell, col) => pad(cell, widths[col]!)).join('  ')}${i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''}`).join('\n');
}

const size = (n: number | undefined) => (n === undefined ? '—' : kb(n));
const count = (n: number | undefined) => (n === undefined ? '—' : String(n));

function report(real: EditionFigures & { importMs: number }, big: EditionFigures | undefined): void {
  const x = `×${TIMES}`;
  const build: string[][] = [['build', 'edition', `${x} edition`, 'growth']];
  const add = (rows: string[][], name: string, a: number | undefined, b: number | undefined, format: (n: number | undefined) => string) =>
    rows.push([name, format(a), big ? format(b) : '—', big ? growth(a, b) : '—']);
  add(build, 'import (ms)', real.importMs, undefined, ms);
  for (const step of new Set([...real.steps.keys(), ...(big?.steps.keys() ?? [])])) add(build, `${step} (ms)`, real.steps.get(step), big?.steps.get(step), ms);
  add(build, 'dist/ size (KB)', real.distBytes, big?.distBytes, size);
  add(build, 'dist/ files', real.distFiles, big?.distFiles, count);

  const pages: string[][] = [['page type', 'pages', 'HTML', 'CSS', 'JS', `${x} pages`, `${x} HTML`, `${x} CSS`, `${x} JS`, 'HTML growth']];
  for (const type of real.types) {
    const other = big?.types.find((t) => t.type === type.type);
    pages.push([type.type, count(type.pages), size(type.html), size(type.css), size(type.js), count(other?.pages), size(other?.html), size(other?.css), size(other?.js), growth(type.html, other?.html)]);
  }

  const search: string[][] = [['search in Chromium', 'edition', `${x} edition`, 'growth']];
  add(search, 'cold: transferred (KB)', real.search.cold.bytes, big?.search.cold.bytes, size);
  add(search, 'cold: time (ms)', real.search.cold.ms, big?.search.cold.ms, ms);
  add(search, 'warm: transferred (KB)', real.search.warm.bytes, big?.search.warm.bytes, size);
  add(search, 'warm: time (ms)', real.search.warm.ms, big?.search.warm.ms, ms);

  console.log(`\n${table(build)}\n\n${table(pages)}\n\n${table(search)}\n`);
  console.log('Page weights in KB gzip: HTML of the largest page of each type; CSS and JavaScript (before any interaction) measured in Chromium on its largest pages.');
  console.log('Transfers count text files gzip-compressed and Pagefind’s files as stored (they are compressed already).');
  if (big) console.log(`The ${x} edition repeats the plan’s content under new file names; its content is generated, not imported, and is checked without the plan-text comparison.`);
}

async function main(): Promise<number> {
  // Inside the project: Astro keeps a build's prerender chunks beside an outDir within the working
  // directory, but in the shared .astro/ for one outside it, where parallel builds collide.
  const work = mkdtempSync(join(ROOT, 'dist-bench-'));
  try {
    const started = performance.now();
    const elapsed = () => `${Math.round((performance.now() - started) / 1000)} s`;
    console.log('Building and measuring the edition …');
    const importMs = timeImport();
    const dist = join(work, 'dist');
    const real = { ...(await editionFigures(dist, timedBuild({ ASTRO_OUT_DIR: dist }))), importMs };

    let big: EditionFigures | undefined;
    if (TIMES > 1) {
      console.log(`Building and measuring a synthetic edition ${TIMES} times larger (${elapsed()}) …`);
      // Built as a project of its own (scripts/build.ts with CONTENT_ROOT).
      const root = syntheticEdition(ROOT, TIMES);
      const bigDist = join(root, 'dist');
      big = await editionFigures(bigDist, timedBuild({ ASTRO_OUT_DIR: bigDist, CONTENT_ROOT: root, CHECK_PLAN_TEXT: '0' }));
      rmSync(root, { recursive: true, force: true });
    }

    console.log(`Measured in ${elapsed()}.`);
    report(real, big);
    const budgets = checkBudgets(real);
    console.log('Budgets (the edition):');
    for (const b of budgets) console.log(`  ${b.ok ? '✓' : '✗'} ${b.name}: ${b.detail}`);
    if (big) {
      console.log(`Budgets (×${TIMES} edition, for information):`);
      for (const b of checkBudgets(big)) console.log(`  ${b.ok ? '✓' : '✗'} ${b.name}: ${b.detail}`);
    }
    const failed = budgets.filter((b) => !b.ok);
    if (failed.length > 0) console.error(`\n${failed.length} budget(s) exceeded.`);
    return failed.length > 0 ? 1 : 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = await main();
