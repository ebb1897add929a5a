/**
 * Cross-links at build time (scripts/build.ts runs both steps):
 *
 *   node scripts/crosslinks.ts check          before Astro: the lexicon's guards
 *                                             (shared aliases, names mislinking
 *                                             inside or across each other)
 *   node scripts/crosslinks.ts report <dist>  after Astro: writes the report
 *                                             (reports/<dist>/crosslinks.json,
 *                                             beside the build, unpublished) and
 *                                             fails on a link in a heading
 *
 * Both exit non-zero with the files to fix. CONTENT_DIR selects another
 * content folder, as for the site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LexiconError } from '../src/lib/crosslinks/lexicon.ts';
import { LINK_SCOPE } from '../src/lib/crosslinks/link.ts';
import { indexOccurrences } from '../src/lib/crosslinks/occurrences.ts';
import { buildReport, reportPath, type EntityReport } from '../src/lib/crosslinks/report.ts';
import { loadCrosslinkData } from '../src/lib/crosslinks/sources.ts';


function fail(error: unknown): never {
  console.error((error as Error).message);
  process.exit(1);
}

function check(): void {
  const { corpus, lexicon } = loadCrosslinkData();
  const { problems } = indexOccurrences(lexicon, corpus);
  if (problems.length > 0) throw new LexiconError(problems);
  console.log(`交叉链接名词表检查通过：${lexicon.entities.length} 个条目 (cross-link lexicon ok)`);
}

function report(outDir: string): void {
  const { corpus, lexicon } = loadCrosslinkData();
  const { report, problems } = buildReport(lexicon, corpus, outDir, LINK_SCOPE);
  const file = reportPath(outDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  if (problems.length > 0) throw new LexiconError(problems);
  const { totals } = report;
  const unlinked = (list: EntityReport[]) => list.filter((e) => e.links === 0).map((e) => `    ${e.name}：${e.reason}`);
  console.log(
    [
      `交叉链接：${totals.terms} 个名词共 ${totals.termLinks} 处链接，${totals.projects} 个项目共 ${totals.projectLinks} 处链接；报告 ${file}`,
      ...(totals.unlinkedTerms ? [`  未链接的名词 ${totals.unlinkedTerms} 个：`, ...unlinked(report.terms)] : []),
      ...(totals.unlinkedProjects ? [`  未链接的项目 ${totals.unlinkedProjects} 个：`, ...unlinked(report.projects)] : []),
    ].join('\n'),
  );
}

const [command, dir] = process.argv.slice(2);
try {
  if (command === 'check') check();
  else if (command === 'report' && dir) report(resolve(dir));
  else fail('用法 (usage): node scripts/crosslinks.ts check | report <dist 目录>');
} catch (error) {
  fail(error);
}
