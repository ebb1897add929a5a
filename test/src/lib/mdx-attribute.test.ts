/** A component's attributes as data: read from the MDX tree, never evaluated. */
import { describe, expect, it } from 'vitest';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { parseMdx } from '../../../src/edition/mdx.ts';
import { isDataAttribute, mdxAttribute, numberAttribute } from '../../../src/lib/mdx-attribute.ts';

/** The first component of an MDX text, as the edition parses it. */
function component(mdx: string): MdxJsxFlowElement {
  const node = parseMdx(mdx).children.find((n): n is MdxJsxFlowElement => n.type === 'mdxJsxFlowElement');
  if (!node) throw new Error(`no component in ${mdx}`);
  return node;
}

describe('mdxAttribute', () => {
  it('reads text and JSON literals', () => {
    const node = component('<IndicatorTable caption="表 1" columns={["序号", "指标"]} />');
    expect(mdxAttribute(node, 'caption')).toBe('表 1');
    expect(mdxAttribute(node, 'columns')).toEqual(['序号', '指标']);
    expect(mdxAttribute(node, 'missing')).toBeUndefined();
  });
});

describe('numberAttribute', () => {
  it('reads a whole number written as an expression or as text', () => {
    expect(numberAttribute(component('<Zhuanlan number={4} />'))).toBe(4);
    expect(numberAttribute(component('<Figure number="2">图 2</Figure>'))).toBe(2);
  });

  it('gives nothing for a missing, fractional or non-numeric value, and never runs code', () => {
    expect(numberAttribute(component('<Zhuanlan />'))).toBeUndefined();
    expect(numberAttribute(component('<Zhuanlan number={4.5} />'))).toBeUndefined();
    expect(numberAttribute(component('<Zhuanlan number="四" />'))).toBeUndefined();
    expect(numberAttribute(component('<Zhuanlan number={globalThis.boom()} />'))).toBeUndefined();
  });
});

describe('isDataAttribute', () => {
  it('accepts text and JSON literals, and refuses code', () => {
    const attributes = component('<Zhuanlan number={4} label="甲" code={alert(1)} />').attributes;
    expect(attributes.map(isDataAttribute)).toEqual([true, true, false]);
  });
});
