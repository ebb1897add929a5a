/**
 * Reads a reader's query the way the plan is written. Pagefind splits an
 * unquoted 一网通办 into single characters, so a query is first searched for
 * the names the plan defines (terms, aliases, projects, indicators, headings):
 * each name found is matched as one exact phrase. What is left loses its
 * question words (怎么, 多少 …) and is matched as keywords.
 */
import { KIND_PRIORITY, type SearchEntry } from '../../shared/search-entries.ts';
import { isHan, normalize, normalizeChar, prepareQuery } from '../../shared/normalize.ts';

export interface EntityMatch {
  entry: SearchEntry;
  key: string;
  /** Span in the normal form of the query. */
  start: number;
  end: number;
}

export interface QueryAnalysis {
  raw: string;
  normalized: string;
  /** Names found in the query, in query order (same span: more likely kind first). */
  entities: EntityMatch[];
  /** Exact phrases: the names found and anything the reader quoted. */
  phrases: string[];
  /** What is left, in normal form, split into runs of one script. */
  keywords: string[];
  /** The query is nothing but names (and question words): their own pages come first. */
  complete: boolean;
  /** The question asks for a number (多少, 几个) or a date (什么时候). */
  wants: 'number' | 'date' | null;
}

/**
 * Words of a question that say nothing about the plan. Longest first, so that
 * 是什么意思 goes before 什么. Only removed outside the names found.
 */
export const QUESTION_WORDS = [
  '是什么意思',
  '什么时候',
  '哪一年',
  '什么意思',
  '是什么',
  '什么是',
  '有哪些',
  '有什么',
  '为什么',
  '怎么样',
  '怎么办',
  '有没有',
  '是不是',
  '是多少',
  '有多少',
  '有几个',
  '怎么',
  '怎样',
  '何时',
  '哪年',
  '多久',
  '多大',
  '如何',
  '什么',
  '哪些',
  '哪个',
  '哪里',
  '多少',
  '几个',
  '是否',
  '能否',
  '可以',
  '请问',
  '关于',
  '一下',
  '介绍',
  '吗',
  '呢',
  '吧',
  '啊',
  '呀',
  '的',
];

/**
 * One-character function words, dropped where the word segmenter finds them
 * standing alone (年底要达到 → 年底 达到), never inside a word (主要, 需要).
 */
export const FUNCTION_CHARS = new Set([...'的了是有和与及或把被将也都就还要哪没吗呢啊吧呀么']);

let wordSegmenter: Intl.Segmenter | null | undefined;

/** Splits a run of Han characters at the function words the segmenter finds in it. */
export function dropFunctionWords(run: string): string[] {
  wordSegmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;
  if (FUNCTION_CHARS.has(run)) return [];
  if (!wordSegmenter || [...run].length < 2) return [run];
  const parts: string[] = [];
  let current = '';
  for (const { segment } of wordSegmenter.segment(run)) {
    if (FUNCTION_CHARS.has(segment)) {
      if (current) parts.push(current);
      current = '';
    } else current += segment;
  }
  if (current) parts.push(current);
  return parts;
}

const WANTS_DATE = /什么时候|何时|哪一?年|几月|多久/;
const WANTS_NUMBER = /多少|几个|几项|几家|几座|几万|多大|多高|多长|规模|数量/;

/** Quotation the reader typed on purpose: "…", “…”, 「…」, 『…』. */
const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/g;

export function analyzeQuery(raw: string, entries: readonly SearchEntry[], variants?: ReadonlyMap<string, string>): QueryAnalysis {
  // Half-width, simplified and without stray spaces, as the plan prints it (normalize.ts).
  const typed = prepareQuery(raw, variants);
  // Each kept character of the query remembers where it stands in the typed text.
  const chars = [...typed];
  let normalized = '';
  const rawIndexOf: number[] = [];
  chars.forEach((c, i) => {
    for (const d of normalizeChar(c)) {
      normalized += d;
      rawIndexOf.push(i);
    }
  });

  const entities = findEntities(normalized, entries);
  const masked = [...chars];
  for (const { start, end } of entities) {
    for (let i = start; i < end; i += 1) masked[rawIndexOf[i]!] = ' ';
  }

  const phrases: string[] = [];
  for (const e of entities) if (!phrases.includes(e.key)) phrases.push(e.key);
  let rest = masked.join('').replace(QUOTED, (_m, ...groups: (string | undefined)[]) => {
    const phrase = normalize(groups.slice(0, 4).find((g) => g !== undefined) ?? '');
    if (phrase.length > 0 && !phrases.includes(phrase)) phrases.push(phrase);
    return ' ';
  });
  for (const word of QUESTION_WORDS) rest = rest.split(word).join(' ');

  const words: string[] = [];
  for (const run of scriptRuns(rest)) words.push(...(isHan(run[0] ?? '') ? dropFunctionWords(run) : [run]));
  const keywords: string[] = [];
  for (const word of withUnits(words)) if (!keywords.includes(word)) keywords.push(word);

  const quoted = phrases.length > new Set(entities.map((e) => e.key)).size;
  return {
    raw,
    normalized,
    entities,
    phrases,
    keywords,
    complete: entities.length > 0 && keywords.length === 0 && !quoted,
    wants: WANTS_DATE.test(typed) ? 'date' : WANTS_NUMBER.test(typed) ? 'number' : null,
  };
}

/** Runs of letters and digits in a normal form: where a name may be typed in pinyin (ywtb, yi wang tong ban). */
const LATIN_RUN = /[a-z0-9]+/g;

