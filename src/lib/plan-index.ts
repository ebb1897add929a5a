/**
 * The plan's structure, chapter by chapter, read at build time from the same
 * MDX the pages render, with the same walker as the anchors plugin: contents
 * lists, the place of every 专栏, quotations of the plan's paragraphs.
 */
import { planPlaces, type ComponentPlace, type HeadingPlace, type ParagraphPlace, type Place } from './plan-structure.ts';
import { getChapters, type ChapterEntry } from './content.ts';
import { parseMdx } from './mdx-tree.ts';

export interface ChapterStructure {
  chapter: ChapterEntry;
  places: Place[];
  headings: HeadingPlace[];
  paragraphs: ParagraphPlace[];
}

let cache: Promise<ChapterStructure[]> | undefined;

/** Every chapter's structure, in the plan's order (computed once per build). */
export function getPlanStructure(): Promise<ChapterStructure[]> {
  cache ??= getChapters().then((chapters) =>
    chapters.map((chapter) => {
      const source = `content/chapters/${chapter.id}.mdx`;
      const places = planPlaces(parseMdx(chapter.body ?? ''), chapter.data.label, source);
      return {
        chapter,
        places,
        headings: places.filter((p): p is HeadingPlace => p.kind === 'heading'),
        paragraphs: places.filter((p): p is ParagraphPlace => p.kind === 'paragraph'),
      };
    }),
  );
  return cache;
}

export async function getChapterStructure(chapterId: string): Promise<ChapterStructure> {
  const found = (await getPlanStructure()).find((s) => s.chapter.id === chapterId);
  if (!found) throw new Error(`content/chapters has no chapter “${chapterId}”`);
  return found;
}

export interface PlacedComponent {
  chapter: ChapterEntry;
  place: ComponentPlace;
  /** The heading the component stands under, if any. */
  heading: HeadingPlace | undefined;
}

/** Where `<Name number={n} />` stands in the plan (e.g. 专栏 4 under 第四章第二节一（一）). */
export async function findComponent(name: string, number: number): Promise<PlacedComponent | undefined> {
  for (const { chapter, places, headings } of await getPlanStructure()) {
    const place = places.find((p): p is ComponentPlace => p.kind === 'component' && p.name === name && p.number === number);
    if (place) {
      const key = place.path.join('-');
      return { chapter, place, heading: headings.find((h) => h.path.join('-') === key) };
    }
  }
  return undefined;
}
