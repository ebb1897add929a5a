/**
 * The page-weight budgets (issue 6), checked by `npm run bench` on the real
 * edition and reported for the synthetic one:
 * - a reading page (chapter, project, term) ships at most 5 KB gzip of
 *   JavaScript before the reader interacts, and loads no search code;
 * - a chapter page's HTML+CSS (gzip) is within 1.5× its text (gzip) + 20 KB;
 * - a cold search transfers under 200 KB.
 */
import type { EditionFigures } from './edition-figures.ts';

export const KB = 1024;
export const READING_TYPES = ['章节 chapter', '专栏项目 project', '名词 term'];
export const JS_BUDGET = 5 * KB;
export const COLD_SEARCH_BUDGET = 200 * KB;
export const chapterBudget = (text: number) => 1.5 * text + 20 * KB;

export interface BudgetResult {
  name: string;
  ok: boolean;
  detail: string;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function checkBudgets(figures: EditionFigures): BudgetResult[] {
  const results: BudgetResult[] = [];
  for (const type of figures.types.filter((t) => READING_TYPES.includes(t.type))) {
    const worst = [...type.weighed].sort((a, b) => b.js - a.js)[0]!;
    results.push({ name: `${type.type}: JavaScript ≤ ${kb(JS_BUDGET)} before interaction`, ok: worst.js <= JS_BUDGET, detail: `${kb(worst.js)} (${worst.path})` });
    const search = type.weighed.flatMap((w) => w.loaded.filter((path) => path.startsWith('/pagefind/')).map((path) => `${w.path} → ${path}`));
    results.push({ name: `${type.type}: no search code until asked`, ok: search.length === 0, detail: search.length === 0 ? 'none loaded' : search.slice(0, 3).join('; ') });
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
  const cold = figures.search.cold;
  results.push({
    name: `cold search < ${kb(COLD_SEARCH_BUDGET)}`,
    ok: cold.bytes < COLD_SEARCH_BUDGET && cold.results > 0,
    detail: `${kb(cold.bytes)}, ${cold.results} results in ${Math.round(cold.ms)} ms`,
  });
  return results;
}
