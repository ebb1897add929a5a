/**
 * The plan's words in one content file, as passages (a heading, a paragraph,
 * a table cell, a data field) with the field and line they sit on. Editorial
 * additions — <EditorialNote>, aliases, related terms, notes — are not plan
 * text and are left out, so editors may change them freely.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { EDITORIAL_COMPONENTS } from '../../lib/content-components.ts';
import type { ContentFile } from '../index.ts';
import type { CollectionName } from '../../schemas.ts';

export interface Passage {
  /** `body` for MDX text, else the data field's path (sections.1.title). */
  field: string;
  text: string;
  line: number | undefined;
}

/** Fields that hold the plan's words, per collection; `*` stands for every list item. */
export const PLAN_FIELDS: Record<CollectionName, readonly string[]> = {
  chapters: ['label', 'title', 'sections.*.label', 'sections.*.title'],
  zhuanlan: ['number', 'title'],
  projects: ['title'],
  glossary: ['label', 'separator'],
  indicators: ['number', 'category', 'name', 'unit', 'local', 'baseline', 'target', 'method'],
  timeline: ['title', 'period', 'start', 'end', 'tasks.*'],
};

/** Whether `field` (sections.1.title, body) holds plan text in this collection. */
export function isPlanField(collection: CollectionName, field: string): boolean {
  if (field === 'body') return collection !== 'zhuanlan' && collection !== 'indicators' && collection !== 'timeline';
  return PLAN_FIELDS[collection].some((pattern) => new RegExp(`^${pattern.replaceAll('.', '\\.').replaceAll('*', '\\d+')}$`).test(field));
}

function fieldPassages(file: ContentFile): Passage[] {
  const passages: Passage[] = [];
  const walk = (value: unknown, pattern: string[], path: (string | number)[]) => {
    if (pattern.length === 0) {
      if (value !== undefined) {
        passages.push({ field: path.join('.'), text: value === null ? '（空）' : String(value), line: file.lineOf(path) });
      }
      return;
    }
    const [head, ...rest] = pattern;
    if (head === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, rest, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      walk((value as Record<string, unknown>)[head!], rest, [...path, head!]);
    }
  };
  for (const pattern of PLAN_FIELDS[file.collection]) walk(file.data, pattern.split('.'), []);
  return passages;
}

function attributeText(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): string {
  if (attribute.type === 'mdxJsxExpressionAttribute') return `{${attribute.value}}`;
  const { value } = attribute;
  if (value === null || value === undefined) return attribute.name;
  if (typeof value === 'string') return `${attribute.name}=${JSON.stringify(value)}`;
  // {4}, {"…"}, {["…"]}: compared by value, so reformatting the literal is no change.
  try {
    return `${attribute.name}=${JSON.stringify(JSON.parse(value.value))}`;
  } catch {
    return `${attribute.name}={${value.value}}`;
  }
}

const isJsx = (node: Nodes) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function inlineText(node: Nodes): string {
  if (isJsx(node)) {
    const element = node as Extract<Nodes, { type: 'mdxJsxTextElement' }>;
    if (EDITORIAL_COMPONENTS.has(element.name ?? '')) return '';
    const attributes = element.attributes.map(attributeText).join(' ');
    return `<${element.name ?? ''}${attributes ? ` ${attributes}` : ''}>${element.children.map(inlineText).join('')}</${element.name ?? ''}>`;
  }
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node) return node.type === 'mdxTextExpression' ? `{${node.value}}` : node.value;
  if ('children' in node) return (node.children as Nodes[]).map(inlineText).join('');
  return '';
}

/** Paragraph-like nodes whose inline text is one passage. */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The passages of an MDX body's tree (none when it does not compile: its syntax error is reported elsewhere). */
export function bodyPassages(file: ContentFile, tree: Root | undefined): Passage[] {
  if (!tree) return [];
  const passages: Passage[] = [];
  const lineOf = (node: Nodes) => (node.position ? file.bodyLine + node.position.start.line - 1 : undefined);
  const visit = (node: Nodes) => {
    if (node.type === 'mdxjsEsm') return;
    if (node.type === 'mdxJsxFlowElement') {
      if (EDITORIAL_COMPONENTS.has(node.name ?? '')) return;
      const attributes = node.attributes.map(attributeText).join(' ');
      passages.push({ field: 'body', text: `<${node.name ?? ''}${attributes ? ` ${attributes}` : ''}>`, line: lineOf(node) });
      node.children.forEach(visit);
      return;
    }
    if (TEXT_BLOCKS.has(node.type)) {
      const prefix = node.type === 'heading' ? `${'#'.repeat(node.depth)} ` : '';
      // A line break inside a paragraph shows as one space; other spacing (the ideographic space) is the plan's own.
      passages.push({
        field: 'body',
        text:
          prefix +
          inlineText(node)
            .replace(/[ \t\r\n]+/g, ' ')
            .replace(/^ | $/g, ''),
        line: lineOf(node),
      });
      return;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
    else if ('value' in node) passages.push({ field: 'body', text: String(node.value), line: lineOf(node) });
  };
  tree.children.forEach(visit);
  return passages;
}

/** Every plan passage of a file: its plan fields in schema order, then its MDX body (`tree`). */
export function planPassages(file: ContentFile, tree: Root | undefined): Passage[] {
  return [...fieldPassages(file), ...(file.path.endsWith('.mdx') ? bodyPassages(file, tree) : [])];
}

/**
 * The plan text of each 节 of a chapter, paragraphs joined as the importer
 * joins them, keyed by section number: what a glossary definition quotes.
 */
export function sectionTexts(chapter: ContentFile, tree: Root | undefined): Map<number, string> {
  const sections = (chapter.data as { sections?: { number: number; label: string }[] } | undefined)?.sections ?? [];
  const texts = new Map<number, string>();
  let current: number | undefined;
  for (const passage of bodyPassages(chapter, tree)) {
    const heading = /^## (.*)$/.exec(passage.text);
    if (heading) {
      current = sections.find((s) => heading[1]!.startsWith(s.label))?.number;
      if (current !== undefined) texts.set(current, '');
    } else if (current !== undefined && !passage.text.startsWith('#') && !passage.text.startsWith('<')) {
      texts.set(current, texts.get(current)! + passage.text);
    }
  }
  return texts;
}
