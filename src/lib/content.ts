/**
 * Typed access to the collections, sorted in the plan's order. References are
 * resolved here and a broken one fails the build (Astro only logs it).
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';

export type ChapterEntry = CollectionEntry<'chapters'>;
export type ProjectEntry = CollectionEntry<'projects'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;
export type ZhuanlanEntry = CollectionEntry<'zhuanlan'>;
export type PhaseEntry = CollectionEntry<'timeline'>;

export type PlanData = CollectionEntry<'plan'>['data'];

/** content/plan.yaml: the title, the period and the document metadata editors fill in. */
export async function getPlan(): Promise<PlanData> {
  const plan = await getEntry('plan', 'plan');
  if (!plan) throw new Error('content/plan.yaml: entry “plan” with the plan title is missing');
  return plan.data;
}

export async function getPlanTitle(): Promise<string> {
  return (await getPlan()).title;
}

export async function getChapters(): Promise<ChapterEntry[]> {
  return (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
}

export async function getZhuanlan(): Promise<ZhuanlanEntry[]> {
  return (await getCollection('zhuanlan')).sort((a, b) => a.data.number - b.data.number);
}

export async function getZhuanlanByNumber(number: number): Promise<ZhuanlanEntry> {
  const box = (await getZhuanlan()).find((z) => z.data.number === number);
  if (!box) throw new Error(`<Zhuanlan number={${number}} />: content/zhuanlan has no 专栏 ${number}`);
  return box;
}

export async function getProjects(): Promise<ProjectEntry[]> {
  const boxes = await getZhuanlan();
  const boxNumber = new Map(boxes.map((b) => [b.id, b.data.number]));
  const projects = await getCollection('projects');
  for (const project of projects) {
    if (!boxNumber.has(project.data.zhuanlan.id)) {
      throw new Error(`content/projects/${project.id}.mdx: zhuanlan “${project.data.zhuanlan.id}” does not exist in content/zhuanlan/`);
    }
  }
  return projects.sort((a, b) => boxNumber.get(a.data.zhuanlan.id)! - boxNumber.get(b.data.zhuanlan.id)! || a.data.order - b.data.order);
}

export async function getProjectsIn(box: ZhuanlanEntry): Promise<ProjectEntry[]> {
  return (await getProjects()).filter((p) => p.data.zhuanlan.id === box.id);
}

export async function getTerms(): Promise<TermEntry[]> {
  return (await getCollection('glossary')).sort((a, b) => (a.data.number ?? 1000) - (b.data.number ?? 1000) || a.data.term.localeCompare(b.data.term, 'zh-CN'));
}

export async function getIndicators(): Promise<IndicatorEntry[]> {
  return (await getCollection('indicators')).sort((a, b) => a.data.number - b.data.number);
}

export async function getTimeline(): Promise<PhaseEntry[]> {
  return (await getCollection('timeline')).sort((a, b) => a.data.phase - b.data.phase);
}
