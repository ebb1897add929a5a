/**
 * Ranks pages and the passages in them for a query, on the text Pagefind
 * returns. Pagefind finds the candidate pages; the order is decided here,
 * because Pagefind's own ranking of Chinese scores single characters (an
 * unquoted 一网通办 rewards any page full of 网 and 办) and ranks every exact
 * phrase match the same.
 *
 * - A name (term, project, indicator …) or quoted phrase counts only where it
 *   stands verbatim (in normal form).
 * - A keyword counts whole, or by the share of its characters that pairs in
 *   the passage cover (银行网点办事 → 银行…网点), discounted; a single
 *   character counts less inside a longer word (核 in 考核).
 * - Passages are scored, not pages: the words of a question must meet in one
 *   paragraph, and the result links to that paragraph.
 * - Rarer terms weigh more (BM25's idf over the passages at hand); headings
 *   and page titles that hold the query weigh more than text that mentions it;
 *   a question for a number or a date prefers passages that hold one, and a
 *   passage without one counts for half however many of its words it holds.
 * - A query made only of names puts the names' own pages first; a question
 *   about a name favours the name's page only if it answers the rest too.
 */
import type { QueryAnalysis } from './query.ts';
import { isHan, normalize } from '../../shared/normalize.ts';
import { pageText, type PageText, type Passage, type PagefindFragment } from './fragment.ts';

export interface Term {
  text: string;
  kind: 'phrase' | 'keyword';
  /** Character pairs of a Han keyword of 3+ characters; empty means: match the whole text only. */
  bigrams: string[];
  /**
   * The keyword stands whole in the text at hand: it is a word of the plan
   * (数据共享), so its characters found apart (数据整合共享) count for little
   * and are not marked.
   */
  word?: boolean;
}

export interface TermHit {
  /** Share of the term found, 0…1. */
  coverage: number;
  /** Spans [start, end) in the passage's normal form. */
  spans: [number, number][];
}

export interface PassageScore {
  passage: Passage;
  score: number;
  hits: TermHit[];
  /** Every term stands whole in the passage, and it holds a number or date if the question asks for one. */
  answers: boolean;
}

export interface RankedPage {
  page: PageText;
  fragment: PagefindFragment;
  score: number;
  /** Passages that match, best first. */
  passages: PassageScore[];
  /** Put first because the query names this page's entry (index in the query's names). */
  pinned: number | null;
  /** Fragment of the named entry on this page (indicator-5), if the name points into the page. */
  entryAnchor: string | null;
}

/** A keyword of three or more Han characters: one that may be found with its characters apart. */
export function isHanWord(keyword: string): boolean {
  const chars = [...keyword];
  return chars.length >= 3 && chars.every(isHan);
}

export function termsOf(analysis: QueryAnalysis): Term[] {
  const terms: Term[] = analysis.phrases.map((text) => ({ text, kind: 'phrase', bigrams: [] }));
  for (const text of analysis.keywords) {
    const chars = [...text];
    const bigrams = isHanWord(text) ? [...new Set(chars.slice(1).map((c, i) => chars[i]! + c))] : [];
    terms.push({ text, kind: 'keyword', bigrams });
  }
  return terms;
}

function occurrences(haystack: string, needle: string): [number, number][] {
  const spans: [number, number][] = [];
  if (!needle) return spans;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    spans.push([at, at + needle.length]);
  }
  return spans;
}

export function matchTerm(term: Term, text: string): TermHit {
  const whole = occurrences(text, term.text);
  if (whole.length > 0 || term.bigrams.length === 0) return { coverage: whole.length > 0 ? 1 : 0, spans: whole };
  // Share of the keyword's characters held by pairs the passage has: 银行网点办事
  // against “银行的网点” covers 银行 and 网点 (4 of 6) though the pairs that join
  // the words (行网, 点办) never occur.
  const chars = [...term.text];
  const covered = new Set<number>();
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const at = occurrences(text, chars[i]! + chars[i + 1]!);
    if (at.length === 0) continue;
    covered.add(i).add(i + 1);
    spans.push(...at);
  }
  // A pair here and there is chance (数目 in 社保卡持卡人数目标): count from half.
  // Pieces found apart are worth less than the keyword as typed (数据…中心 < 数据中心).
  const share = covered.size / chars.length;
  if (share < 0.5) return { coverage: 0, spans: [] };
  return term.word ? { coverage: APART_FROM_WORD * share, spans: [] } : { coverage: 0.85 * share, spans };
}

