/** The CBOR reader keeps each item's bytes, so a text string can be swapped without touching the rest. */
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeText, splice, type CborNode } from '../../../scripts/lib/cbor.ts';

const hex = (h: string) => Uint8Array.from(h.match(/../g)!.map((b) => parseInt(b, 16)));

/** Plain values of a decoded tree, to compare with what RFC 8949 appendix A says the bytes mean. */
function plain(node: CborNode): unknown {
  switch (node.type) {
    case 'array':
      return node.items.map(plain);
    case 'map':
      return Object.fromEntries(node.entries.map(([k, v]) => [String(plain(k)), plain(v)]));
    case 'bytes':
      return [...node.value];
    default:
      return node.value;
  }
}

describe('decodeCbor', () => {
  it('reads the examples of RFC 8949 appendix A', () => {
    expect(plain(decodeCbor(hex('00')))).toBe(0);
    expect(plain(decodeCbor(hex('1903e8')))).toBe(1000);
    expect(plain(decodeCbor(hex('1b000000e8d4a51000')))).toBe(1000000000000);
    expect(plain(decodeCbor(hex('3903e7')))).toBe(-1000);
    expect(plain(decodeCbor(hex('f93c00')))).toBe(1);
    expect(plain(decodeCbor(hex('fa47c35000')))).toBe(100000);
    expect(plain(decodeCbor(hex('f4')))).toBe(false);
    expect(plain(decodeCbor(hex('6449455446')))).toBe('IETF');
    expect(plain(decodeCbor(hex('63e6b0b4')))).toBe('水');
    expect(plain(decodeCbor(hex('4401020304')))).toEqual([1, 2, 3, 4]);
    expect(plain(decodeCbor(hex('8301820203820405')))).toEqual([1, [2, 3], [4, 5]]);
    expect(plain(decodeCbor(hex('9f018202039f0405ffff')))).toEqual([1, [2, 3], [4, 5]]);
    expect(plain(decodeCbor(hex('a26161016162820203')))).toEqual({ a: 1, b: [2, 3] });
    expect(plain(decodeCbor(hex('c074323031332d30332d32315432303a30343a30305a')))).toBe('2013-03-21T20:04:00Z');
  });

  it('gives every item its byte span', () => {
    const root = decodeCbor(hex('83016449455446820203'));
    expect(root).toMatchObject({ type: 'array', start: 0, end: 10 });
    const [one, text, pair] = (root as Extract<CborNode, { type: 'array' }>).items;
    expect([one!.start, one!.end, text!.start, text!.end, pair!.start, pair!.end]).toEqual([1, 2, 2, 7, 7, 10]);
  });

  it('fails on bytes that are not one whole CBOR item, saying where', () => {
    expect(() => decodeCbor(hex('8301'))).toThrow(/unexpected end at byte 2/);
    expect(() => decodeCbor(hex('0000'))).toThrow(/1 bytes after the item/);
    expect(() => decodeCbor(hex('1c'))).toThrow(/reserved additional info 28/);
    expect(() => decodeCbor(hex('ff'))).toThrow(/break outside/);
  });
});

describe('encodeText and splice', () => {
  it('writes text strings with the shortest head', () => {
    expect([...encodeText('IETF')]).toEqual([...hex('6449455446')]);
    expect([...encodeText('一').subarray(0, 1)]).toEqual([0x63]);
    expect([...encodeText('x'.repeat(24)).subarray(0, 2)]).toEqual([0x78, 24]);
    expect([...encodeText('x'.repeat(300)).subarray(0, 3)]).toEqual([0x79, 1, 44]);
    expect(plain(decodeCbor(encodeText('汕头'.repeat(200))))).toBe('汕头'.repeat(200));
  });

  it('swaps a text string of another length for another and leaves a valid item', () => {
    const bytes = hex('8301' + '6449455446' + '820203');
    const root = decodeCbor(bytes) as Extract<CborNode, { type: 'array' }>;
    const text = root.items[1]!;
    const out = splice(bytes, [{ start: text.start, end: text.end, bytes: encodeText('一网通办') }]);
    expect(plain(decodeCbor(out))).toEqual([1, '一网通办', [2, 3]]);
    expect(() => splice(bytes, [{ start: 5, end: 3, bytes: new Uint8Array() }])).toThrow(/bad range/);
  });
});
