/**
 * The plan's structure, chapter by chapter, from the edition's compiled MDX
 * (src/edition) with the walker the anchors plugin uses: contents lists,
 * the place of every 专栏, quotations of the plan's paragraphs. Computed once
 * per edition.
 */
import type { Chapter } from '../schemas.ts';
import { getEdition, derived, type Edition } from '../edition/index.ts';
import { entriesOf } from '../edition/entries.ts';
import { planPlaces, type ComponentPlace, type HeadingPlace, type ParagraphPlace, type Place } from './plan-structure.ts';

export interface ChapterRef {
  id: string;
  data: Chapter;
}

export interface ChapterStructure {
  chapter: ChapterRef;
  places: Place[];
  headings: HeadingPlace[];
  paragraphs: ParagraphPlace[];
}

export const structureOf = derived('structure', (edition: Edition): ChapterStructure[] =>
  entriesOf(edition).chapters.map(({ id, data, file, tree }) => {
    const places = planPlaces(tree, data.label, file.path);
    return {
      chapter: { id, data },
      places,
      headings: places.filter((p): p is HeadingPlace => p.kind === 'heading'),
      paragraphs: places.filter((p): p is ParagraphPlace => p.kind === 'paragraph'),
    };
  }),
);

/** Every chapter's structure, in the plan's order. */
export function getPlanStructure(edition: Edition = getEdition()): ChapterStructure[] {
  return structureOf(edition);
}

export function getChapterStructure(chapterId: string, edition: Edition = getEdition()): ChapterStructure {
  const found = structureOf(edition).find((s) => s.chapter.id === chapterId);
  if (!found) throw new Error(`content/chapters has no chapter “${chapterId}”`);
  return found;
}

export interface PlacedComponent {
  chapter: ChapterRef;
  place: ComponentPlace;
  /** The heading the component stands under, if any. */
  heading: HeadingPlace | undefined;
}

/** Where `<Name number={n} />` stands in the plan (e.g. 专栏 4 under 第四章第二节一（一）). */
export function findComponent(name: string, number: number, edition: Edition = getEdition()): PlacedComponent | undefined {
  for (const { chapter, places, headings } of structureOf(edition)) {
    const place = places.find((p): p is ComponentPlace => p.kind === 'component' && p.name === name && p.number === number);
    if (place) {
      const key = place.path.join('-');
      return { chapter, place, heading: headings.find((h) => h.path.join('-') === key) };
    }
  }
  return undefined;
}
