/**
 * The whole plan as one JSON document (/data/plan.json): chapters → 节 →
 * 一、 → （一）, each heading with the paragraphs, 专栏, figures and tables
 * under it, every part with its anchor, citation, address and exact text.
 * Built from the same structure the pages are (src/lib/plan-index.ts), so
 * its anchors and citations are the pages' own.
 */
import { toString } from 'mdast-util-to-string';
import type { BlockData, PlanDocument, SectionData } from '../../schemas.ts';
import { figureAnchor, zhuanlanAnchor } from '../../shared/anchors.ts';
import { EDITORIAL_COMPONENTS } from '../content-components.ts';
import { entriesOf } from '../../edition/entries.ts';
import type { Edition } from '../../edition/index.ts';
import { mdxAttribute } from '../mdx-attribute.ts';
import { structureOf } from '../plan-index.ts';
import type { ComponentPlace } from '../plan-structure.ts';
import { documentHead, planParagraphs, type DataContext } from './document.ts';
import { chapterPath, projectPath, termPath, zhuanlanPath } from '../../edition/routes.ts';

export function planData(edition: Edition, context: DataContext): PlanDocument {
  const { url } = context;
  const entries = entriesOf(edition);

  function component(place: ComponentPlace, chapterId: string): BlockData {
    const { node, number } = place;
    if (EDITORIAL_COMPONENTS.has(place.name)) return { type: 'editorialNote', editorial: true, text: toString(node) };
    switch (place.name) {
      case 'Zhuanlan': {
        const box = entries.zhuanlan.find((b) => b.data.number === number)!;
        return {
          type: 'zhuanlan',
          number: box.data.number,
          label: `专栏 ${box.data.number}`,
          title: box.data.title,
          anchor: zhuanlanAnchor(box.data.number),
          url: url(zhuanlanPath(chapterId, box.data.number)),
          projects: entries.projects
            .filter((p) => p.data.zhuanlan === box.id)
            .map((p) => ({
              id: p.id,
              order: p.data.order,
              title: p.data.title,
              url: url(projectPath(p.id)),
              paragraphs: planParagraphs(p.tree),
            })),
        };
      }
      case 'Figure':
        return {
          type: 'figure',
          number: number!,
          anchor: figureAnchor(number!),
          url: url(chapterPath(chapterId, figureAnchor(number!))),
          caption: toString(node),
        };
      case 'IndicatorTable':
        return {
          type: 'indicatorTable',
          anchor: 'table-1',
          url: url(chapterPath(chapterId, 'table-1')),
          caption: String(mdxAttribute(node, 'caption')),
          columns: mdxAttribute(node, 'columns') as string[],
          rows: entries.indicators.map(({ data: { number, category, name, unit, local, baseline, target } }) => ({
            number,
            category,
            name,
            unit,
            local,
            baseline,
            target,
          })),
        };
      case 'IndicatorMethods':
        return {
          type: 'methodTable',
          columns: mdxAttribute(node, 'columns') as string[],
          rows: entries.indicators.map(({ data: { number, name, unit, method } }) => ({ number, name, unit, method })),
        };
      case 'GlossaryList':
        return {
          type: 'glossary',
          entries: entries.glossary.flatMap((term) =>
            term.data.number === undefined
              ? []
              : [
                  {
                    number: term.data.number,
                    label: term.data.label ?? term.data.term,
                    separator: term.data.separator ?? '',
                    definition: planParagraphs(term.tree).join(''),
                    url: url(termPath(term.id)),
                  },
                ],
          ),
        };
      default:
        throw new Error(`open data: <${place.name}> in content/chapters/${chapterId}.mdx has no data form`);
    }
  }

  return {
    ...documentHead(context, {
      title: entries.plan?.title ?? '',
      page: '/',
      note: '正文照录规划原文；勘误见 /errata/，已在正文中更正之处照更正后的文字收录。type 为 editorialNote 的条目是本站编者注，不属于规划原文。',
    }),
    chapters: structureOf(edition).map(({ chapter, places }) => {
      const root = { content: [] as BlockData[], sections: [] as SectionData[] };
      // The innermost open heading at each depth: 节 (0), 一、 (1), （一） (2).
      let open: SectionData[] = [];
      const here = () => open.at(-1) ?? root;
      for (const place of places) {
        if (place.kind === 'heading') {
          const level = place.path.length - 1;
          const section: SectionData = {
            heading: place.text,
            title: place.title,
            anchor: place.anchor,
            citation: place.citation,
            url: url(chapterPath(chapter.id, place.anchor)),
            content: [],
            sections: [],
          };
          open = open.slice(0, level);
          here().sections.push(section);
          open.push(section);
        } else if (place.kind === 'paragraph') {
          here().content.push({
            type: 'paragraph',
            number: place.number,
            anchor: place.anchor,
            citation: place.citation,
            url: url(chapterPath(chapter.id, place.anchor)),
            text: place.text,
          });
        } else {
          here().content.push(component(place, chapter.id));
        }
      }
      return { id: chapter.id, label: chapter.data.label, title: chapter.data.title, url: url(chapterPath(chapter.id)), ...root };
    }),
  };
}
