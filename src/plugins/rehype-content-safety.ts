/**
 * Defence in depth behind the content check: every content body is
 * sanitized by hast-util-sanitize with the edition's allowlist
 * (src/lib/content-safety.ts) before Astro compiles it, so that markup the
 * check missed is rendered inert, never live. The site's components stay
 * (with their data attributes only, never code), and what is inside them is
 * sanitized like the rest; raw HTML is judged by the schema like any element;
 * code ({…} expressions, import/export) is dropped.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { isContentComponent } from '../lib/content-components.ts';
import { CONTENT_SANITIZE_SCHEMA } from '../lib/content-safety.ts';
import { isDataAttribute } from '../lib/mdx-attribute.ts';

type JsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;
type Node = Root | RootContent;

/** Stands for a component while the sanitizer runs (it knows only HTML), and carries which one in its data. */
const COMPONENT = 'edition-component';
const SCHEMA = { ...CONTENT_SANITIZE_SCHEMA, tagNames: [...(CONTENT_SANITIZE_SCHEMA.tagNames ?? []), COMPONENT] };

const isJsx = (node: Node): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isCode = (node: Node) => node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm';

/** The tree as plain HTML the sanitizer can judge: components held aside, raw HTML made elements, code dropped. */
function toHtml(node: Node, held: JsxElement[]): Node[] {
  if (isCode(node)) return [];
  if (!('children' in node)) return [node];
  const children = node.children.flatMap((child) => toHtml(child, held)) as ElementContent[];
  if (!isJsx(node)) return [{ ...node, children } as Node];
  if (node.name && isContentComponent(node.name)) {
    held.push({ ...node, attributes: node.attributes.filter(isDataAttribute), children: [] });
    return [{ type: 'element', tagName: COMPONENT, properties: {}, data: { held: held.length - 1 } as unknown as Element['data'], children }];
  }
  // Raw HTML (or a name no component has): an element with its text attributes, for the schema to judge.
  const properties = Object.fromEntries(node.attributes.filter(isDataAttribute).map((a) => [a.name, typeof a.value === 'string' ? a.value : '']));
  return [h((node.name ?? 'div').toLowerCase(), properties, children)];
}

/** The sanitized tree with each component back in its place, around its sanitized content. */
function restore(node: Node, held: readonly JsxElement[]): Node[] {
  if (!('children' in node)) return [node];
  const children = node.children.flatMap((child) => restore(child, held));
  if (node.type === 'element' && node.tagName === COMPONENT) {
    const index = (node.data as { held?: unknown } | undefined)?.held;
    // An element of that name that content wrote itself is no component: its content stays, unwrapped.
    return typeof index === 'number' ? [{ ...held[index]!, children } as Node] : children;
  }
  return [{ ...node, children } as Node];
}

export function rehypeContentSafety() {
  return (tree: Root): Root => {
    const held: JsxElement[] = [];
    const html = toHtml(tree, held)[0] as Root;
    return restore(sanitize(html, SCHEMA) as Root, held)[0] as Root;
  };
}
