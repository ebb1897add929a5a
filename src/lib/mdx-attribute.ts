import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';

type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

/**
 * Whether an attribute is data, as the importer writes them: text
 * (label="…"), or an expression that is a JSON literal ({4}, {"…"}, {["…"]}).
 * Anything else ({alert(1)}, {...props}) is code the page would run.
 */
export function isDataAttribute(attribute: Attribute): attribute is MdxJsxAttribute {
  if (attribute.type !== 'mdxJsxAttribute') return false;
  if (typeof attribute.value === 'string' || attribute.value === null || attribute.value === undefined) return true;
  try {
    JSON.parse(attribute.value.value);
    return true;
  } catch {
    return false;
  }
}

/** A component's attribute value: a string, or the JSON literal of a data expression attribute. */
export function mdxAttribute(node: Pick<MdxJsxFlowElement, 'attributes'>, name: string): unknown {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return undefined;
  if (typeof attr.value === 'string' || attr.value === null || attr.value === undefined) return attr.value;
  return JSON.parse(attr.value.value);
}
