import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

/** A component's attribute value: a string, or the JSON literal of an expression attribute ({4}, {"…"}, {["…"]}) as the importer writes them. */
export function mdxAttribute(node: MdxJsxFlowElement, name: string): unknown {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string' || attr.value === null) return attr.value;
  return JSON.parse(attr.value!.value);
}
