/**
 * The budgets `npm run bench` checks, all of them sizes (a time on this
 * machine is a reading, not a verdict):
 * - a reading page (chapter, project, term) ships at most 5 KB gzip of
 *   JavaScript before the reader interacts, and loads no search code;
 * - a chapter page's HTML+CSS (gzip) is within 1.5× its text (gzip) + 20 KB;
 * - a cold search transfers under 200 KB, page included, and at ×10 at most
 *   1.25× what it does at ×1: what a search loads must not grow with the
 *   edition. Both are judged on every query of GROWTH_QUERIES (search.ts):
 *   one query can be cheap for reasons of its own.
 * The timed targets (TARGETS) are reported beside them.
 */
import type { EditionFigures } from './edition-figures.ts';

export const KB = 1024;
export const READING_TYPES = ['章节 chapter', '专栏项目 project', '名词 term'];
export const JS_BUDGET = 5 * KB;
export const COLD_SEARCH_BUDGET = 200 * KB;
export const chapterBudget = (text: number) => 1.5 * text + 20 * KB;
export const COLD_SEARCH_GROWTH = 1.25;

/** Timed targets, [at ×1, at ×10]: the build against the reference site, the cold search in ms. */
export const TARGETS = { buildRatio: [1.25, 1.5], coldSearchMs: [150, 250] } as const;

export interface BudgetResult {
  name: string;
  ok: boolean;
  detail: string;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function checkBudgets(figures: EditionFigures, larger?: EditionFigures): BudgetResult[] {
  const results: BudgetResult[] = [];
  for (const type of figures.types.filter((t) => READING_TYPES.includes(t.type))) {
    const worst = [...type.weighed].sort((a, b) => b.js - a.js)[0]!;
    results.push({
      name: `${type.type}: JavaScript ≤ ${kb(JS_BUDGET)} before interaction`,
      ok: worst.js <= JS_BUDGET,
      detail: `${kb(worst.js)} (${worst.path})`,
    });
    const search = type.weighed.flatMap((w) => w.loaded.filter((path) => path.startsWith('/pagefind/')).map((path) => `${w.path} → ${path}`));
    results.push({
      name: `${type.type}: no search code until asked`,
      ok: search.length === 0,
      detail: search.length === 0 ? 'none loaded' : search.slice(0, 3).join('; '),
    });
  }
  const chapters = figures.types.find((t) => t.type === '章节 chapter');
  for (const page of chapters?.weighed ?? []) {
    const budget = chapterBudget(page.text);
    results.push({
      name: `章节 chapter ${page.path}: HTML+CSS ≤ 1.5 × text + 20 KB`,
      ok: page.html + page.css <= budget,
      detail: `${kb(page.html + page.css)} ≤ ${kb(budget)} (text ${kb(page.text)})`,
    });
  }
  // A cold search that found nothing would be cheap for the wrong reason.
  const queries = [...figures.search.byQuery];
  const heaviest = queries.reduce((a, b) => (b[1].bytes > a[1].bytes ? b : a));
  results.push({
    name: `cold search < ${kb(COLD_SEARCH_BUDGET)}, for each of ${queries.length} queries`,
    ok: queries.every(([, run]) => run.bytes < COLD_SEARCH_BUDGET && run.results > 0),
    detail: `most ${kb(heaviest[1].bytes)} (${heaviest[0]}); ${queries.map(([query, run]) => `${query} ${kb(run.bytes)}`).join(', ')}`,
  });
  if (larger) {
    // Judged on the query that grows most: one query's ×10 results may happen to be short pages (search.ts).
    const growths = queries.map(([query, run]) => {
      const big = larger.search.byQuery.get(query)!;
      return { query, growth: big.bytes / run.bytes, found: run.results > 0 && big.results > 0 };
    });
    const worst = growths.reduce((a, b) => (b.growth > a.growth ? b : a));
    results.push({
      name: `cold search at ×10 ≤ ${COLD_SEARCH_GROWTH}× the bytes at ×1, for each of ${growths.length} queries`,
      ok: growths.every((g) => g.growth <= COLD_SEARCH_GROWTH && g.found),
      detail: `most ×${worst.growth.toFixed(2)} (${worst.query}); ${growths.map((g) => `${g.query} ×${g.growth.toFixed(2)}`).join(', ')}`,
    });
  }
  return results;
}
