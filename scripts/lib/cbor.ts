/**
 * Just enough CBOR (RFC 8949) to read Pagefind's metadata file and change
 * text strings in it: decoding keeps each item's byte span, so an item can be
 * swapped for another without re-encoding (and so without changing) the rest.
 * CBOR items carry their own lengths and nothing points at byte offsets, so
 * splicing a new text string in place of an old one keeps the file valid.
 */

interface Span {
  /** Byte range [start, end) of the whole item, head included. */
  start: number;
  end: number;
}

export type CborNode =
  | (Span & { type: 'int'; value: number })
  | (Span & { type: 'bytes'; value: Uint8Array })
  | (Span & { type: 'text'; value: string })
  | (Span & { type: 'array'; items: CborNode[] })
  | (Span & { type: 'map'; entries: [CborNode, CborNode][] })
  | (Span & { type: 'simple'; value: boolean | null | undefined | number });

const BREAK = Symbol('break');

/** IEEE 754 half precision, as RFC 8949 appendix D decodes it. */
function halfFloat(half: number): number {
  const exponent = (half >> 10) & 0x1f;
  const mantissa = half & 0x3ff;
  const value = exponent === 0 ? mantissa * 2 ** -24 : exponent !== 31 ? (mantissa + 1024) * 2 ** (exponent - 25) : mantissa === 0 ? Infinity : NaN;
  return half & 0x8000 ? -value : value;
}

export function decodeCbor(bytes: Uint8Array): CborNode {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;

  const fail = (what: string): never => {
    throw new Error(`CBOR: ${what} at byte ${at}`);
  };
  const uint = (size: number): number => {
    if (at + size > bytes.length) fail('unexpected end');
    let value = 0;
    for (let i = 0; i < size; i += 1) value = value * 256 + bytes[at + i]!;
    at += size;
    return value;
  };
  /** The argument of a head; null for an indefinite length. */
  const argument = (info: number): number | null => {
    if (info < 24) return info;
    if (info >= 24 && info <= 27) return uint(2 ** (info - 24));
    if (info === 31) return null;
    return fail(`reserved additional info ${info}`);
  };

  const item = (): CborNode | typeof BREAK => {
    const start = at;
    if (at >= bytes.length) fail('unexpected end');
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    if (major === 7) {
      if (info === 31) return BREAK;
      let value: boolean | null | undefined | number;
      if (info === 20) value = false;
      else if (info === 21) value = true;
      else if (info === 22) value = null;
      else if (info === 23) value = undefined;
      else if (info === 25) value = halfFloat(uint(2));
      else if (info === 26) {
        if (at + 4 > bytes.length) fail('unexpected end');
        value = view.getFloat32(at);
        at += 4;
      } else if (info === 27) {
        if (at + 8 > bytes.length) fail('unexpected end');
        value = view.getFloat64(at);
        at += 8;
      } else if (info < 24) value = info;
      else value = uint(1);
      return { type: 'simple', value, start, end: at };
    }
    const n = argument(info);
    switch (major) {
      case 0:
        return { type: 'int', value: n ?? fail('indefinite integer'), start, end: at };
      case 1:
        return { type: 'int', value: -1 - (n ?? fail('indefinite integer')), start, end: at };
      case 2:
      case 3: {
        if (n === null) return fail('indefinite strings unsupported');
        if (at + n > bytes.length) fail('string past the end');
        const raw = bytes.subarray(at, at + n);
        at += n;
        return major === 2
          ? { type: 'bytes', value: raw, start, end: at }
          : { type: 'text', value: new TextDecoder('utf-8', { fatal: true }).decode(raw), start, end: at };
      }
      case 4: {
        const items: CborNode[] = [];
        for (let i = 0; n === null || i < n; i += 1) {
          const next = item();
          if (next === BREAK) {
            if (n === null) break;
            fail('unexpected break');
          }
          items.push(next as CborNode);
        }
        return { type: 'array', items, start, end: at };
      }
      case 5: {
        const entries: [CborNode, CborNode][] = [];
        for (let i = 0; n === null || i < n; i += 1) {
          const key = item();
          if (key === BREAK) {
            if (n === null) break;
            fail('unexpected break');
          }
          const value = item();
          if (value === BREAK) fail('map without a value');
          entries.push([key as CborNode, value as CborNode]);
        }
        return { type: 'map', entries, start, end: at };
      }
      case 6: {
        // A tag: the tagged item stands for itself here.
        const tagged = item();
        if (tagged === BREAK) fail('tag without an item');
        return { ...(tagged as CborNode), start };
      }
      default:
        return fail(`major type ${major}`);
    }
  };

  const root = item();
  if (root === BREAK) fail('break outside an array or map');
  if (at !== bytes.length) fail(`${bytes.length - at} bytes after the item`);
  return root as CborNode;
}

/** A text string item, with the shortest head (as encoders write it). */
export function encodeText(text: string): Uint8Array {
  const utf8 = new TextEncoder().encode(text);
  const n = utf8.length;
  const head =
    n < 24 ? [0x60 | n]
    : n < 2 ** 8 ? [0x78, n]
    : n < 2 ** 16 ? [0x79, n >> 8, n & 255]
    : [0x7a, (n >>> 24) & 255, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  const out = new Uint8Array(head.length + n);
  out.set(head);
  out.set(utf8, head.length);
  return out;
}

export interface Replacement {
  start: number;
  end: number;
  bytes: Uint8Array;
}

/** `bytes` with each [start, end) range replaced (ranges must not overlap). */
export function splice(bytes: Uint8Array, replacements: readonly Replacement[]): Uint8Array {
  const sorted = [...replacements].sort((a, b) => a.start - b.start);
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.start < at || r.end < r.start || r.end > bytes.length) throw new Error(`splice: bad range [${r.start}, ${r.end})`);
    parts.push(bytes.subarray(at, r.start), r.bytes);
    at = r.end;
  }
  parts.push(bytes.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
