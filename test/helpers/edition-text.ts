/**
 * The plan's own words as the edition presents them, in reading order,
 * assembled from content/ alone: chapter MDX with its components expanded
 * from the collections they render, and editorial notes left out. Used to
 * prove the edition against the source text.
 */
import type { RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { EDITORIAL_COMPONENTS } from '../../src/lib/content-components.ts';
import { mdxAttribute, numberAttribute } from '../../src/lib/mdx-attribute.ts';
import type { ContentFile, Edition } from '../../src/edition/index.ts';

/** One stretch of plan text: a heading, paragraph or table cell. */
export interface TextUnit {
  /** Content file the words are stored in. */
  file: string;
  text: string;
}

type Data = Record<string, unknown>;
const data = (file: ContentFile) => (file.data ?? {}) as Data;

interface Collections {
  edition: Edition;
  boxes: readonly ContentFile[];
  projects: readonly ContentFile[];
  terms: readonly ContentFile[];
  indicators: readonly ContentFile[];
}

function treeOf(c: Collections, file: ContentFile): RootContent[] {
  const { tree, error } = c.edition.mdx(file);
  if (!tree) throw new Error(`${file.path}:${error.line ?? '?'}: ${error.reason}`);
  return tree.children;
}

function componentUnits(node: MdxJsxFlowElement, file: ContentFile, c: Collections): TextUnit[] {
  const unit = (f: ContentFile | string, text: string): TextUnit => ({ file: typeof f === 'string' ? f : f.path, text });
  const byNumber = (a: ContentFile, b: ContentFile) => Number(data(a).number) - Number(data(b).number);
  if (EDITORIAL_COMPONENTS.has(node.name ?? '')) return [];
  switch (node.name) {
    case 'Figure':
      return [unit(file, toString(node))];
    case 'Zhuanlan': {
      const number = numberAttribute(node);
      const box = c.boxes.find((b) => data(b).number === number);
      if (!box) throw new Error(`${file.path}: <Zhuanlan number={${String(number)}} /> has no content/zhuanlan entry`);
      const projects = c.projects.filter((p) => data(p).zhuanlan === box.id).sort((a, b) => Number(data(a).order) - Number(data(b).order));
      return [unit(box, `专栏 ${data(box).number} ${String(data(box).title)}`), ...projects.flatMap((p) => blockUnits(p, treeOf(c, p), c))];
    }
    case 'IndicatorTable': {
      const units = [unit(file, String(mdxAttribute(node, 'caption'))), unit(file, (mdxAttribute(node, 'columns') as string[]).join(' '))];
      let category: unknown;
      for (const indicator of [...c.indicators].sort(byNumber)) {
        const d = data(indicator);
        if (d.category !== category) units.push(unit(indicator, String((category = d.category))));
        units.push(
          unit(indicator, String(d.number)),
          unit(indicator, `${d.local ? '★' : ''}${String(d.name)}（${String(d.unit)}）`),
          unit(indicator, d.baseline === null ? '-' : String(d.baseline)),
          unit(indicator, String(d.target)),
        );
      }
      return units;
    }
    case 'IndicatorMethods':
      return [
        unit(file, (mdxAttribute(node, 'columns') as string[]).join(' ')),
        ...[...c.indicators].sort(byNumber).flatMap((indicator) => {
          const d = data(indicator);
          return [unit(indicator, String(d.number)), unit(indicator, `${String(d.name)}（${String(d.unit)}）`), unit(indicator, String(d.method))];
        }),
      ];
    case 'GlossaryList':
      return c.terms
        .filter((t) => data(t).number !== undefined)
        .sort(byNumber)
        .map((t) => {
          const definition = blockUnits(t, treeOf(c, t), c)
            .map((u) => u.text)
            .join('');
          return unit(t, `${String(data(t).number)}.${String(data(t).label)}${String(data(t).separator)}${definition}`);
        });
    default:
      throw new Error(`${file.path}: component <${node.name ?? ''}> is unknown to the edition text`);
  }
}

function blockUnits(file: ContentFile, nodes: readonly RootContent[], c: Collections): TextUnit[] {
  return nodes.flatMap((node): TextUnit[] => {
    if (node.type === 'mdxJsxFlowElement') return componentUnits(node, file, c);
    if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return [];
    return [{ file: file.path, text: toString(node) }];
  });
}

export function editionText(edition: Edition): TextUnit[] {
  const c: Collections = {
    edition,
    boxes: edition.collection('zhuanlan'),
    projects: edition.collection('projects'),
    terms: edition.collection('glossary'),
    indicators: edition.collection('indicators'),
  };
  const plan = edition.plan.data as { plan: { title: string } };
  const chapters = [...edition.collection('chapters')].sort((a, b) => Number(data(a).order) - Number(data(b).order));
  return [
    { file: edition.plan.path, text: plan.plan.title },
    ...chapters.flatMap((chapter) => {
      const d = data(chapter);
      const heading = d.label === d.title ? String(d.title) : `${String(d.label)} ${String(d.title)}`;
      return [{ file: chapter.path, text: heading }, ...blockUnits(chapter, treeOf(c, chapter), c)];
    }),
  ];
}
