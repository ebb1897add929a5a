/**
 * The budgets `npm run bench` checks, all of them sizes (a time on this
 * machine is a reading, not a verdict):
 * - a reading page (chapter, project, term) ships at most 5 KB gzip of
 *   JavaScript before the reader interacts, and loads no search code;
 * - a chapter page's HTML+CSS (gzip) is within 1.5× its text (gzip) + 20 KB;
 * - a cold search finds something for every query of GROWTH_QUERIES
 *   (search.ts): one that found nothing would look cheap for the wrong reason.
 * What a cold search transfers is reported, query by query, not budgeted: it
 * loads 0.4–0.6× the bytes of a stock Starlight site of the same content at
 * ×1 and 0.1–0.2× at ×10, and a per-page byte budget had pushed the CSP
 * towards hashing whatever a page held (retired 2026-12-07).
 * The timed targets (TARGETS) are reported beside them.
 */
import type { EditionFigures } from './edition-figures.ts';

export const KB = 1024;
export const READING_TYPES = ['章节 chapter', '专栏项目 project', '名词 term'];
export const JS_BUDGET = 5 * KB;
export const chapterBudget = (text: number) => 1.5 * text + 20 * KB;

/** Timed targets, [at ×1, at ×10]: the build against the Starlight site of the same content, the cold search in ms. */
export const TARGETS = { buildRatio: [1.0, 1.0], coldSearchMs: [150, 250] } as const;

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
  const searches = [...figures.search.byQuery, ...(larger ? [...larger.search.byQuery].map(([query, run]) => [`${query} (×10)`, run] as const) : [])];
  const empty = searches.filter(([, run]) => run.results === 0).map(([query]) => query);
  results.push({
    name: `cold search finds something, for each of ${searches.length} queries`,
    ok: empty.length === 0,
    detail: empty.length === 0 ? 'all found' : `nothing for ${empty.join('、')}`,
  });
  return results;
}
