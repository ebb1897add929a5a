/**
 * The open data on the built site: every JSON file validates against the
 * JSON Schema published beside it (ajv, draft 2020-12); the plan's JSON holds
 * the edition's text, none of it missing or changed; every download is listed
 * on /data/ and recorded in urls.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { editionText, normalizeWords } from '../../scripts/lib/edition-text.ts';
import { loadEdition } from '../../src/lib/edition/index.ts';
import { DOWNLOADS, PLAN_DATA } from '../../src/lib/open-data/downloads.ts';
import { structureOf } from '../../src/lib/plan-index.ts';
import type { PlanDocument } from '../../src/schemas.ts';
import { DIST, ROOT } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as unknown;
const plan = json(PLAN_DATA.path) as PlanDocument;
const edition = loadEdition(ROOT);

/** Every string and number in the document, in document order. */
function values(node: unknown): string[] {
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (Array.isArray(node)) return node.flatMap(values);
  if (node && typeof node === 'object') return Object.values(node).flatMap(values);
  return [];
}

/** Every object with a `type` (a block), in document order. */
function blocks(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(blocks);
  if (!node || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  return [...('type' in record ? [record] : []), ...Object.values(record).flatMap(blocks)];
}

const paragraphs = (node: unknown) =>
  blocks(node)
    .filter((block) => block['type'] === 'paragraph')
    .map((block) => String(block['text']));

describe('open data', () => {
  it.each(DOWNLOADS.filter((d) => d.schema).map((d) => [d.path, d] as const))('%s validates against its published JSON Schema', (_, download) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const schema = json(download.schema!) as { $id: string };
    const valid = ajv.validate(schema, json(download.path));
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
    expect(valid).toBe(true);
    expect((json(download.path) as { $schema: string }).$schema).toBe(schema.$id);
  });

  it('the schema rejects what the data must not be, so a pass means something', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const broken = structuredClone(plan) as unknown as { chapters: { content: Record<string, unknown>[] }[] };
    broken.chapters[0]!.content[0] = { ...broken.chapters[0]!.content[0], text: 42 };
    expect(ajv.validate(json(PLAN_DATA.schema!) as object, broken)).toBe(false);
  });

  it('holds every paragraph of the plan, in order, with the very words of the pages', () => {
    const expected = structureOf(edition).flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(paragraphs(plan.chapters)).toEqual(expected);
  });

  it('holds every word of the edition’s text: headings, 专栏 and projects, figure captions, tables, annexes', () => {
    const all = normalizeWords(values(plan).join('\n'));
    const missing = editionText(edition)
      .map((unit) => ({ ...unit, words: normalizeWords(unit.text) }))
      .filter((unit) => unit.words && !all.includes(unit.words))
      .map((unit) => `${unit.file}: ${unit.text}`);
    expect(missing).toEqual([]);
  });

  it('marks editorial notes as editorial and keeps them out of the plan’s paragraphs', () => {
    const notes = blocks(plan.chapters).filter((block) => block['type'] === 'editorialNote');
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      expect(note['editorial']).toBe(true);
      expect(paragraphs(plan.chapters)).not.toContain(note['text']);
    }
  });

  it('says on /data/ that no licence has been set while plan.yaml’s dataNotice is empty, as editorial text', () => {
    const notice = select('.open-data__notice', parsePage('/data/'));
    expect(notice?.properties['dataEditorial']).toBe('');
    expect(text(notice)).toContain('编者尚未填写');
  });

  it('is listed on /data/, and every download’s address is recorded in urls.json', () => {
    const links = selectAll('.open-data__files a', parsePage('/data/')).map((a) => String(a.properties['href']));
    const recorded = new Set(JSON.parse(readFileSync(join(ROOT, 'urls.json'), 'utf8')) as string[]);
    for (const download of DOWNLOADS) {
      for (const path of [download.path, ...(download.schema ? [download.schema] : [])]) {
        expect(links, path).toContain(path);
        expect(recorded.has(path), `${path} in urls.json`).toBe(true);
      }
    }
  });
});
