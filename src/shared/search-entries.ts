/**
 * The named things of the plan a reader may search for by name: glossary
 * terms (with their aliases), 专栏 projects, indicators, 专栏 boxes, chapters
 * and headings. Emitted at build time from the content (src/pages/search-terms.json.ts)
 * and loaded by the browser only when the reader starts to search.
 */
import { normalize } from './normalize.ts';
import { passageCitation } from './anchors.ts';

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

/** The result type shown for each kind of name (名词, 专栏项目, 指标, 正文). */
export const TYPE_OF_KIND: Record<EntryKind, string> = {
  term: '名词',
  project: '专栏项目',
  indicator: '指标',
  zhuanlan: '正文',
  chapter: '正文',
  heading: '正文',
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

/**
 * /search-terms.json, fetched once the reader starts to search. It is on
 * every cold search's bill, so each entry is a row, and what the browser can
 * make again is left out (`toFile`, `fromFile`).
 */
export interface SearchTermsFile {
  version: 3;
  entries: FileEntry[];
}

/** [kind (index in ENTRY_KINDS), name, url, cite, ...keys other than the name's own normal form]. */
export type FileEntry = [kind: number, name: string, url: string, cite: string, ...keys: string[]];

export const ENTRY_KINDS: readonly EntryKind[] = ['term', 'project', 'indicator', 'zhuanlan', 'chapter', 'heading'];

/**
 * /search-typing.json: what a query typed otherwise than the plan prints
 * needs (query.ts `needsTyping`), fetched only for such a query: pinyin per
 * entry (aligned with the entries), the synonyms, and traditional →
 * simplified pairs as one string (normalize.ts `variantTable`).
 */
export interface SearchTypingFile {
  version: 1;
  pinyin: string[][];
  synonyms: SearchSynonym[];
  variants: string;
}

/** What the browser searches with: the names, and once loaded, how they may be typed otherwise. */
export interface SearchNames {
  entries: readonly SearchEntry[];
  synonyms: readonly { words: readonly string[]; see: readonly SearchEntry[] }[];
  variants: ReadonlyMap<string, string>;
}

/**
 * An entry's citation, made again from its address: a project's from its file
 * name (/projects/04-03/: 专栏 4 第3项), a part of a page's from its anchor and
 * its chapter's (第一章 and s1-2: 第一章第一节二; indicator-5: 表 1 第5项).
 */
function citeFromUrl(url: string, chapterCites: ReadonlyMap<string, string>): string | null {
  const project = /^\/projects\/(\d+)-(\d+)\/$/.exec(url);
  if (project) return `专栏 ${Number(project[1])} 第${Number(project[2])}项`;
  const [path, hash] = url.split('#') as [string, string | undefined];
  return passageCitation(hash ?? null, chapterCites.get(path) ?? '');
}

const chapterCitesOf = (entries: readonly { kind: EntryKind; url: string; cite: string }[]) =>
  new Map(entries.filter((e) => e.kind === 'chapter').map((e) => [e.url, e.cite]));

/**
 * The entries as the file holds them: rows without the type (the kind's),
 * the name's own normal form (kept first by `keysFor`), the pinyin, and the
 * citation where the address tells it.
 */
export function toFile(entries: readonly SearchEntry[]): FileEntry[] {
  const chapterCites = chapterCitesOf(entries);
  return entries.map((entry) => {
    const own = normalize(entry.name);
    const cite = citeFromUrl(entry.url, chapterCites) === entry.cite ? '' : entry.cite;
    return [ENTRY_KINDS.indexOf(entry.kind), entry.name, entry.url, cite, ...entry.keys.filter((k) => k !== own)];
  });
}

/** The entries of the file made whole again. */
export function fromFile(rows: readonly FileEntry[]): SearchEntry[] {
  const entries = rows.map(([kindIndex, name, url, cite, ...rest]): SearchEntry => {
    const kind = ENTRY_KINDS[kindIndex]!;
    const own = normalize(name);
    const keys = own.length >= MIN_KEY_LENGTH && !rest.includes(own) ? [own, ...rest] : rest;
    return { kind, name, keys, url, type: TYPE_OF_KIND[kind], cite };
  });
  const chapterCites = chapterCitesOf(entries);
  for (const entry of entries) if (!entry.cite) entry.cite = citeFromUrl(entry.url, chapterCites) ?? '';
  return entries;
}

/** Keys shorter than this match too much by accident (一, 网). */
export const MIN_KEY_LENGTH = 2;

/**
 * The normal forms of a name and its aliases, plus the short forms readers
 * type for long project names: without the trailing 项目 and without the
 * leading 汕头市 / 汕头 (汕头市应急内涝监测系统 → 应急内涝监测系统); and for
 * an indicator that qualifies a quoted name, what it measures of that name
 * (高频服务事项“跨省通办”比例 → 跨省通办比例).
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
  if (kind === 'indicator') {
    const quoted = /^[^“]+“([^”]+)”(.+)$/.exec(name);
    const short = quoted ? normalize(quoted[1]! + quoted[2]!) : '';
    if (short.length >= 4) keys.add(short);
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
