/**
 * npm run bench: what the edition costs, against a yardstick measured in the
 * same run. At ×1 (the edition) and ×10 (a synthetic edition ten times
 * larger), each built clean several times, alternating with the yardstick,
 * a stock Starlight site of the same content (bench/starlight-site.ts), and
 * with two bare Astro sites as floors (bench/reference-site.ts): medians,
 * spreads and the ratios. Then, on the edition's own build: the size of dist/ and of the
 * offline copy a first visit downloads, the weight of each page type (HTML,
 * CSS, JavaScript before interaction, gzip) and a cold and a warm search in
 * Chromium.
 *
 * Exits non-zero when a page-weight or transfer budget (bench/budgets.ts) is
 * exceeded; build and search times are reported against their targets, not
 * failed on (this machine is too noisy for a time to be a verdict).
 * Everything is built in temporary folders; dist/ and content/ are untouched.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNodeVersion, ROOT } from './lib/run.ts';
import { isolatedProject } from './lib/isolated-project.ts';
import { checkBudgets, KB, TARGETS } from './bench/budgets.ts';
import { compareBuilds, type Comparison, type ReferenceName, type Timing } from './bench/builds.ts';
import { editionFigures, type EditionFigures } from './bench/edition-figures.ts';
import { TRANSFER_PARTS } from './bench/search.ts';
import { referenceSite } from './bench/reference-site.ts';
import { installStarlight, starlightSite } from './bench/starlight-site.ts';
import { syntheticEdition } from './bench/synthetic.ts';

assertNodeVersion();
const TIMES = Number(process.env.BENCH_TIMES ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Scale {
  name: string;
  builds: Comparison;
  figures: EditionFigures;
}

/** A project of its own for the content of `editionRoot` (the real edition is copied, never built in place). */
function projectFor(editionRoot: string | undefined): string {
  const root = editionRoot ?? mkdtempSync(join(tmpdir(), 'edition-x1-'));
  if (!editionRoot) cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  isolatedProject(root);
  return root;
}

async function measure(name: string, editionRoot: string | undefined, env: NodeJS.ProcessEnv, starlight: string): Promise<Scale> {
  const edition = projectFor(editionRoot);
  const references = { starlight: starlightSite(starlight, edition), default: referenceSite(edition, 'default'), unified: referenceSite(edition, 'unified') };
  try {
    console.log(`${name}: ${RUNS} clean builds each of the edition, the Starlight site and the two bare Astro sites, alternating …`);
    const builds = compareBuilds(edition, references, RUNS, env);
    console.log(`${name}: page weights and search in Chromium …`);
    return { name, builds, figures: await editionFigures(join(edition, 'dist')) };
  } finally {
    rmSync(edition, { recursive: true, force: true });
    for (const reference of Object.values(references)) rmSync(reference, { recursive: true, force: true });
  }
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const spread = (t: Timing) => `${s(t.median)} s (${s(t.min)}–${s(t.max)})`;
const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : (bytes / KB).toFixed(1));
const mark = (ok: boolean) => (ok ? '✓' : '✗');