/**
 * What a word of the plan found with its characters apart is worth: less than
 * any heading's or title's bonus could lift above the word itself, so that
 * 数据共享 puts the passage holding it before 三、数据整合共享有序开展.
 */
const APART_FROM_WORD = 0.3;

/** Marks the keywords that stand whole somewhere in the passages at hand as words of the plan (Term.word). */
export function markWords(terms: readonly Term[], passages: readonly { text: string }[]): Term[] {
  return terms.map((t) => (t.kind === 'keyword' && t.bigrams.length > 0 && passages.some((p) => p.text.includes(t.text)) ? { ...t, word: true } : t));
}

/** How much a term says about a passage before rarity: names most, single characters least. */
function lengthWeight(term: Term): number {
  const length = [...term.text].length;
  if (term.kind === 'phrase') return 2 + Math.min(length, 8) * 0.25;
  if (length === 1) return 0.4;
  if (length === 2) return 1;
  if (length === 3) return 1.3;
  // Longer keywords are more specific (大数据中心汕头分节点 says more than 建成).
  return Math.min(2.5, 1.6 + 0.15 * (length - 4));
}

const HEADING = /^h[1-6]$/;

/**
 * A one-character keyword is worth less inside a longer word: 核 in
 * “8820 核 vCPU” answers 多少核, 核 in 考核 does not. Word boundaries are the
 * ones Pagefind's Chinese segmentation gave the page.
 */
function standsAlone(page: PageText, passage: Passage, span: [number, number]): boolean {
  const token = page.tokens[passage.tokenOf[span[0]]!] ?? '';
  return normalize(token).length === span[1] - span[0];
}

/** What a passage without the number or date a question asks for is worth: it does not answer it. */
const WITHOUT_WANTED = 0.5;
/** 多少 / 几个 ask for a number, 什么时候 for a date: passages that hold one are likelier answers. */
const NUMBER = /\d/;
const DATE = /\d{4}\s*年|\d{1,2}\s*月/;

function scorePassage(page: PageText, passage: Passage, terms: readonly Term[], weights: readonly number[], wants: QueryAnalysis['wants']): PassageScore {
  const hits = terms.map((t) => {
    const hit = matchTerm(t, passage.text);
    if (t.kind === 'keyword' && [...t.text].length === 1 && isHan(t.text) && hit.coverage > 0) {
      if (!hit.spans.some((span) => standsAlone(page, passage, span))) hit.coverage = 0.35;
    }
    return hit;
  });
  let score = 0;
  hits.forEach((hit, i) => {
    if (hit.coverage === 0) return;
    const frequency = 1 + 0.2 * Math.log(Math.max(1, hit.spans.length / Math.max(1, terms[i]!.bigrams.length || 1)));
    score += weights[i]! * hit.coverage * frequency;
  });
  const all = hits.every((h) => h.coverage >= 0.99);
  if (terms.length > 1 && all) score *= 1.5;
  // A heading that holds the query says the passage is about it.
  if (passage.element && HEADING.test(passage.element)) {
    const headingLength = normalize(passage.anchorText).length;
    if (hits.some((h) => h.spans.some(([, end]) => end <= headingLength))) score *= 1.3;
  }
  if (!wants) return { passage, score, hits, answers: all };
  const words = page.tokens.slice(passage.start, passage.end).join('');
  const holds = (wants === 'number' && NUMBER.test(words)) || (wants === 'date' && DATE.test(words));
  // Asked how many, a passage that holds the words but no number does not answer, on the named page either:
  // it counts for half, below one that holds the main words and the number (粤省事…434 万 before 粤省事…注册用户数 with none).
  if (score > 0) score *= holds ? 1.25 : WITHOUT_WANTED;
  return { passage, score, hits, answers: all && holds };
}

export interface RankOptions {
  /** Pages of the entries named in the query: path (and fragment) per name, in query order. */
  entryUrls: readonly string[];
}

