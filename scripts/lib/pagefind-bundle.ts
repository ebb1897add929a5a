/**
 * Trims what a search downloads from the bundle Pagefind writes (its folder
 * pagefind/), without changing what a search finds:
 *
 * - Page data (fragment/*.pf_fragment): Pagefind keeps the text of every
 *   element with an id as that anchor's text, so each paragraph of a chapter
 *   (s2-1-p3 …) is stored twice, once in the page's content and once in its
 *   anchor — some 40% of a chapter's data. Only headings' anchor text is read
 *   (src/lib/search/fragment.ts `readsAnchorText`); the rest is emptied.
 *
 * - Index chunk ranges (pagefind.*.pf_meta): the build asks Pagefind for small
 *   index chunks (scripts/search-index.ts), so that a search loads a few small
 *   chunks rather than a few large ones. Pagefind finds the chunk a query word
 *   needs by the range of words each chunk holds, and a word also matches the
 *   longer words it begins (一 matches 一公开: the browser splits 双随机一公开
 *   into 双 随机 一 公开, the index holds 双 随机 一公开). When a chunk boundary
 *   falls inside the words that begin alike (… 一件 | 一件事 … 一公开 …),
 *   Pagefind 1.6 loads only the first of the chunks, and pages holding the
 *   later words are not found. The ranges are widened so that every chunk
 *   holding a word that begins with the query word is loaded too.
 *
 * The files keep their names (Pagefind's content hashes): each is rewritten
 * the same way on every build, so a name still stands for one content.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { readsAnchorText, type PagefindFragment } from '../../src/lib/search/fragment.ts';
import { decodeCbor, encodeText, splice, type CborNode, type Replacement } from './cbor.ts';

/** Every Pagefind data file is this signature and a payload, gzip-compressed. */
const SIGNATURE = Buffer.from('pagefind_dcd');

export function unpack(file: Buffer, name: string): Buffer {
  let data: Buffer;
  try {
    data = gunzipSync(file);
  } catch {
    throw new Error(`${name}: not a gzip file; Pagefind's bundle format may have changed (scripts/lib/pagefind-bundle.ts)`);
  }
  if (!data.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${name}: does not start with "pagefind_dcd"; Pagefind's bundle format may have changed (scripts/lib/pagefind-bundle.ts)`);
  }
  return data.subarray(SIGNATURE.length);
}

export function pack(payload: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, payload]), { level: 9 });
}

/** The page's data with anchor text kept only where the search reads it. */
export function slimFragment(fragment: PagefindFragment): PagefindFragment {
  return {
    ...fragment,
    anchors: fragment.anchors.map((anchor) => (readsAnchorText(anchor.element) || !anchor.text ? anchor : { ...anchor, text: '' })),
  };
}

export interface ChunkRange {
  from: string;
  to: string;
}

function commonPrefix(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n += 1;
  return x.slice(0, n).join('');
}

/**
 * The chunks' `from` words, lowered so that a query word that begins words on
 * both sides of a boundary also falls in the later chunk's range. Pagefind
 * trims each boundary to the shortest words that tell its two sides apart
 * (一件 | 一件事), so their common part (一件) is what the words on both sides
 * begin with; every word that begins words on both sides begins with its
 * first character (一) and sorts no lower, so that character becomes the
 * later chunk's `from`. Returns the new `from` per chunk (unchanged ones too).
 */
export function widenedFroms(chunks: readonly ChunkRange[]): string[] {
  return chunks.map((chunk, i) => {
    if (i === 0) return chunk.from;
    const shared = commonPrefix(chunks[i - 1]!.to, chunk.from);
    const first = [...shared][0];
    return first !== undefined && first < chunk.from ? first : chunk.from;
  });
}

interface ChunkNode {
  from: Extract<CborNode, { type: 'text' }>;
  to: Extract<CborNode, { type: 'text' }>;
  hash: string;
}

