/**
 * The built search index and names list, read straight from dist/: which
 * pages Pagefind indexed, with what metadata and filters, that site chrome
 * stayed out, that every paragraph anchor is there for sub-results, and that
 * /search-terms.json holds every name of the content and leads to real pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, readPage } from '../helpers/dist.ts';
import { parsePage, selectAll } from '../helpers/html.ts';
import { readsAnchorText, type PagefindFragment } from '../../src/lib/search/fragment.ts';
import { readIndexChunks, unpack } from '../../scripts/lib/pagefind-bundle.ts';
import { decodeCbor, type CborNode } from '../../scripts/lib/cbor.ts';
import type { SearchTermsFile } from '../../src/lib/search/entries.ts';
import { normalize } from '../../src/lib/search/normalize.ts';

const TYPES = ['正文', '专栏项目', '名词', '指标', '时间表'];

function fragments(): PagefindFragment[] {
  const dir = join(DIST, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const data = gunzipSync(readFileSync(join(dir, file)));
    expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return JSON.parse(data.subarray(12).toString('utf8')) as PagefindFragment;
  });
}

const contentIds = (dir: string, ext: string) =>
  readdirSync(join(ROOT, 'content', dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();

function frontmatter(dir: string, id: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, 'content', dir, `${id}.mdx`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

const indexed = fragments();
const byUrl = new Map(indexed.map((f) => [f.url, f]));

describe('Pagefind index', () => {
  it('holds exactly the searchable pages: chapters, projects, terms, indicators, timeline', () => {
    const expected = [
      ...contentIds('chapters', '.mdx').map((id) => `/${id}/`),
      ...contentIds('projects', '.mdx').map((id) => `/projects/${id}/`),
      ...contentIds('glossary', '.mdx').map((id) => `/glossary/${id}/`),
      '/indicators/',
      '/timeline/',
    ].sort();
    expect([...byUrl.keys()].sort()).toEqual(expected);
  });

  it('gives every page its type and citation as metadata, and type and chapter as filters', () => {
    for (const f of indexed) {
      expect(TYPES, f.url).toContain(f.meta['type']);
      expect(f.meta['citation'], f.url).toBeTruthy();
      expect(f.filters['type'], f.url).toEqual([f.meta['type']]);
      expect(f.filters['chapter']?.length, f.url).toBe(1);
    }
    expect(byUrl.get('/chapter-4/')?.filters['chapter']).toEqual(['第四章']);
    expect(byUrl.get('/glossary/yi-wang-tong-ban/')?.meta['citation']).toBe('附件 2 第 7 条');
    expect(byUrl.get('/glossary/san-heng-si-zong/')?.meta['citation']).toBe('第四章第四节');
  });

  it('files each project under its 三网 category', () => {
    for (const id of contentIds('projects', '.mdx')) {
      const category = frontmatter('projects', id)['category'];
      const filter = byUrl.get(`/projects/${id}/`)?.filters['category'];
      expect(filter, id).toEqual(category ? [category] : undefined);
    }
  });

  it('leaves out navigation, footers and other chrome', () => {
    const chrome = ['跳到正文', '规划原文以官方发布的PDF为准', '全文一页阅读与打印', '上一章', '下一章', '编辑此页', '最后更新'];
    for (const f of indexed) {
      const text = normalize(f.content);
      for (const words of chrome) expect(text.includes(normalize(words)), `${f.url}: ${words}`).toBe(false);
    }
  });

  it('keeps every paragraph and heading anchor of the chapters, for sub-results', () => {
    for (const id of contentIds('chapters', '.mdx')) {
      const ids = selectAll('article.chapter [id]', parsePage(`/${id}/`))
        .map((e) => String(e.properties['id']))
        .filter((a) => /^(s\d+(-\d+)*(-p\d+)?|p\d+|zl\d+(-\d+)?)$/.test(a));
      const anchors = new Set(byUrl.get(`/${id}/`)!.anchors.map((a) => a.id));
      expect(ids.filter((a) => !anchors.has(a)), id).toEqual([]);
    }
  });
});

/** Rust's string order (UTF-8 bytes), which Pagefind's chunk ranges follow: code point order. */
function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/**
 * The chunks Pagefind 1.6 loads for a query word (pagefind_web request_indexes):
 * those whose range holds it, or, if none does, those whose range holds it
 * when both are cut to the same length.
 */
function chunksLoadedFor<C extends { from: string; to: string }>(chunks: readonly C[], word: string): C[] {
  const strict = chunks.filter((c) => byCodePoint(c.from, word) <= 0 && byCodePoint(word, c.to) <= 0);
  if (strict.length > 0) return strict;
  const cut = (text: string, n: number) => [...text].slice(0, n).join('');
  const length = [...word].length;
  return chunks.filter((c) => {
    const from = Math.min(length, [...c.from].length);
    const to = Math.min(length, [...c.to].length);
    return byCodePoint(cut(word, from), cut(c.from, from)) >= 0 && byCodePoint(cut(word, to), cut(c.to, to)) <= 0;
  });
}

