/**
 * The plan's named things whose names contain a term: indicators (Table 1),
 * 专栏, 专栏 projects, chapter titles and headings — 秒批 in 政务服务“秒批秒报”数量.
 * A term page lists them beside its backlinks, which count the running text
 * (where names are never linked).
 *
 * A name contains a term as the cross-links find it: the term's own matcher
 * (src/lib/crosslinks/lexicon.ts), so quotes inside the name, width and
 * Latin case do not matter, and the term's exclusions apply (一网协同 is not
 * in 一网协同共治). Each term is matched on its own, so a longer name that
 * holds it still counts (互联网+ in “互联网+救助”). Computed once per edition.
 */
import { citation } from '../../shared/anchors.ts';
import type { Entity, Matcher } from '../crosslinks/lexicon.ts';
import { crosslinksOf } from '../crosslinks/sources.ts';
import { entriesOf, type Entries } from '../../edition/entries.ts';
import { derived, getEdition, type Edition } from '../../edition/index.ts';
import { getPlanStructure, type ChapterStructure } from '../plan-index.ts';
import { sitePath } from '../site-path.ts';
import { chapterPath, projectPath, zhuanlanPath } from '../../edition/routes.ts';

/** In the order a term page lists them. */
export const NAMED_KINDS = ['indicator', 'zhuanlan', 'project', 'heading'] as const;
export type NamedKind = (typeof NAMED_KINDS)[number];

export const NAMED_KIND_LABELS: Record<NamedKind, string> = {
  indicator: '指标',
  zhuanlan: '专栏',
  project: '专栏项目',
  heading: '章节标题',
};

export interface Named {
  kind: NamedKind;
  /** The name as printed (a heading without its numbering). */
  name: string;
  href: string;
  /** Where it stands: 表 1 第 4 项, 第四章专栏 8, 第四章专栏 4 第2项, 第四章第二节一. */
  citation: string;
  /** An indicator's figures, as Table 1 prints them (baseline null: printed “-”). */
  figures?: { baseline: string | null; target: string; unit: string } | undefined;
}

export interface NameMatch {
  named: Named;
  /** Where the term first stands in the name (quotes around it left out). */
  start: number;
  end: number;
}

/** The names `matcher` finds its term in, by kind (NAMED_KINDS), each kind in the order given. */
export function namesContaining(matcher: Matcher, named: readonly Named[]): NameMatch[] {
  const found: NameMatch[] = [];
  for (const item of named) {
    const hit = matcher.scan(item.name).find((f) => !f.excluded);
    if (hit) found.push({ named: item, start: hit.start, end: hit.end });
  }
  const rank = (m: NameMatch) => NAMED_KINDS.indexOf(m.named.kind);
  // Array.prototype.sort is stable: the plan's order is kept within a kind.
  return found.sort((a, b) => rank(a) - rank(b));
}

const compact = (label: string) => label.replace(/\s+/g, '');

/** Every named thing of the plan, each kind in the plan's order. */
export function namedInPlan(entries: Pick<Entries, 'chapters' | 'zhuanlan' | 'projects' | 'indicators'>, structure: readonly ChapterStructure[]): Named[] {
  const chapterLabel = new Map(entries.chapters.map((c) => [c.id, compact(c.data.label)]));
  const boxes = new Map(entries.zhuanlan.map((b) => [b.id, b.data]));
  const named: Named[] = [];
  for (const { data } of entries.indicators) {
    named.push({
      kind: 'indicator',
      name: data.name,
      href: sitePath(`/indicators/#indicator-${data.number}`),
      citation: `表 1 第 ${data.number} 项`,
      figures: { baseline: data.baseline, target: data.target, unit: data.unit },
    });
  }
  for (const { data } of entries.zhuanlan) {
    named.push({
      kind: 'zhuanlan',
      name: data.title,
      href: sitePath(zhuanlanPath(data.chapter, data.number)),
      citation: `${chapterLabel.get(data.chapter) ?? ''}专栏 ${data.number}`,
    });
  }
  for (const { id, data } of entries.projects) {
    const box = boxes.get(data.zhuanlan)!;
    named.push({
      kind: 'project',
      name: data.title,
      href: sitePath(projectPath(id)),
      citation: `${chapterLabel.get(box.chapter) ?? ''}专栏 ${box.number} 第${data.order}项`,
    });
  }
  for (const { chapter, headings } of structure) {
    named.push({ kind: 'heading', name: chapter.data.title, href: sitePath(chapterPath(chapter.id)), citation: citation(chapter.data.label, []) });
    for (const heading of headings) {
      named.push({ kind: 'heading', name: heading.title, href: sitePath(chapterPath(chapter.id, heading.anchor)), citation: heading.citation });
    }
  }
  return named;
}

const namesOf = derived('term-names', (edition: Edition): Map<string, NameMatch[]> => {
  const { lexicon } = crosslinksOf(edition);
  // Each term's matcher reads only the names that may hold it (the lexicon's candidates, found in one pass
  // over each name), not every name: terms × names scans grew with the square of the plan.
  const mayHold = new Map<Entity, Named[]>();
  for (const item of namedInPlan(entriesOf(edition), getPlanStructure(edition))) {
    for (const entity of lexicon.candidates(item.name)) {
      const names = mayHold.get(entity);
      if (names) names.push(item);
      else mayHold.set(entity, [item]);
    }
  }
  return new Map(
    lexicon.entities.filter((e) => e.kind === 'term').map((term) => [term.id, namesContaining(lexicon.matcherFor(term), mayHold.get(term) ?? [])]),
  );
});

/** The named things whose names contain the term of content/glossary/<id>.mdx (or one of its aliases). */
export function termNames(id: string, edition: Edition = getEdition()): NameMatch[] {
  const found = namesOf(edition).get(id);
  if (!found) throw new Error(`content/glossary 中没有名词“${id}” (unknown term)`);
  return found;
}
