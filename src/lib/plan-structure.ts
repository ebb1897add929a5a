/**
 * The plan's own structure read from a chapter's Markdown tree: which heading
 * (第二节 › 一、 › （一）) every top-level paragraph, 专栏 and figure stands
 * under, and the anchor and citation that follow from it (src/shared/anchors.ts).
 *
 * One walker serves the anchors remark plugin (ids in the built pages), the
 * contents lists, and the index of paragraphs (project pages, full text), so
 * all of them agree on every anchor. Only top-level paragraphs are the plan's:
 * text inside components (editorial notes, 专栏 boxes, figure captions) is not.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { citation, headingAnchor, paragraphAnchor, type StructurePath } from '../shared/anchors.ts';
import { numberAttribute } from './mdx-attribute.ts';

export interface HeadingPlace {
  kind: 'heading';
  node: Heading;
  /** [节, 一、, （一）] numbers, as deep as the heading goes. */
  path: StructurePath;
  anchor: string;
  citation: string;
  /** The heading's text as printed, e.g. 第一节　强化基础设施建设. */
  text: string;
  /** The text without its numbering, e.g. 强化基础设施建设. */
  title: string;
}

export interface ParagraphPlace {
  kind: 'paragraph';
  node: Paragraph;
  /** The heading the paragraph stands under ([] before the first heading). */
  path: StructurePath;
  /** 1-based position among the paragraphs directly under that heading. */
  number: number;
  anchor: string;
  citation: string;
  text: string;
}

export interface ComponentPlace {
  kind: 'component';
  node: MdxJsxFlowElement;
  /** The MDX component's name (Zhuanlan, Figure, IndicatorTable …). */
  name: string;
  /** Its numeric `number={…}` attribute, where it has one. */
  number: number | undefined;
  path: StructurePath;
}

export type Place = HeadingPlace | ParagraphPlace | ComponentPlace;

const NUMERAL = '[一二三四五六七八九十]+';
const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九, as the plan numbers its parts. */
export function parseChineseNumeral(text: string): number {
  const tens = text.indexOf('十');
  if (tens === -1) {
    const value = DIGITS[text];
    if (value === undefined || text.length !== 1) throw new Error(`not a Chinese numeral: ${text}`);
    return value;
  }
  const high = tens === 0 ? 1 : parseChineseNumeral(text.slice(0, tens));
  const low = text.slice(tens + 1);
  return high * 10 + (low ? parseChineseNumeral(low) : 0);
}

/** Heading depth in the MDX → the numbering it must start with. */
const HEADING_PATTERNS: Record<number, { pattern: RegExp; example: string }> = {
  2: { pattern: new RegExp(`^第(${NUMERAL})节`), example: '## 第二节　标题' },
  3: { pattern: new RegExp(`^(${NUMERAL})、`), example: '### 一、标题' },
  4: { pattern: new RegExp(`^（(${NUMERAL})）`), example: '#### （一）标题' },
};

/**
 * Every heading, top-level paragraph and component of a chapter, in order.
 * `source` names the file in error messages; `chapterLabel` (第四章, 引言,
 * 附件 1) starts every citation.
 */
export function planPlaces(tree: Root, chapterLabel: string, source: string): Place[] {
  const places: Place[] = [];
  let path: number[] = [];
  let paragraphs = 0;

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const text = toString(node);
      const rule = HEADING_PATTERNS[node.depth];
      const match = rule?.pattern.exec(text);
      if (!rule || !match) {
        const line = node.position?.start.line;
        throw new Error(
          `${source}${line ? `:${line}` : ''}: 标题“${text}”不符合规划的编号层级（应为 ${Object.values(HEADING_PATTERNS)
            .map((r) => r.example)
            .join('、')}）(heading does not follow the plan's numbering)`,
        );
      }
      const level = node.depth - 2; // 0 = 节, 1 = 一、, 2 = （一）
      if (path.length < level) {
        throw new Error(`${source}:${node.position?.start.line ?? '?'}: 标题“${text}”缺少上一级标题 (heading skips a level)`);
      }
      path = [...path.slice(0, level), parseChineseNumeral(match[1]!)];
      paragraphs = 0;
      const title = text.slice(match[0].length).trim();
      places.push({ kind: 'heading', node, path, anchor: headingAnchor(path), citation: citation(chapterLabel, path), text, title });
    } else if (node.type === 'paragraph') {
      paragraphs += 1;
      places.push({
        kind: 'paragraph',
        node,
        path,
        number: paragraphs,
        anchor: paragraphAnchor(path, paragraphs),
        citation: citation(chapterLabel, path, paragraphs),
        text: toString(node),
      });
    } else if (node.type === 'mdxJsxFlowElement' && node.name) {
      places.push({ kind: 'component', node, name: node.name, number: numberAttribute(node), path });
    }
  }
  return places;
}

export interface OutlineEntry {
  section: HeadingPlace;
  /** The section's 一、 headings. */
  items: HeadingPlace[];
}

/** A chapter's 节 with their 一、 headings: the two levels every contents list shows. */
export function outline(headings: readonly HeadingPlace[]): OutlineEntry[] {
  return headings
    .filter((h) => h.path.length === 1)
    .map((section) => ({ section, items: headings.filter((h) => h.path.length === 2 && h.path[0] === section.path[0]) }));
}