function table(rows: string[][]): string {
  const width = (cell: string) => [...cell].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => width(row[col]!))));
  return rows
    .map(
      (row, i) =>
        `${row.map((cell, col) => cell + ' '.repeat(widths[col]! - width(cell))).join('  ')}${i === 0 ? `\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : ''}`,
    )
    .join('\n');
}

const ratio = (x: Scale, reference: ReferenceName = 'starlight') => x.builds.edition.median / x.builds.reference[reference].median;

function report(scales: Scale[]): void {
  const [one, big] = scales as [Scale, Scale | undefined];
  const builds: string[][] = [['clean build (median, fastest–slowest)', ...scales.map((x) => x.name)]];
  builds.push(['edition: astro build', ...scales.map((x) => spread(x.builds.edition))]);
  for (const step of one.builds.steps.keys())
    builds.push([`  of which ${step}`, ...scales.map((x) => (x.builds.steps.get(step) ? spread(x.builds.steps.get(step)!) : '—'))]);
  builds.push(['yardstick: stock Starlight, same content', ...scales.map((x) => spread(x.builds.reference.starlight))]);
  builds.push(['ratio edition / Starlight', ...scales.map((x) => `${ratio(x).toFixed(2)}×`)]);
  builds.push(['floor: bare Astro, same MDX', ...scales.map((x) => spread(x.builds.reference.default))]);
  builds.push(['ratio edition / bare Astro', ...scales.map((x) => `${ratio(x, 'default').toFixed(2)}×`)]);
  builds.push(['floor: bare Astro with the unified engine (remark plugins need it)', ...scales.map((x) => spread(x.builds.reference.unified))]);
  builds.push(['ratio edition / unified bare Astro', ...scales.map((x) => `${ratio(x, 'unified').toFixed(2)}×`)]);
  builds.push(['dist/ size (KB), files', ...scales.map((x) => `${kb(x.figures.distBytes)}, ${x.figures.distFiles}`)]);
  builds.push(['offline copy, first visit (KB transferred), files', ...scales.map((x) => `${kb(x.figures.offline.bytes)}, ${x.figures.offline.files}`)]);

  const pages: string[][] = [['page type (KB gzip)', ...scales.flatMap((x) => [`${x.name} pages`, 'HTML', 'CSS', 'JS'])]];
  for (const type of one.figures.types) {
    pages.push([
      type.type,
      ...scales.flatMap((x) => {
        const t = x.figures.types.find((other) => other.type === type.type);
        return [String(t?.pages ?? '—'), kb(t?.html), kb(t?.css), kb(t?.js)];
      }),
    ]);
  }

  const search: string[][] = [['search in Chromium', ...scales.map((x) => x.name)]];
  search.push([
    'cold: search:start → results (median, fastest–slowest)',
    ...scales.map(
      ({
        figures: {
          search: { cold },
        },
      }) => `${Math.round(cold.ms)} ms (${Math.round(cold.fastest)}–${Math.round(cold.slowest)})`,
    ),
  ]);
  search.push(['cold: transferred, page included (KB)', ...scales.map((x) => kb(x.figures.search.cold.bytes))]);
  for (const [part] of TRANSFER_PARTS) search.push([`  of which ${part}`, ...scales.map((x) => kb(x.figures.search.cold.parts.get(part)))]);
  for (const query of one.figures.search.byQuery.keys()) {
    search.push([
      `cold “${query}”: transferred (KB), results`,
      ...scales.map((x) => `${kb(x.figures.search.byQuery.get(query)?.bytes)}, ${x.figures.search.byQuery.get(query)?.results ?? '—'}`),
    ]);
  }
  search.push(['warm: time (ms), transferred (KB)', ...scales.map((x) => `${Math.round(x.figures.search.warm.ms)} ms, ${kb(x.figures.search.warm.bytes)} KB`)]);

  console.log(`\n${table(builds)}\n\n${table(pages)}\n\n${table(search)}\n`);
  console.log('HTML: the largest page of each type; CSS and JavaScript: loaded before any interaction, measured in Chromium on its largest pages.');
  console.log('Transfers count text files gzip-compressed and Pagefind’s files as stored (they are compressed already).');

  const targets = [
    [
      `build ≤ ${TARGETS.buildRatio[0]}× Starlight at ×1`,
      ratio(one) <= TARGETS.buildRatio[0],
      `${ratio(one).toFixed(2)}× (${ratio(one, 'default').toFixed(2)}× bare Astro)`,
    ],
    [
      `cold search ≤ ${TARGETS.coldSearchMs[0]} ms at ×1`,
      one.figures.search.cold.ms <= TARGETS.coldSearchMs[0],
      `${Math.round(one.figures.search.cold.ms)} ms`,
    ],
  ] as [string, boolean, string][];
  if (big) {
    const growth = (t: (x: Scale) => Timing) => t(big).median / t(one).median;
    targets.push(
      [
        `build ≤ ${TARGETS.buildRatio[1]}× Starlight at ×${TIMES}`,
        ratio(big) <= TARGETS.buildRatio[1],
        `${ratio(big).toFixed(2)}× (${ratio(big, 'default').toFixed(2)}× bare Astro)`,
      ],
      [
        `build grows no steeper than Starlight's from ×1 to ×${TIMES}`,
        growth((x) => x.builds.edition) <= growth((x) => x.builds.reference.starlight),
        `edition ×${growth((x) => x.builds.edition).toFixed(2)}, Starlight ×${growth((x) => x.builds.reference.starlight).toFixed(2)} (bare Astro ×${growth((x) => x.builds.reference.default).toFixed(2)})`,
      ],
      [
        `cold search ≤ ${TARGETS.coldSearchMs[1]} ms at ×${TIMES}`,
        big.figures.search.cold.ms <= TARGETS.coldSearchMs[1],
        `${Math.round(big.figures.search.cold.ms)} ms`,
      ],
    );
  }
  console.log('Targets (timed: reported, not failed on):');
  for (const [name, ok, detail] of targets) console.log(`  ${mark(ok)} ${name}: ${detail}`);
}

async function main(): Promise<number> {
  const started = performance.now();
  console.log('Installing Starlight for the reference site …');
  const starlight = installStarlight();
  const scales: Scale[] = [];
  try {
    scales.push(await measure('×1', undefined, {}, starlight));
    if (TIMES > 1) {
      const root = syntheticEdition(ROOT, TIMES);
      // The synthetic edition is not the plan: its words are not compared with plan.txt.
      scales.push(await measure(`×${TIMES}`, root, { CHECK_PLAN_TEXT: '0' }, starlight));
    }
  } finally {
    rmSync(starlight, { recursive: true, force: true });
  }
  console.log(`Measured in ${Math.round((performance.now() - started) / 1000)} s.`);
  report(scales);

  const budgets = checkBudgets(scales[0]!.figures, scales[1]?.figures);
  console.log('Budgets (sizes: a failure fails the bench):');
  for (const b of budgets) console.log(`  ${mark(b.ok)} ${b.name}: ${b.detail}`);
  const failed = budgets.filter((b) => !b.ok);
  if (failed.length > 0) console.error(`\n${failed.length} budget(s) exceeded.`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
