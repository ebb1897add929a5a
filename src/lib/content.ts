/**
 * The content as pages read it: the edition's entries (src/edition/entries.ts:
 * read, validated and sorted once per build, the same model the check and
 * everything computed from the content use), and each MDX body as the
 * component Astro's MDX integration compiles the file to, with the site's
 * remark and rehype plugins. Astro's content collections are not used: the
 * content is modelled once.
 */
import type { MDXInstance } from 'astro';
import { getEdition } from '../edition/index.ts';
import { entriesOf, type Entries, type MdxEntry } from '../edition/entries.ts';
import type { Plan } from '../schemas.ts';

export type ChapterEntry = Entries['chapters'][number];
export type ProjectEntry = Entries['projects'][number];
export type TermEntry = Entries['glossary'][number];
export type IndicatorEntry = Entries['indicators'][number];
export type ZhuanlanEntry = Entries['zhuanlan'][number];
export type PhaseEntry = Entries['timeline'][number];

const entries = () => entriesOf(getEdition());

/** content/plan.yaml: the title, the period and the document metadata editors fill in. */
export function getPlan(): Plan {
  const { plan } = entries();
  if (!plan) throw new Error('content/plan.yaml: entry “plan” with the plan title is missing');
  return plan;
}

export function getPlanTitle(): string {
  return getPlan().title;
}

export const getChapters = (): ChapterEntry[] => entries().chapters;
export const getZhuanlan = (): ZhuanlanEntry[] => entries().zhuanlan;
/** By 专栏 number, then order in the box. */
export const getProjects = (): ProjectEntry[] => entries().projects;
/** Annex 2 terms by number, then terms defined in the text. */
export const getTerms = (): TermEntry[] => entries().glossary;
export const getIndicators = (): IndicatorEntry[] => entries().indicators;
export const getTimeline = (): PhaseEntry[] => entries().timeline;

export function getZhuanlanByNumber(number: number): ZhuanlanEntry {
  const box = getZhuanlan().find((z) => z.data.number === number);
  if (!box) throw new Error(`<Zhuanlan number={${number}} />: content/zhuanlan has no 专栏 ${number}`);
  return box;
}

export function getProjectsIn(box: ZhuanlanEntry): ProjectEntry[] {
  return getProjects().filter((p) => p.data.zhuanlan === box.id);
}

/** Every MDX file of the content, compiled when a page first renders it. */
const bodies = import.meta.glob<MDXInstance<Record<string, unknown>>>('/content/**/*.mdx');

/** An entry's MDX body as a component: `<Content components={componentsFor(…)} />`. */
export async function bodyOf(entry: MdxEntry<unknown>): Promise<MDXInstance<Record<string, unknown>>['Content']> {
  const load = bodies[`/${entry.file.path}`];
  if (!load) throw new Error(`${entry.file.path}: not among the MDX files of content/`);
  return (await load()).Content;
}
