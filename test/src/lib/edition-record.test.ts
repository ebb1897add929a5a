import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../../src/edition/index.ts';
import { pagesOf } from '../../../src/lib/content-pages.ts';
import { changesOf, editionRecord, pageHistory, type RecordEntry } from '../../../src/lib/edition-record.ts';
import { tempEdition } from '../../helpers/temp-edition.ts';

const change = (date: string, files: string[], note: string) =>
  `  - date: ${date}\n    files:\n${files.map((f) => `      - ${f}\n`).join('')}    note: ${note}\n`;
const erratum = (id: number, date: string, file: string) =>
  `  - id: ${id}\n    file: ${file}\n    original: 按照统一标准清晰\n    corrected: 按照统一标准清洗\n    reason: 误印。\n    date: ${date}\n`;

/** A copy of the edition whose record holds these notes (newest at the top, as editors add them) and corrections. */
function editionWith(changes: string[], errata: string[] = []) {
  const edition = tempEdition();
  edition.write('content/changes.yaml', `changes:\n${changes.join('')}`);
  edition.write('content/errata.yaml', errata.length > 0 ? `errata:\n${errata.join('')}` : 'errata: []\n');
  return loadEdition(edition.root);
}

const CHAPTER_4_NOTE = '第四章补充编者注。';
const label = (entry: RecordEntry) => (entry.kind === 'erratum' ? `更正 ${entry.erratum.id}` : entry.change.note);

describe('the edition’s record', () => {
  const edition = editionWith(
    [
      change('2026-12-03', ['content/chapters/chapter-4.mdx'], CHAPTER_4_NOTE),
      change('2026-12-02', ['content/chapters/chapter-1.mdx'], '第一章补注。'),
      change('2026-12-01', ['content/chapters'], '各章补注。'),
      change('2026-11-25', ['content'], '首次发布。'),
      change('2026-11-25', ['content/synonyms.yaml'], '搜索同义词。'),
    ],
    [erratum(1, '2026-12-01', 'content/chapters/chapter-4.mdx')],
  );

  it('gives a page the notes on its file, on its folder and on all of content/, and its corrections, newest first', () => {
    expect(pageHistory('content/chapters/chapter-4.mdx', edition).map(label)).toEqual([CHAPTER_4_NOTE, '更正 1', '各章补注。', '首次发布。']);
  });

  it('gives a folder’s page the notes on any file in it', () => {
    expect(pageHistory('content/chapters', edition).map(label)).toEqual([CHAPTER_4_NOTE, '第一章补注。', '更正 1', '各章补注。', '首次发布。']);
  });

  it('holds every note and correction, a day’s notes in the file’s order', () => {
    expect(editionRecord(edition).map(label)).toEqual([CHAPTER_4_NOTE, '第一章补注。', '更正 1', '各章补注。', '首次发布。', '搜索同义词。']);
  });

  it('anchors a day’s notes from the oldest, so that a note added later moves no anchor', () => {
    const anchors = (e: typeof edition) => Object.fromEntries(changesOf(e).map((c) => [c.change.note, c.anchor]));
    expect(anchors(edition)).toMatchObject({ '首次发布。': 'change-2026-11-25-2', '搜索同义词。': 'change-2026-11-25' });
    const later = editionWith([
      change('2026-11-25', ['content'], '同日再补。'),
      change('2026-11-25', ['content'], '首次发布。'),
      change('2026-11-25', ['content'], '搜索同义词。'),
    ]);
    expect(anchors(later)).toEqual({ '同日再补。': 'change-2026-11-25-3', '首次发布。': 'change-2026-11-25-2', '搜索同义词。': 'change-2026-11-25' });
  });

  it('names the pages a note touched: a file’s page, a folder’s list, none for a file no page shows', () => {
    expect(pagesOf(['content/glossary/miao-pi.mdx', 'content/indicators', 'content/synonyms.yaml'], edition).map((page) => page.path)).toEqual([
      '/glossary/miao-pi/',
      '/indicators/',
    ]);
  });
});
