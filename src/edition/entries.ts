/**
 * The edition's entries as typed data, validated by the schemas of
 * src/schemas.ts and sorted in the plan's order: the one model of the
 * content, read by the pages (src/lib/content.ts) and by everything computed
 * from it (structure, cross-links, search names). A file that does not
 * validate is left out here: the content check reports it, and a build does
 * not start until the check passes.
 */
import type { Root } from 'mdast';
import type { z } from 'astro/zod';
import { COLLECTION_SCHEMAS, planSchema, type CollectionName, type Plan } from '../schemas.ts';
import { derived, type ContentFile, type Edition } from './index.ts';

export interface Entry<T> {
  id: string;
  file: ContentFile;
  data: T;
}

export interface MdxEntry<T> extends Entry<T> {
  /** The compiled body's tree, as the remark plugins receive it. Shared: clone before changing it. */
  tree: Root;
}

type DataOf<C extends CollectionName> = z.infer<(typeof COLLECTION_SCHEMAS)[C]>;

function valid<C extends CollectionName>(edition: Edition, collection: C): Entry<DataOf<C>>[] {
  return edition.collection(collection).flatMap((file) => {
    const result = COLLECTION_SCHEMAS[collection].safeParse(file.data);
    return result.success ? [{ id: file.id, file, data: result.data as DataOf<C> }] : [];
  });
}

function withTrees<T>(edition: Edition, entries: Entry<T>[]): MdxEntry<T>[] {
  return entries.flatMap((entry) => {
    const { tree } = edition.mdx(entry.file);
    return tree ? [{ ...entry, tree }] : [];
  });
}

export interface Entries {
  /** content/plan.yaml: the title, the period and the document metadata. */
  plan: Plan | undefined;
  chapters: MdxEntry<DataOf<'chapters'>>[];
  zhuanlan: Entry<DataOf<'zhuanlan'>>[];
  /** By 专栏 number, then order in the box. */
  projects: MdxEntry<DataOf<'projects'>>[];
  /** Annex 2 terms by number, then terms defined in the text. */
  glossary: MdxEntry<DataOf<'glossary'>>[];
  indicators: Entry<DataOf<'indicators'>>[];
  timeline: Entry<DataOf<'timeline'>>[];
}

export const entriesOf = derived('entries', (edition: Edition): Entries => {
  const zhuanlan = valid(edition, 'zhuanlan').sort((a, b) => a.data.number - b.data.number);
  const boxNumber = new Map(zhuanlan.map((box) => [box.id, box.data.number]));
  const plan = planSchema.safeParse((edition.plan.data as { plan?: unknown } | undefined)?.plan);
  return {
    plan: plan.success ? plan.data : undefined,
    chapters: withTrees(edition, valid(edition, 'chapters')).sort((a, b) => a.data.order - b.data.order),
    zhuanlan,
    projects: withTrees(edition, valid(edition, 'projects'))
      .filter((p) => boxNumber.has(p.data.zhuanlan))
      .sort((a, b) => boxNumber.get(a.data.zhuanlan)! - boxNumber.get(b.data.zhuanlan)! || a.data.order - b.data.order),
    glossary: withTrees(edition, valid(edition, 'glossary')).sort(
      (a, b) => (a.data.number ?? 1000) - (b.data.number ?? 1000) || a.data.term.localeCompare(b.data.term, 'zh-CN'),
    ),
    indicators: valid(edition, 'indicators').sort((a, b) => a.data.number - b.data.number),
    timeline: valid(edition, 'timeline').sort((a, b) => a.data.phase - b.data.phase),
  };
});