/** The metadata's list of index chunks: the one array of [from, to, hash] naming the index files. */
function findChunkList(root: CborNode, indexFiles: ReadonlySet<string>, name: string): ChunkNode[] {
  const found: ChunkNode[][] = [];
  const visit = (node: CborNode) => {
    if (node.type === 'map') node.entries.forEach(([k, v]) => (visit(k), visit(v)));
    if (node.type !== 'array') return;
    const rows = node.items.map((item) =>
      item.type === 'array' && item.items.length === 3 && item.items.every((x) => x.type === 'text')
        ? (item.items as Extract<CborNode, { type: 'text' }>[])
        : null,
    );
    if (rows.length > 0 && rows.every((r) => r !== null && indexFiles.has(r[2]!.value))) {
      found.push(rows.map((r) => ({ from: r![0]!, to: r![1]!, hash: r![2]!.value })));
    } else node.items.forEach(visit);
  };
  visit(root);
  if (found.length !== 1 || found[0]!.length !== indexFiles.size) {
    throw new Error(
      `${name}: cannot find the list of the ${indexFiles.size} index chunks ` +
        `(${found.length === 0 ? 'no list of index files' : `lists of ${found.map((f) => f.length).join(', ')} index files`}); ` +
        `Pagefind's metadata format may have changed (scripts/lib/pagefind-bundle.ts)`,
    );
  }
  return found[0]!;
}

export interface IndexChunk extends ChunkRange {
  hash: string;
}

/** The index chunks of one language as the metadata lists them (hash names index/<hash>.pf_index). */
export function readIndexChunks(bundle: string, language: string): IndexChunk[] {
  const meta = readdirSync(bundle).find((f) => f.startsWith(`pagefind.${language}_`) && f.endsWith('.pf_meta'));
  if (!meta) throw new Error(`${bundle}: no Pagefind metadata for ${language}`);
  const path = join(bundle, meta);
  const indexFiles = new Set(
    readdirSync(join(bundle, 'index'))
      .filter((f) => f.startsWith(`${language}_`) && f.endsWith('.pf_index'))
      .map((f) => f.slice(0, -'.pf_index'.length)),
  );
  return findChunkList(decodeCbor(unpack(readFileSync(path), path)), indexFiles, path).map((c) => ({ from: c.from.value, to: c.to.value, hash: c.hash }));
}

/** The metadata payload with widened chunk ranges, and how many were widened. */
export function widenMetaChunks(payload: Uint8Array, indexFiles: ReadonlySet<string>, name: string): { payload: Uint8Array; widened: number } {
  const chunks = findChunkList(decodeCbor(payload), indexFiles, name);
  const froms = widenedFroms(chunks.map((c) => ({ from: c.from.value, to: c.to.value })));
  const replacements: Replacement[] = [];
  chunks.forEach((chunk, i) => {
    if (froms[i] !== chunk.from.value) replacements.push({ start: chunk.from.start, end: chunk.from.end, bytes: encodeText(froms[i]!) });
  });
  return { payload: splice(payload, replacements), widened: replacements.length };
}

export interface BundleReport {
  fragments: number;
  fragmentBytesBefore: number;
  fragmentBytesAfter: number;
  chunks: number;
  widened: number;
}

/** Rewrites the page data and index metadata of a Pagefind bundle folder in place. */
export function slimBundle(bundle: string): BundleReport {
  const report: BundleReport = { fragments: 0, fragmentBytesBefore: 0, fragmentBytesAfter: 0, chunks: 0, widened: 0 };
  const fragmentDir = join(bundle, 'fragment');
  for (const file of readdirSync(fragmentDir).filter((f) => f.endsWith('.pf_fragment'))) {
    const path = join(fragmentDir, file);
    const before = readFileSync(path);
    const fragment = JSON.parse(unpack(before, path).toString('utf8')) as PagefindFragment;
    if (!Array.isArray(fragment.anchors)) throw new Error(`${path}: page data without an anchors list; Pagefind's format may have changed`);
    const after = pack(Buffer.from(JSON.stringify(slimFragment(fragment)), 'utf8'));
    writeFileSync(path, after);
    report.fragments += 1;
    report.fragmentBytesBefore += before.length;
    report.fragmentBytesAfter += after.length;
  }
  const indexFiles = new Set(
    readdirSync(join(bundle, 'index'))
      .filter((f) => f.endsWith('.pf_index'))
      .map((f) => f.slice(0, -'.pf_index'.length)),
  );
  for (const file of readdirSync(bundle).filter((f) => f.endsWith('.pf_meta'))) {
    const path = join(bundle, file);
    const language = file.replace(/^pagefind\.|_[0-9a-f]+\.pf_meta$/g, '');
    const mine = new Set([...indexFiles].filter((hash) => hash.startsWith(`${language}_`)));
    const { payload, widened } = widenMetaChunks(unpack(readFileSync(path), path), mine, path);
    writeFileSync(path, pack(payload));
    report.chunks += mine.size;
    report.widened += widened;
  }
  return report;
}