/** The words an index chunk holds (Pagefind's word index: [[word, pages, variants], …]). */
function chunkWords(hash: string): string[] {
  const path = join(DIST, 'pagefind', 'index', `${hash}.pf_index`);
  const root = decodeCbor(unpack(readFileSync(path), path));
  const words = root.type === 'array' ? root.items[0] : undefined;
  if (words?.type !== 'array') throw new Error(`${path}: no word list`);
  return words.items.map((w: CborNode) => {
    const word = w.type === 'array' ? w.items[0] : undefined;
    if (word?.type !== 'text') throw new Error(`${path}: a word entry without its word`);
    return word.value;
  });
}

describe('Pagefind bundle, as the build trims it (scripts/lib/pagefind-bundle.ts)', () => {
  it('stores a paragraph’s text once: anchors keep text only where the search reads it (headings)', () => {
    const chapter = byUrl.get('/chapter-4/')!;
    const heading = chapter.anchors.find((a) => a.id === 's1')!;
    expect(heading.text).toMatch(/^第一节\s*强化基础设施建设$/);
    const paragraph = chapter.anchors.find((a) => a.id === 's1-1-p1')!;
    expect(paragraph.element).toBe('p');
    expect(paragraph.text ?? '').toBe('');
    // The paragraph's words are still in the page's content, where the ranking reads them.
    expect(normalize(chapter.content)).toContain(normalize('加快政府各部门系统迁移上云力度，争取五年后上云率达到90%'));
    for (const f of indexed) {
      const extra = f.anchors.filter((a) => !readsAnchorText(a.element) && a.text);
      expect(extra.map((a) => a.id), f.url).toEqual([]);
    }
  });

  it('is split into small index chunks (the build’s chunk size took effect)', () => {
    const dir = join(DIST, 'pagefind', 'index');
    const sizes = readdirSync(dir).map((f) => readFileSync(join(dir, f)).length);
    expect(sizes.length).toBeGreaterThan(20);
    expect(Math.max(...sizes)).toBeLessThan(10 * 1024);
  });

  it('loads, for any word a query may hold, every chunk with a word it begins (一 → 一公开)', () => {
    const chunks = readIndexChunks(join(DIST, 'pagefind'), 'zh-cn');
    const missed: string[] = [];
    chunks.forEach((chunk, k) => {
      for (const word of chunkWords(chunk.hash)) {
        const chars = [...word];
        for (let n = 1; n <= chars.length; n += 1) {
          const prefix = chars.slice(0, n).join('');
          const loaded = chunksLoadedFor(chunks, prefix);
          if (!loaded.includes(chunk)) missed.push(`${prefix} → ${word} (chunk ${k})`);
        }
      }
    });
    expect({ missed: missed.length, first: missed.slice(0, 10) }).toEqual({ missed: 0, first: [] });
  });
});

describe('/search-terms.json', () => {
  const file = JSON.parse(readFileSync(join(DIST, 'search-terms.json'), 'utf8')) as SearchTermsFile;
  const of = (kind: string) => file.entries.filter((e) => e.kind === kind);

  it('names every term with its aliases, every project and every indicator of the content', () => {
    for (const id of contentIds('glossary', '.mdx')) {
      const data = frontmatter('glossary', id) as { term: string; aliases?: string[] };
      const entry = of('term').find((e) => e.url === `/glossary/${id}/`);
      expect(entry?.name, id).toBe(data.term);
      for (const alias of data.aliases ?? []) expect(entry!.keys, `${id}: ${alias}`).toContain(normalize(alias));
    }
    for (const id of contentIds('projects', '.mdx')) {
      expect(of('project').find((e) => e.url === `/projects/${id}/`)?.name, id).toBe(frontmatter('projects', id)['title']);
    }
    for (const id of contentIds('indicators', '.yaml')) {
      const data = parseYaml(readFileSync(join(ROOT, 'content', 'indicators', `${id}.yaml`), 'utf8')) as { number: number; name: string };
      expect(of('indicator').find((e) => e.url === `/indicators/#indicator-${data.number}`)?.name, id).toBe(data.name);
    }
  });

  it('leads only to pages and anchors that exist', () => {
    for (const entry of file.entries) {
      const [path, hash] = entry.url.split('#') as [string, string | undefined];
      expect(existsSync(join(DIST, path, 'index.html')), entry.url).toBe(true);
      if (hash) expect(readPage(path), entry.url).toContain(`id="${hash}"`);
    }
  });
});
