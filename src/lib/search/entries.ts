/**
 * The named things of the plan a reader may search for by name: glossary
 * terms (with their aliases), 专栏 projects, indicators, 专栏 boxes, chapters
 * and headings. Emitted at build time from the content (src/pages/search-terms.json.ts)
 * and loaded by the browser only when the reader starts to search.
 */
import { normalize } from './normalize.ts';

export type EntryKind = 'term' | 'project' | 'indicator' | 'zhuanlan' | 'chapter' | 'heading';

/** When two entries share a name, the earlier kind is the reader's more likely target. */
export const KIND_PRIORITY: Record<EntryKind, number> = {
  term: 0,
  project: 1,
  indicator: 2,
  zhuanlan: 3,
  chapter: 4,
  heading: 5,
};

export interface SearchEntry {
  kind: EntryKind;
  /** The name as the plan prints it. */
  name: string;
  /** Normal forms the entry is recognised by: its name, aliases and short forms. */
  keys: string[];
  /** The entry's own page, with a fragment where the entry is a part of a page. */
  url: string;
  /** Result type shown to the reader (名词, 专栏项目, 指标, 正文). */
  type: string;
  /** Where it stands in the plan (附件 2 第 7 条, 第四章专栏 4 …). */
  cite: string;
  /** How the name is typed in Latin letters: full pinyin without tones and initials (yiwangtongban, ywtb). */
  pinyin?: string[];
}

/** Words the plan does not use, in normal form, and the entries (indices) that are the plan's words for them. */
export interface SearchSynonym {
  words: string[];
  see: number[];
}

export interface SearchTermsFile {
  version: 2;
  entries: SearchEntry[];
  synonyms: SearchSynonym[];
  /** Traditional → simplified pairs as one string (normalize.ts `variantTable`). */
  variants: string;
}

/** What the browser searches with, made from /search-terms.json. */
export interface SearchNames {
  entries: readonly SearchEntry[];
  synonyms: readonly { words: readonly string[]; see: readonly SearchEntry[] }[];
  variants: ReadonlyMap<string, string>;
}

/** Keys shorter than this match too much by accident (一, 网). */
export const MIN_KEY_LENGTH = 2;

/**
 * The normal forms of a name and its aliases, plus the short forms readers
 * type for long project names: without the trailing 项目 and without the
 * leading 汕头市 / 汕头 (汕头市应急内涝监测系统 → 应急内涝监测系统).
 */
export function keysFor(name: string, aliases: readonly string[] = [], kind?: EntryKind): string[] {
  const keys = new Set<string>();
  for (const form of [name, ...aliases]) {
    const key = normalize(form);
    if (key.length >= MIN_KEY_LENGTH) keys.add(key);
  }
  if (kind === 'project') {
    for (const key of [...keys]) {
      const shorter = [key.replace(/项目$/, ''), key.replace(/^汕头市?/, ''), key.replace(/^汕头市?/, '').replace(/项目$/, '')];
      for (const short of shorter) if (short.length >= 4) keys.add(short);
    }
  }
  return [...keys];
}

/** Heading texts as printed carry their numbering (第一节　, 一、, （一）); the name is what follows. */
export function headingName(text: string): string {
  return text
    .replace(/^第[一二三四五六七八九十]+节[\s\u3000]*/, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^（[一二三四五六七八九十]+）/, '')
    .trim();
}
