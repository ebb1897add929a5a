/**
 * The build's search index step: node scripts/search-index.ts <built site>.
 * Runs Pagefind over the site with small index chunks, then trims the bundle
 * (scripts/lib/pagefind-bundle.ts). Together with the search page's own
 * choices (src/components/search/load.ts) this keeps a cold search under the
 * 200 KB budget (scripts/bench/budgets.ts).
 */
import { join } from 'node:path';
import { runNodeScript } from './lib/run.ts';
import { slimBundle } from './lib/pagefind-bundle.ts';

/**
 * Pagefind's index chunk size, in word positions (Pagefind's default: 20000).
 * A search loads the chunks holding its words' first characters (一网通办 →
 * 一, 网, 通, 办), so smaller chunks mean fewer bytes per search at the cost
 * of a few more requests and a slightly larger metadata file: on this edition,
 * 2000 makes chunks of about 4 KB instead of 30 KB. Pagefind 1.6 reads it
 * from the environment only (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE); the index
 * test (test/search/index.test.ts) fails if a Pagefind update ignores it.
 */
export const INDEX_CHUNK_SIZE = 2000;

export function buildSearchIndex(site: string): void {
  runNodeScript('node_modules/pagefind/lib/runner/bin.cjs', ['--site', site], { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) }, process.cwd());
  const report = slimBundle(join(site, 'pagefind'));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `Search bundle: ${report.fragments} pages' data ${kb(report.fragmentBytesBefore)} → ${kb(report.fragmentBytesAfter)} ` +
      `(paragraph text no longer stored twice); ${report.chunks} index chunks, ${report.widened} ranges widened for prefix matches.`,
  );
}

if (import.meta.main) {
  const site = process.argv[2];
  if (!site) {
    console.error('用法：node scripts/search-index.ts <构建目录>（例如 dist）');
    process.exit(1);
  }
  buildSearchIndex(site);
}
