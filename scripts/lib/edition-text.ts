/**
 * The plan's own words as the edition presents them, in reading order,
 * assembled from content/ alone: chapter MDX with its components expanded
 * from the collections they render, and editorial notes left out. Used to
 * prove the edition against the source text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { parseMdx } from '../../src/lib/mdx-tree.ts';
import { readCollection, type ContentFile } from './content-files.ts';

/** One stretch of plan text: a heading, paragraph or table cell. */
export interface TextUnit {
  /** Content file the words are stored in. */
  file: string;
  text: string;
}

type Data = Record<string, unknown>;
const data = (file: ContentFile) => (file.data ?? {}) as Data;

function attribute(node: MdxJsxFlowElement, name: string): unknown {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string' || attr.value === null) return attr.value;
  // Expression attributes the importer writes are JSON literals: {4}, {"…"}, {["…"]}.
  return JSON.parse(attr.value!.value);
}

interface Collections {
  boxes: ContentFile[];
  projects: ContentFile[];
  terms: ContentFile[];
  indicators: ContentFile[];
}

function componentUnits(node: MdxJsxFlowElement, file: ContentFile, c: Collections): TextUnit[] {
  const unit = (f: ContentFile | string, text: string): TextUnit => ({ file: typeof f === 'string' ? f : f.path, text });
  const byNumber = (a: ContentFile, b: ContentFile) => Number(data(a).number) - Number(data(b).number);
  switch (node.name) {
    case 'EditorialNote':
      return [];
    case 'Figure':
      return [unit(file, toString(node))];
    case 'Zhuanlan': {
      const number = attribute(node, 'number');
      const box = c.boxes.find((b) => data(b).number === number);
      if (!box) throw new Error(`${file.path}: <Zhuanlan number={${String(number)}} /> has no content/zhuanlan entry`);
      const projects = c.projects
        .filter((p) => data(p).zhuanlan === box.id)
        .sort((a, b) => Number(data(a).order) - Number(data(b).order));
      return [
        unit(box, `专栏 ${data(box).number} ${String(data(box).title)}`),
        ...projects.flatMap((p) => blockUnits(p, parseMdx(p.body).children, c)),
      ];
    }
    case 'IndicatorTable': {
      const units = [unit(file, String(attribute(node, 'caption'))), unit(file, (attribute(node, 'columns') as string[]).join(' '))];
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
        unit(file, (attribute(node, 'columns') as string[]).join(' ')),
        ...[...c.indicators].sort(byNumber).flatMap((indicator) => {
          const d = data(indicator);
          return [
            unit(indicator, String(d.number)),
            unit(indicator, `${String(d.name)}（${String(d.unit)}）`),
            unit(indicator, String(d.method)),
          ];
        }),
      ];
    case 'GlossaryList':
      return c.terms
        .filter((t) => data(t).number !== undefined)
        .sort(byNumber)
        .map((t) => unit(t, `${String(data(t).number)}.${String(data(t).label)}${String(data(t).separator)}${toString(parseMdx(t.body))}`));
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

export function editionText(root: string): TextUnit[] {
  const c: Collections = {
    boxes: readCollection(root, 'zhuanlan'),
    projects: readCollection(root, 'projects'),
    terms: readCollection(root, 'glossary'),
    indicators: readCollection(root, 'indicators'),
  };
  const plan = parseYaml(readFileSync(join(root, 'content', 'plan.yaml'), 'utf8')) as { plan: { title: string } };
  const chapters = readCollection(root, 'chapters').sort((a, b) => Number(data(a).order) - Number(data(b).order));
  return [
    { file: 'content/plan.yaml', text: plan.plan.title },
    ...chapters.flatMap((chapter) => {
      const d = data(chapter);
      const heading = d.label === d.title ? String(d.title) : `${String(d.label)} ${String(d.title)}`;
      return [{ file: chapter.path, text: heading }, ...blockUnits(chapter, parseMdx(chapter.body).children, c)];
    }),
  ];
}

/** What the fidelity rules compare: letters and digits only, fullwidth forms folded. */
export function normalizeWords(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}
