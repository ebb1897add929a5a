/**
 * The open data on the built site: every JSON file validates against the
 * JSON Schema published beside it (ajv, draft 2020-12); the plan's JSON holds
 * the edition's text, none of it missing or changed; terms, projects, the
 * timeline and the errata say what their pages say, and their CSV holds the
 * same rows; every download is listed on /data/ and recorded in urls.json.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { editionText } from '../helpers/edition-text.ts';
import { wordsOnly } from '../../src/shared/normalize.ts';
import { loadEdition } from '../../src/edition/index.ts';
import { DATASETS, DOWNLOAD_FILES } from '../../src/lib/open-data/downloads.ts';
import { structureOf } from '../../src/lib/plan-index.ts';
import type { errataDocumentSchema, PlanDocument, projectsDocumentSchema, termsDocumentSchema, timelineDocumentSchema } from '../../src/schemas.ts';
import type { z } from 'astro/zod';
import { parseCsv } from '../helpers/csv.ts';
import { DIST, htmlPages, ROOT } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const json = (path: string) => JSON.parse(read(path)) as unknown;
const dataset = (id: string) => DATASETS.find((d) => d.id === id)!;
const plan = json(dataset('plan').files.json) as PlanDocument;
const terms = (json(dataset('terms').files.json) as z.infer<typeof termsDocumentSchema>).terms;
const projects = (json(dataset('projects').files.json) as z.infer<typeof projectsDocumentSchema>).projects;
const phases = (json(dataset('timeline').files.json) as z.infer<typeof timelineDocumentSchema>).phases;
const errata = (json(dataset('errata').files.json) as z.infer<typeof errataDocumentSchema>).errata;
const edition = loadEdition(ROOT);
const editionWords = wordsOnly(
  editionText(edition)
    .map((unit) => unit.text)
    .join('\n'),
);

/** An absolute URL of the edition as the site path it links to: /glossary/miao-pi/, /chapter-4/#s2-p1. */
const sitePathOf = (url: string) => {
  const { pathname, hash } = new URL(url);
  return `${pathname}${hash}`;
};
/** The ids of the pages in a folder of the build: /glossary/<id>/. */
const pageIds = (folder: string) =>
  htmlPages()
    .filter((page) => page.startsWith(`${folder}/`) && page !== `${folder}/index.html`)
    .map((page) => page.split('/')[1]!);
