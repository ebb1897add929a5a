/**
 * Build time and content check: the plan's names a query is matched against
 * (terms, aliases, projects, indicators, 专栏, chapters, headings), each with
 * the pinyin it may be typed in, and the editorial synonyms (content/synonyms.yaml)
 * resolved to them. Served as /search-terms.json and /search-typing.json
 * (src/pages/), and read by the content check (src/edition/check/synonyms.ts).
 */
import { derived, type Edition } from '../../edition/index.ts';
import { entriesOf } from '../../edition/entries.ts';
import { getPlanStructure } from '../plan-index.ts';
import { toChineseNumeral } from '../../shared/anchors.ts';
import { synonymSchema, type Synonym } from '../../schemas.ts';
import { headingName, KIND_PRIORITY, keysFor, TYPE_OF_KIND, type SearchEntry, type SearchSynonym } from '../../shared/search-entries.ts';
import { normalize } from '../../shared/normalize.ts';
import { pinyinKeys } from './pinyin.ts';
import { sitePath } from '../site-path.ts';
import { chapterPath, projectPath, termPath, zhuanlanPath } from '../../edition/routes.ts';

const compactLabel = (label: string) => label.replace(/\s+/g, '');

export const searchEntries = derived('search-entries', (edition: Edition): SearchEntry[] => {
  const { chapters, glossary: terms, zhuanlan: boxes, projects, indicators } = entriesOf(edition);
  const structure = getPlanStructure(edition);
  const chapterLabel = new Map(chapters.map((c) => [c.id, compactLabel(c.data.label)]));
  const boxNumber = new Map(boxes.map((b) => [b.id, b.data.number]));
  const entries: SearchEntry[] = [];

  for (const { id, data } of terms) {
    const where = data.definedIn
      ? `${chapterLabel.get(data.definedIn.chapter) ?? ''}第${toChineseNumeral(data.definedIn.section)}节`
      : `附件 2 第 ${data.number} 条`;
    entries.push({
      kind: 'term',
      name: data.term,
      keys: keysFor(data.term, data.aliases),
      url: sitePath(termPath(id)),
      type: TYPE_OF_KIND.term,
      cite: where,
    });
  }
  for (const { id, data } of projects) {
    const box = boxNumber.get(data.zhuanlan);
    entries.push({
      kind: 'project',
      name: data.title,
      keys: keysFor(data.title, [], 'project'),
      url: sitePath(projectPath(id)),
      type: TYPE_OF_KIND.project,
      cite: `专栏 ${box} 第${data.order}项`,
    });
  }
  for (const { data } of indicators) {
    entries.push({
      kind: 'indicator',
      name: data.name,
      keys: keysFor(data.name, [], 'indicator'),
      url: sitePath(`/indicators/#indicator-${data.number}`),
      type: TYPE_OF_KIND.indicator,
      cite: `表 1 第${data.number}项`,
    });
  }
  for (const { data } of boxes) {
    const label = chapterLabel.get(data.chapter) ?? '';
    entries.push({
      kind: 'zhuanlan',
      name: data.title,
      keys: keysFor(data.title, [`专栏${data.number}`]),
      url: sitePath(zhuanlanPath(data.chapter, data.number)),
      type: TYPE_OF_KIND.zhuanlan,
      cite: `${label}专栏 ${data.number}`,
    });
  }
  for (const chapter of chapters) {
    const label = compactLabel(chapter.data.label);
    entries.push({
      kind: 'chapter',
      name: chapter.data.title,
      keys: keysFor(chapter.data.title, [label]),
      url: sitePath(chapterPath(chapter.id)),
      type: TYPE_OF_KIND.chapter,
      cite: label,
    });
  }
  for (const { chapter, headings } of structure) {
    for (const heading of headings) {
      entries.push({
        kind: 'heading',
        name: headingName(heading.text),
        keys: keysFor(headingName(heading.text)),
        url: sitePath(chapterPath(chapter.id, heading.anchor)),
        type: TYPE_OF_KIND.heading,
        cite: heading.citation,
      });
    }
  }

  const named = entries.filter((e) => e.keys.length > 0);
  // A Latin spelling that is already a name's own key (5G) is no pinyin.
  const ownKeys = new Set(named.flatMap((e) => e.keys));
  for (const entry of named) {
    const pinyin = pinyinKeys(entry.keys).filter((k) => !ownKeys.has(k));
    if (pinyin.length > 0) entry.pinyin = pinyin;
  }
  return named;
});

/** The entry a name stands for: the one with that key, of the more likely kind (a term before a heading of the same name). */
export function entryNamed(name: string, entries: readonly SearchEntry[]): number | undefined {
  const key = normalize(name);
  let best: number | undefined;
  entries.forEach((entry, i) => {
    if (entry.keys.includes(key) && (best === undefined || KIND_PRIORITY[entry.kind] < KIND_PRIORITY[entries[best]!.kind])) best = i;
  });
  return best;
}

/** The synonyms of content/synonyms.yaml that are well formed, with their place in the file. */
export function synonymList(edition: Edition): (Synonym & { index: number })[] {
  const list = (edition.synonyms.data as { synonyms?: unknown } | undefined)?.synonyms;
  if (edition.synonyms.parseErrors.length > 0 || !Array.isArray(list)) return [];
  return list.flatMap((raw, index) => {
    const parsed = synonymSchema.safeParse(raw);
    return parsed.success ? [{ ...parsed.data, index }] : [];
  });
}

/** The synonyms as the browser gets them: words in normal form, names as indices into `entries`. */
export function searchSynonyms(edition: Edition, entries: readonly SearchEntry[]): SearchSynonym[] {
  return synonymList(edition).flatMap(({ words, see }) => {
    const targets = see.map((name) => entryNamed(name, entries)).filter((i): i is number => i !== undefined);
    const keys = words.map(normalize).filter((w) => w.length > 0);
    return targets.length > 0 && keys.length > 0 ? [{ words: keys, see: targets }] : [];
  });
}