function splitUrl(url: string): { path: string; hash: string | null } {
  const at = url.indexOf('#');
  return at === -1 ? { path: url, hash: null } : { path: url.slice(0, at), hash: url.slice(at + 1) };
}

function within(id: string | null, hash: string): boolean {
  return id !== null && (id === hash || id.startsWith(`${hash}-`));
}

/** Scores every page; pages where nothing matches are dropped. */
export function rankPages(fragments: readonly PagefindFragment[], analysis: QueryAnalysis, options: RankOptions): RankedPage[] {
  const pages = fragments.map((fragment) => ({ fragment, page: pageText(fragment) }));
  const all = pages.flatMap(({ page }) => page.passages);
  const terms = markWords(termsOf(analysis), all);
  if (terms.length === 0) return [];

  // Rarity of each term among the passages at hand (BM25 idf).
  const weights = terms.map((term) => {
    const df = all.filter((p) => matchTerm(term, p.text).coverage > 0).length;
    const idf = Math.log(1 + (all.length - df + 0.5) / (df + 0.5));
    return lengthWeight(term) * idf;
  });
  const entries = options.entryUrls.map(splitUrl);
  const queryText = terms.map((t) => t.text).join('');

  const ranked: RankedPage[] = [];
  for (const { fragment, page } of pages) {
    const path = splitUrl(fragment.url).path;
    const entryIndex = entries.findIndex((e) => e.path === path);
    const entryHash = entryIndex === -1 ? null : entries[entryIndex]!.hash;

    const scored = page.passages.map((p) => scorePassage(page, p, terms, weights, analysis.wants));
    if (entryHash) {
      // The named entry is a part of this page: its passages are the answer to
      // the name alone, and a better answer than others to a question about it.
      for (const s of scored) {
        if (!within(s.passage.id, entryHash)) continue;
        if (analysis.complete) s.score = s.score * 2 + 5;
        else if (s.answers) s.score = s.score * 1.5 + 2;
        // Otherwise still before a passage that only mentions the name (the indicator's row before its method).
        else s.score *= 1.1;
      }
    }
    const matching = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
    if (matching.length === 0) continue;

    // More passages that match make a page more relevant to a single word; for
    // a question, what counts is the one passage where its words meet.
    const [first, second, third] = matching;
    const more = terms.length === 1 ? 0.3 : 0.1;
    let score = first!.score + more * ((second?.score ?? 0) + (third?.score ?? 0));

    // Titles and names weigh in proportion to the terms they hold, so that they
    // count as much on a small index as on a large one.
    const title = normalize(fragment.meta['title'] ?? '');
    const weightOf = (kind: Term['kind']) => terms.reduce((sum, t, i) => sum + (t.kind === kind ? weights[i]! : 0), 0);
    const all = weightOf('phrase') + weightOf('keyword');
    let bonus = 0;
    if (title === queryText) bonus += 3 * all;
    else {
      const named = terms.findIndex((t) => t.kind === 'phrase' && title === t.text);
      const inTitle = terms.findIndex((t) => t.kind === 'phrase' && title.includes(t.text));
      const keywords = terms.filter((t) => t.kind === 'keyword');
      if (named !== -1) bonus += 2 * weights[named]!;
      else if (inTitle !== -1) bonus += 0.4 * weights[inTitle]!;
      else if (keywords.length > 0 && keywords.every((t) => matchTerm(t, title).coverage >= 0.99)) bonus += 0.5 * weightOf('keyword');
    }
    if (entryIndex !== -1 && !entryHash) bonus += 1.3 * all;
    // A named page is the answer to its name; to a question about the name only
    // if it holds the rest of the question too.
    score += analysis.complete ? bonus : matching.some((s) => s.answers) ? bonus * 0.5 : bonus * 0.15;

    const pinned = analysis.complete && entryIndex !== -1 ? entryIndex : null;
    ranked.push({ page, fragment, score, passages: matching, pinned, entryAnchor: entryHash });
  }
  return ranked.sort((a, b) => (a.pinned ?? Infinity) - (b.pinned ?? Infinity) || b.score - a.score || a.fragment.url.localeCompare(b.fragment.url));
}
