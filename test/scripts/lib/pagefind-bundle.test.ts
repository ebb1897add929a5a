/**
 * Trimming Pagefind's bundle: paragraph text stored once, chunk ranges that
 * load every chunk a prefix match needs. The built bundle itself is checked
 * in test/search/index.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { pack, slimBundle, slimFragment, unpack, widenMetaChunks, widenedFroms } from '../../../scripts/lib/pagefind-bundle.ts';
import { decodeCbor, encodeText, type CborNode } from '../../../scripts/lib/cbor.ts';
import type { PagefindFragment } from '../../../src/lib/search/fragment.ts';

const PARAGRAPH = '加快政府各部门系统迁移上云力度。';
const FRAGMENT: PagefindFragment = {
  url: '/chapter-4/',
  content: `第一节 强化 基础 设施 建设. ${PARAGRAPH}`,
  meta: { title: '第四章　主要任务' },
  filters: {},
  anchors: [
    { element: 'h2', id: 's1', text: '第一节　强化基础设施建设', location: 0 },
    { element: 'p', id: 's1-1-p1', text: PARAGRAPH, location: 5 },
    { element: 'tr', id: 'indicator-1', text: '', location: 9 },
  ],
};

/** CBOR for the metadata's shape: arrays, small integers and text. */
function cbor(value: unknown): Uint8Array {
  if (typeof value === 'string') return encodeText(value);
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 24) return Uint8Array.of(value);
  if (Array.isArray(value) && value.length < 24) {
    const parts = value.map(cbor);
    return Uint8Array.from([0x80 | value.length, ...parts.flatMap((p) => [...p])]);
  }
  throw new Error(`cannot encode ${String(value)}`);
}

const plain = (node: CborNode): unknown => (node.type === 'array' ? node.items.map(plain) : 'value' in node ? node.value : null);

let temp: string | undefined;
afterEach(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
  temp = undefined;
});

describe('pack and unpack', () => {
  it('read and write Pagefind’s “pagefind_dcd” + payload, gzip-compressed', () => {
    const payload = Buffer.from('{"url":"/"}');
    expect(unpack(pack(payload), 'x').toString()).toBe('{"url":"/"}');
  });

  it('name the file and the likely cause when a file is not in that format', () => {
    expect(() => unpack(Buffer.from('plain'), 'fragment/a.pf_fragment')).toThrow(/fragment\/a\.pf_fragment: not a gzip file; Pagefind's bundle format may have changed/);
    expect(() => unpack(gzipSync('other_header{}'), 'index/b.pf_index')).toThrow(/index\/b\.pf_index: does not start with "pagefind_dcd"/);
  });
});

describe('slimFragment', () => {
  it('keeps headings’ anchor text and drops the copy of every other element’s text', () => {
    const slim = slimFragment(FRAGMENT);
    expect(slim.anchors.map((a) => [a.id, a.text])).toEqual([
      ['s1', '第一节　强化基础设施建设'],
      ['s1-1-p1', ''],
      ['indicator-1', ''],
    ]);
    expect(slim.anchors.map((a) => a.location)).toEqual([0, 5, 9]);
    expect(slim.content).toBe(FRAGMENT.content);
    expect(FRAGMENT.anchors[1]!.text).toBe(PARAGRAPH);
  });
});

describe('widenedFroms', () => {
  it('lowers a chunk’s start to the first character its boundary shares with the chunk before', () => {
    // Ranges as Pagefind 1.6 trims them (from the built index of this edition).
    const chunks = [
      { from: '0165', to: '一件' },
      { from: '一件事', to: '与度' },
      { from: '与或', to: '为' },
      { from: '为一', to: '互联网' },
      { from: '互联网不', to: '优' },
      { from: '全省', to: '决' },
      { from: '况', to: '办公' },
    ];
    expect(widenedFroms(chunks)).toEqual(['0165', '一', '与', '为', '互', '全省', '况']);
  });
});

describe('widenMetaChunks', () => {
  const meta = (chunks: string[][]) => cbor(['1.6.0', [['zh-cn_f1', 5, '']], chunks, [], [], ['title']]);

  it('rewrites only the chunks’ start words, leaving the rest of the metadata as it was', () => {
    const chunks = [
      ['a', '一件', 'zh-cn_c1'],
      ['一件事', '与度', 'zh-cn_c2'],
      ['与或', '龙', 'zh-cn_c3'],
    ];
    const { payload, widened } = widenMetaChunks(meta(chunks), new Set(['zh-cn_c1', 'zh-cn_c2', 'zh-cn_c3']), 'm');
    expect(widened).toBe(2);
    expect(plain(decodeCbor(payload))).toEqual([
      '1.6.0',
      [['zh-cn_f1', 5, '']],
      [
        ['a', '一件', 'zh-cn_c1'],
        ['一', '与度', 'zh-cn_c2'],
        ['与', '龙', 'zh-cn_c3'],
      ],
      [],
      [],
      ['title'],
    ]);
  });

  it('fails, naming the file, when it cannot find the list of the index chunks', () => {
    const chunks = [['a', 'b', 'zh-cn_c1']];
    expect(() => widenMetaChunks(meta(chunks), new Set(['zh-cn_c1', 'zh-cn_c9']), 'pagefind.zh-cn_x.pf_meta')).toThrow(
      /pagefind\.zh-cn_x\.pf_meta: cannot find the list of the 2 index chunks \(lists of 1 index files\); Pagefind's metadata format may have changed/,
    );
  });
});

describe('slimBundle', () => {
  it('rewrites a bundle folder in place and reports what it did', () => {
    temp = mkdtempSync(join(tmpdir(), 'pagefind-bundle-'));
    for (const dir of ['fragment', 'index']) mkdirSync(join(temp, dir));
    writeFileSync(join(temp, 'fragment', 'zh-cn_p1.pf_fragment'), pack(Buffer.from(JSON.stringify(FRAGMENT))));
    for (const hash of ['zh-cn_c1', 'zh-cn_c2']) writeFileSync(join(temp, 'index', `${hash}.pf_index`), pack(cbor([[]])));
    const chunks = [
      ['a', '一件', 'zh-cn_c1'],
      ['一件事', '龙', 'zh-cn_c2'],
    ];
    writeFileSync(join(temp, 'pagefind.zh-cn_abc123.pf_meta'), pack(cbor(['1.6.0', [], chunks, [], [], []])));

    const report = slimBundle(temp);
    expect(report).toMatchObject({ fragments: 1, chunks: 2, widened: 1 });
    const fragment = JSON.parse(unpack(readFileSync(join(temp, 'fragment', 'zh-cn_p1.pf_fragment')), 'f').toString()) as PagefindFragment;
    expect(fragment.anchors[1]!.text).toBe('');
    const written = plain(decodeCbor(unpack(readFileSync(join(temp, 'pagefind.zh-cn_abc123.pf_meta')), 'm'))) as unknown[];
    expect(written[2]).toEqual([
      ['a', '一件', 'zh-cn_c1'],
      ['一', '龙', 'zh-cn_c2'],
    ]);
  });
});
