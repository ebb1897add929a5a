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

/**
 * A component's whole-number attribute (number={4}: which 专栏, which figure),
 * or undefined where it has none or it is not a whole number. Read from the
 * attribute's text, never evaluated, so it is safe on a tree the check has not
 * yet passed.
 */
export function numberAttribute(node: Pick<MdxJsxFlowElement, 'attributes'>, name = 'number'): number | undefined {
  const attr = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  const raw = typeof attr?.value === 'string' ? attr.value : attr?.value?.value;
  const value = Number(raw);
  return raw !== undefined && raw !== '' && Number.isInteger(value) ? value : undefined;
}
