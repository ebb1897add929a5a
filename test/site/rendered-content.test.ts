/**
 * The built site shows every word of the content: each chapter page carries
 * the plan text of its chapter (components expanded), and every project,
 * term and indicator has its page or row.
 */
import { describe, expect, it } from 'vitest';
import { editionText } from '../helpers/edition-text.ts';
import { wordsOnly } from '../../src/shared/normalize.ts';
import { loadEdition } from '../../src/edition/index.ts';
import { ROOT, htmlPages, readPage } from '../helpers/dist.ts';
import { parsePage, selectAll, text } from '../helpers/html.ts';

const edition = loadEdition(ROOT);

/** Visible text of an HTML page, without scripts, styles and tags. */
function pageWords(html: string): string {
  const text = html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  return wordsOnly(text);
}

describe('built pages', () => {
  const pages = new Set(htmlPages());

  it('render every chapter with all of its plan text', () => {
    const units = editionText(edition);
    const chapters = edition.collection('chapters');
    expect(chapters).toHaveLength(9);
    for (const chapter of chapters) {
      const words = pageWords(readPage(`/${chapter.id}/`));
      const own = units.filter((u) => u.file === chapter.path);
      expect(own.length, chapter.path).toBeGreaterThan(0);
      const missing = own.filter((u) => !words.includes(wordsOnly(u.text))).map((u) => u.text.slice(0, 40));
      expect(missing, `${chapter.path} on /${chapter.id}/`).toEqual([]);
    }
  });

  it('have a page for every project and term, showing its text', () => {
    for (const [collection, base] of [
      ['projects', 'projects'],
      ['glossary', 'glossary'],
    ] as const) {
      for (const entry of edition.collection(collection)) {
        expect(pages.has(`${base}/${entry.id}/index.html`), `${base}/${entry.id}/`).toBe(true);
        const body = wordsOnly(entry.body.replace(/<EditorialNote>[\s\S]*?<\/EditorialNote>/g, '').replace(/\\/g, ''));
        expect(pageWords(readPage(`/${base}/${entry.id}/`)), entry.path).toContain(body);
      }
    }
  });

  it('show Table 1 in 第二章 with every indicator’s values, and the methods in 附件 1', () => {
    const rows = selectAll('#table-1 tbody tr', parsePage('/chapter-2/'));
    const methods = selectAll('tbody tr', parsePage('/annex-1/'));
    const indicators = edition.collection('indicators');
    expect(rows).toHaveLength(20);
    for (const indicator of indicators) {
      const d = indicator.data as { number: number; name: string; unit: string; baseline: string | null; target: string; method: string };
      const cells = selectAll('td', rows[d.number - 1]!).map((cell) => text(cell));
      expect(cells[0]).toBe(String(d.number));
      expect(wordsOnly(cells[1]!)).toBe(wordsOnly(`${d.name}（${d.unit}）`));
      expect(cells[2]).toContain(d.baseline ?? '-');
      expect(cells[3]).toBe(d.target);
      expect(wordsOnly(text(methods[d.number - 1]))).toContain(wordsOnly(d.method));
    }
  });

  it('mark each of the five missing figures with an editorial note', () => {
    const chapter3 = readPage('/chapter-3/');
    const figures = chapter3.match(/<figure[\s\S]*?<\/figure>/g) ?? [];
    expect(figures).toHaveLength(5);
    for (const figure of figures) expect(figure).toMatch(/data-editorial/);
  });
});
