/**
 * The built search index, through Pagefind's own browser API, and the names
 * list: which pages Pagefind indexed, with what metadata and filters, that
 * site chrome stayed out, that every paragraph anchor is there for
 * sub-results, that words are found wherever the index split them, and that
 * /search-terms.json holds every name of the content and leads to real pages.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, readPage } from '../helpers/dist.ts';
import { parsePage, selectAll } from '../helpers/html.ts';
import { indexedPages, pagefindApi } from '../helpers/pagefind.ts';
import { fromFile, type SearchTermsFile, type SearchTypingFile } from '../../src/shared/search-entries.ts';
import { normalize, simplify, variantTable } from '../../src/shared/normalize.ts';
import { searchEntries } from '../../src/lib/search/names.ts';
import { loadEdition } from '../../src/edition/index.ts';

const TYPES = ['正文', '专栏项目', '名词', '指标', '时间表'];

const contentIds = (dir: string, ext: string) =>
  readdirSync(join(ROOT, 'content', dir))
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();

function frontmatter(dir: string, id: string): Record<string, unknown> {
  const text = readFileSync(join(ROOT, 'content', dir, `${id}.mdx`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

const indexed = await indexedPages(TYPES);
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
      // A 专栏 project's text is searched on its own page: its item in the box is not indexed.
      const ids = selectAll('article.chapter [id]:not(.zhuanlan__projects *)', parsePage(`/${id}/`))
        .map((e) => String(e.properties['id']))
        .filter((a) => /^(s\d+(-\d+)*(-p\d+)?|p\d+|zl\d+)$/.test(a));
      const anchors = new Set(byUrl.get(`/${id}/`)!.anchors.map((a) => a.id));
      expect(
        ids.filter((a) => !anchors.has(a)),
        id,
      ).toEqual([]);
    }
  });
});

describe('Pagefind search', () => {
  const urls = async (query: string) => Promise.all((await (await pagefindApi()).search(query)).results.map(async (r) => (await r.data()).url));

  it('finds each Chinese term’s page by its name as a quoted phrase, as the search page asks for names', async () => {
    const terms = indexed.filter((f) => f.meta['type'] === '名词' && /^\p{Script=Han}+$/u.test(f.meta['title'] ?? ''));
    expect(terms.length).toBeGreaterThanOrEqual(20);
    for (const page of terms) expect(await urls(`"${page.meta['title']}"`), page.meta['title']).toContain(page.url);
  });

  it('finds a page by a word that begins longer words of the index (一 in 一公开)', async () => {
    expect(await urls('双随机一公开')).toContain('/glossary/shuang-sui-ji-yi-gong-kai/');
    expect(await urls('一')).toContain('/glossary/shuang-sui-ji-yi-gong-kai/');
  });
});

describe('/search-terms.json', () => {
  const file = JSON.parse(readFileSync(join(DIST, 'search-terms.json'), 'utf8')) as SearchTermsFile;
  // As the browser reads them (src/client/search/load.ts).
  const entries = fromFile(file.entries);
  const of = (kind: string) => entries.filter((e) => e.kind === kind);

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
    for (const entry of entries) {
      const [path, hash] = entry.url.split('#') as [string, string | undefined];
      expect(existsSync(join(DIST, path, 'index.html')), entry.url).toBe(true);
      if (hash) expect(readPage(path), entry.url).toContain(`id="${hash}"`);
    }
  });

  it('gives back, as the browser reads it, every name the build made, with its citation', () => {
    const built = searchEntries(loadEdition(ROOT)).map(({ pinyin: _pinyin, ...entry }) => entry);
    expect(entries).toEqual(built);
  });
});

describe('/search-typing.json', () => {
  const names = fromFile((JSON.parse(readFileSync(join(DIST, 'search-terms.json'), 'utf8')) as SearchTermsFile).entries);
  const file = JSON.parse(readFileSync(join(DIST, 'search-typing.json'), 'utf8')) as SearchTypingFile;
  const pinyinOf = (url: string) => file.pinyin[names.findIndex((e) => e.url === url)];

  it('gives the pinyin of each name, entry for entry, in full and by initials', () => {
    expect(file.pinyin).toHaveLength(names.length);
    expect(pinyinOf('/glossary/yi-wang-tong-ban/')).toEqual(expect.arrayContaining(['yiwangtongban', 'ywtb']));
    expect(pinyinOf('/projects/04-03/')).toEqual(expect.arrayContaining(['yueshengshi', 'yss']));
    expect(pinyinOf('/chapter-1/#s1-3')).toEqual(expect.arrayContaining(['shujuzhenghegongxiangyouxukaizhan', 'sjzhgxyxkz']));
  });

  it('leads each synonym of content/synonyms.yaml to the names it gives', () => {
    const synonyms = (parseYaml(readFileSync(join(ROOT, 'content', 'synonyms.yaml'), 'utf8')) as { synonyms: { words: string[]; see: string[] }[] }).synonyms;
    expect(file.synonyms).toHaveLength(synonyms.length);
    synonyms.forEach((synonym, i) => {
      expect(file.synonyms[i]!.words).toEqual(synonym.words.map(normalize));
      expect(file.synonyms[i]!.see.map((n) => normalize(names[n]!.name))).toEqual(synonym.see.map(normalize));
    });
  });

  it('turns traditional characters of the plan’s words simplified, and leaves the plan’s own characters alone', () => {
    const table = variantTable(file.variants);
    expect(simplify('一網通辦政務雲數據', table)).toBe('一网通办政务云数据');
    for (const own of '一网通办政务云数据') expect(table.has(own), own).toBe(false);
  });
});