/** Characters that, after a number, are its unit rather than a new word. */
const NUMBER_UNITS = new Set([...'年月日号万亿']);

/**
 * A number and the word of its unit after it are one keyword (2025 年底 →
 * 2025年底, 434 万 → 434万): the date or amount is one thing to find, and the
 * passage that holds it whole is the answer.
 */
export function withUnits(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i]!;
    const next = words[i + 1];
    if (/^\d+$/.test(word) && next !== undefined && NUMBER_UNITS.has(next[0]!)) {
      out.push(word + next);
      i += 1;
    } else out.push(word);
  }
  return out;
}

/**
 * Every name occurring in the query, longest first and without overlaps; a
 * span two entries share (a term and an indicator of the same name) keeps both.
 * A name typed in pinyin counts only as a whole run of letters (ywtb, not the
 * yw of ywx), and stands for the name as the plan prints it.
 */
export function findEntities(normalized: string, entries: readonly SearchEntry[]): EntityMatch[] {
  const found: EntityMatch[] = [];
  const latinRuns = [...normalized.matchAll(LATIN_RUN)];
  for (const entry of entries) {
    for (const key of entry.keys) {
      for (let at = normalized.indexOf(key); at !== -1; at = normalized.indexOf(key, at + 1)) {
        found.push({ entry, key, start: at, end: at + key.length });
      }
    }
    if (!entry.pinyin) continue;
    for (const run of latinRuns) {
      if (entry.pinyin.includes(run[0])) found.push({ entry, key: entry.keys[0]!, start: run.index, end: run.index + run[0].length });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || KIND_PRIORITY[a.entry.kind] - KIND_PRIORITY[b.entry.kind] || a.start - b.start);
  const accepted: EntityMatch[] = [];
  for (const match of found) {
    const clash = accepted.some((a) => a.start < match.end && match.start < a.end);
    const sameSpan = accepted.some((a) => a.start === match.start && a.end === match.end);
    const sameEntry = accepted.some((a) => a.entry === match.entry);
    if ((!clash || sameSpan) && !sameEntry) accepted.push(match);
  }
  return accepted.sort((a, b) => a.start - b.start || KIND_PRIORITY[a.entry.kind] - KIND_PRIORITY[b.entry.kind]);
}

/**
 * The normal forms of the runs of a text, cut at spaces and punctuation and
 * where Han characters meet letters or digits (政务云8820核 → 政务云, 8820, 核).
 */
export function scriptRuns(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  let currentHan: boolean | undefined;
  const flush = () => {
    if (current) runs.push(current);
    current = '';
    currentHan = undefined;
  };
  for (const c of text) {
    const n = normalizeChar(c);
    if (!n) {
      flush();
      continue;
    }
    for (const d of n) {
      const han = isHan(d);
      if (currentHan !== undefined && han !== currentHan) flush();
      current += d;
      currentHan = han;
    }
  }
  flush();
  return runs;
}

export interface Suggestion {
  entry: SearchEntry;
  /** The key that matched, and where in it the input stands. */
  key: string;
  at: number;
}

/** Letters typed: pinyin begins to name something from two letters on (yw → 一网通办 …). */
export const PINYIN_TYPED = /^[a-z][a-z0-9]+$/;

/**
 * Names that begin with or contain what the reader has typed so far
 * (秒 → 秒批; 一网 → 一网通办, 一网统管, 一网协同; ywt → 一网通办, 一网统管):
 * names that begin with it first, then shorter names, then the more likely kind.
 */
export function suggest(input: string, entries: readonly SearchEntry[], limit = 8, variants?: ReadonlyMap<string, string>): Suggestion[] {
  const typed = normalize(prepareQuery(input, variants));
  if (!typed) return [];
  const pinyin = PINYIN_TYPED.test(typed);
  const best = new Map<SearchEntry, Suggestion>();
  for (const entry of entries) {
    for (const key of entry.keys) {
      const at = key.indexOf(typed);
      if (at === -1) continue;
      const previous = best.get(entry);
      if (!previous || at < previous.at || (at === previous.at && key.length < previous.key.length)) {
        best.set(entry, { entry, key, at });
      }
    }
    if (pinyin && !best.has(entry) && entry.pinyin?.some((p) => p.startsWith(typed))) best.set(entry, { entry, key: entry.keys[0]!, at: 0 });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        Number(a.at > 0) - Number(b.at > 0) ||
        KIND_PRIORITY[a.entry.kind] - KIND_PRIORITY[b.entry.kind] ||
        a.entry.name.length - b.entry.name.length ||
        a.entry.name.localeCompare(b.entry.name, 'zh-CN'),
    )
    .slice(0, limit);
}

/**
 * Does the query need what /search-typing.json holds (pinyin, synonyms,
 * traditional characters)? When it has letters that may be pinyin, a Chinese
 * character no name of the plan uses (網, or a word the plan lacks), or names
 * nothing at all (a synonym, a typo). 一网通办 needs none of it, so the
 * common search does not pay for it.
 */
export function needsTyping(query: string, entries: readonly SearchEntry[]): boolean {
  const typed = normalize(query.normalize('NFKC'));
  if (/[a-z]{2}/.test(typed)) return true;
  if (findEntities(typed, entries).length === 0) return true;
  const nameChars = entries.map((e) => e.keys.join('')).join('');
  return [...typed].some((c) => isHan(c) && !nameChars.includes(c));
}