const ajv = () => {
  const validator = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(validator);
  return validator;
};

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
  it.each(DATASETS.map((d) => [d.files.json, d] as const))('%s validates against its published JSON Schema', (_, download) => {
    const validator = ajv();
    const schema = json(download.files.schema) as { $id: string };
    const valid = validator.validate(schema, json(download.files.json));
    expect(validator.errors ?? [], validator.errorsText()).toEqual([]);
    expect(valid).toBe(true);
    expect((json(download.files.json) as { $schema: string }).$schema).toBe(schema.$id);
  });

  it.each(DATASETS.map((d) => [d.files.schema, d] as const))('%s rejects what the data must not be, so a pass means something', (_, download) => {
    const schema = json(download.files.schema) as object;
    const document = json(download.files.json) as Record<string, unknown>;
    expect(ajv().validate(schema, { ...document, unknownField: 1 })).toBe(false);
    expect(ajv().validate(schema, { ...document, schemaVersion: 2 })).toBe(false);
  });

  it('the plan’s schema rejects a paragraph that is not text', () => {
    const broken = structuredClone(plan) as unknown as { chapters: { content: Record<string, unknown>[] }[] };
    broken.chapters[0]!.content[0] = { ...broken.chapters[0]!.content[0], text: 42 };
    expect(ajv().validate(json(dataset('plan').files.schema) as object, broken)).toBe(false);
  });

  it('holds every paragraph of the plan, in order, with the very words of the pages', () => {
    const expected = structureOf(edition).flatMap((s) => s.paragraphs.map((p) => p.text));
    expect(paragraphs(plan.chapters)).toEqual(expected);
  });

  it('holds every word of the edition’s text: headings, 专栏 and projects, figure captions, tables, annexes', () => {
    const all = wordsOnly(values(plan).join('\n'));
    const missing = editionText(edition)
      .map((unit) => ({ ...unit, words: wordsOnly(unit.text) }))
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

  it('adds no note of its own to the licence on /data/ while plan.yaml’s dataNotice is empty', () => {
    expect(select('.open-data__notice', parsePage('/data/'))).toBeUndefined();
  });

  it('names the version of the content every file is made from: the newest commit that changed content/', () => {
    const newest = execFileSync('git', ['log', '-1', '--format=%H', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).trim();
    for (const download of DATASETS) {
      expect((json(download.files.json) as { contentVersion: { commit: string } }).contentVersion.commit, download.files.json).toBe(newest);
    }
    expect(String(select('.open-data__version a', parsePage('/data/'))?.properties['href'])).toBe(`${SITE.repository}/commit/${newest}`);
  });

  it('is listed on /data/, and every download’s address is recorded in urls.json', () => {
    const links = selectAll('.open-data__files a', parsePage('/data/')).map((a) => String(a.properties['href']));
    const recorded = new Set(JSON.parse(readFileSync(join(ROOT, 'urls.json'), 'utf8')) as string[]);
    expect(DOWNLOAD_FILES.length).toBeGreaterThanOrEqual(17);
    for (const { path } of DOWNLOAD_FILES) {
      expect(links, path).toContain(path);
      expect(recorded.has(path), `${path} in urls.json`).toBe(true);
    }
  });
});

describe('terms, projects, timeline and errata as data', () => {
  it('holds every term of the glossary, each with its page’s definition, source and related terms', () => {
    expect(terms.map((t) => t.id).sort()).toEqual(pageIds('glossary').sort());
    for (const term of terms) {
      const page = parsePage(sitePathOf(term.url));
      expect(text(select('h1', page)), term.id).toBe(term.term);
      expect(wordsOnly(text(select('article', page))), term.id).toContain(wordsOnly(term.definition));
      const facts = selectAll('.term-facts a', page).map((a) => String(a.properties['href']));
      expect(facts[0], `${term.id} 出处`).toBe(sitePathOf(term.source.url));
      expect(
        selectAll('.term-facts__related a', page).map((a) => String(a.properties['href'])),
        `${term.id} 相关名词`,
      ).toEqual(term.editorial.related.map((r) => sitePathOf(r.url)));
    }
  });

  it('holds every 专栏 project with its page’s words, and each 专栏 address leads to the box', () => {
    expect(projects.map((p) => p.id).sort()).toEqual(pageIds('projects').sort());
    for (const project of projects) {
      const page = wordsOnly(text(select('article', parsePage(sitePathOf(project.url)))));
      for (const paragraph of project.paragraphs) expect(page, project.id).toContain(wordsOnly(paragraph));
      const [path, anchor] = sitePathOf(project.zhuanlan.url).split('#');
      expect(select(`[id="${anchor}"]`, parsePage(path!)), project.zhuanlan.url).toBeDefined();
    }
  });

  it('holds the timeline’s phases and tasks as /timeline/ shows them', () => {
    const page = parsePage('/timeline/');
    expect(phases.map((p) => p.title)).toEqual(selectAll('.phase h2', page).map((h) => text(h).replace(/^\S+ 年\s*/, '')));
    expect(phases.flatMap((p) => p.tasks)).toEqual(selectAll('.phase__tasks li', page).map((li) => text(li)));
  });

  it('holds the corrections /errata/ lists', () => {
    expect(errata.map((e) => sitePathOf(e.url))).toEqual(
      selectAll('.errata__entry', parsePage('/errata/')).map((li) => `/errata/#${String(li.properties['id'])}`),
    );
  });

  it('keeps the plan’s words unchanged in definitions, projects and tasks', () => {
    const quoted = [...terms.map((t) => t.definition), ...projects.flatMap((p) => p.paragraphs), ...phases.flatMap((p) => p.tasks)];
    expect(quoted.filter((words) => !editionWords.includes(wordsOnly(words)))).toEqual([]);
  });

  it.each(DATASETS.filter((d) => d.files.csv).map((d) => [d.files.csv!, d] as const))('%s is CSV with a row for each entry of the JSON', (path, download) => {
    const csv = read(path);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header!.length).toBeGreaterThan(3);
    for (const row of rows) expect(row).toHaveLength(header!.length);
    const document = json(download.files.json) as Record<string, unknown>;
    const entries = Object.values(document).find(Array.isArray) as Record<string, unknown>[];
    const expected = download.id === 'timeline' ? phases.flatMap((p) => p.tasks) : entries;
    expect(rows).toHaveLength(expected.length);
  });
});
