/**
 * 引用文件 on the built site: every document the primary source names in 《》
 * is listed once on /documents/, under its level, with links to the very
 * paragraphs that name it, where the title links back to it as a term does;
 * the open data holds the same list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';
import { printedLines } from '../helpers/source.ts';

/** A title as the pages print it and as plan.txt does: its quotes (“ ” or ＂) and spaces carry no identity. */
const key = (title: string) => title.replace(/[“”＂\s]/g, '');

/** The titles of plan.txt, read independently of the edition: its printed lines run together, page numbers dropped. */
const SOURCE_TITLES = [
  ...new Set(
    [
      ...printedLines()
        .map((line) => line.text)
        .join('')
        .matchAll(/《([^《》]+)》/g),
    ].map((m) => key(m[1]!)),
  ),
];

describe('引用文件', () => {
  const page = parsePage('/documents/');
  const entries = selectAll('.cited-documents__entry', page).map((entry) => ({
    id: String(entry.properties['id']),
    title: text(select('.cited-documents__title', entry)).replace(/^《|》$/g, ''),
    level: text(
      select(
        'h2',
        selectAll('section', page).find((section) => selectAll('.cited-documents__entry', section).includes(entry)),
      ),
    ).replace(/（.*$/, ''),
    places: selectAll('ul a', entry).map((a) => ({ href: String(a.properties['href']), citation: text(a) })),
  }));

  it('lists every title the plan names in 《》, each once: 15', () => {
    expect(SOURCE_TITLES).toHaveLength(15);
    expect(entries.map((entry) => key(entry.title)).sort()).toEqual([...SOURCE_TITLES].sort());
  });

  it('groups them by level: 国家, 广东省, 汕头市', () => {
    expect([...new Set(entries.map((entry) => entry.level))]).toEqual(['国家', '广东省', '汕头市']);
    expect(entries.find((entry) => entry.title === '广东省公共数据管理办法')?.level).toBe('广东省');
  });

  it('links each to every paragraph that names it, and that paragraph does', () => {
    let places = 0;
    for (const entry of entries) {
      expect(entry.places.length, entry.title).toBeGreaterThan(0);
      for (const place of entry.places) {
        const [path, anchor] = place.href.split('#');
        const paragraph = select(`:has(> [id="${anchor}"]), [id="${anchor}"]`, parsePage(path!));
        expect(key(text(paragraph)), `${entry.title} → ${place.href}`).toContain(`《${key(entry.title)}》`);
        places += 1;
      }
    }
    // The plan names the 广东省 plan twice (引言 and 附件 2), every other document once.
    expect(places).toBe(16);
  });

  it('links the title in each of those paragraphs to its entry, with a preview naming its level', () => {
    for (const entry of entries) {
      for (const place of entry.places) {
        const [path, anchor] = place.href.split('#');
        const page = parsePage(path!);
        const paragraph = select(`:has(> [id="${anchor}"]), [id="${anchor}"]`, page);
        const link = select(`a.xref--document[href="/documents/#${entry.id}"]`, paragraph);
        expect(text(link), `${entry.title} in ${place.href}`).toBe(entry.title);
        const card = select(`[id="${String(link!.properties['ariaDescribedBy']).replace(/-text$/, '')}"]`, page);
        expect(text(select('.xref-card__kind', card))).toBe(`引用文件 · ${entry.level}`);
      }
    }
  });

  it('is in the open data with the same documents and places', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data', 'documents.json'), 'utf8')) as {
      documents: { id: string; title: string; citedIn: { url: string }[]; editorial: { level: string } }[];
    };
    expect(data.documents.map((d) => [d.id, d.title, d.editorial.level])).toEqual(entries.map((e) => [e.id, e.title, e.level]));
    expect(data.documents.map((d) => d.citedIn.map((place) => new URL(place.url).pathname + new URL(place.url).hash))).toEqual(
      entries.map((e) => e.places.map((place) => place.href)),
    );
  });

  it('is linked from every page’s footer and from the home page', () => {
    expect(select('footer a[href="/documents/"]', parsePage('/chapter-1/'))).toBeDefined();
    expect(select('main a[href="/documents/"]', parsePage('/'))).toBeDefined();
  });
});
