/**
 * The open-data documents of an edition an editor has changed: a correction
 * in the text and one in a data field, editorial notes in a term and a
 * project, an alias. What editors add lands under `editorial`, never among
 * the plan's words; every document validates against the JSON Schema made
 * from its zod schema.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEdition } from '../../../../src/edition/index.ts';
import { errataData, projectsData, termsData } from '../../../../src/lib/open-data/datasets.ts';
import type { DataContext } from '../../../../src/lib/open-data/document.ts';
import { DATASETS } from '../../../../src/lib/open-data/downloads.ts';
import { tempEdition } from '../../../helpers/temp-edition.ts';
import { rmSync } from 'node:fs';

const TERM_NOTE = '编者注：秒批在本市称“即报即批”。';
const PROJECT_NOTE = '编者注：本项目的系统已于 2023 年上线。';

const copy = tempEdition();
copy.edit('content/glossary/miao-pi.mdx', (text) =>
  text.replace('aliases: []', 'aliases: [即报即批]').concat(`\n<EditorialNote>${TERM_NOTE}</EditorialNote>\n`),
);
copy.edit('content/projects/04-02.mdx', (text) => text.concat(`\n<EditorialNote>${PROJECT_NOTE}</EditorialNote>\n`));
copy.edit('content/errata.yaml', (text) =>
  text.replace(
    'errata: []',
    [
      'errata:',
      '  - id: 1',
      '    file: content/projects/04-02.mdx',
      '    original: 易懂性',
      '    corrected: 易读性',
      '    reason: 示例',
      '    date: 2026-11-30',
      '  - id: 2',
      '    file: content/indicators/01.yaml',
      '    field: method',
      '    original: 甲',
      '    corrected: 乙',
      '    reason: 示例',
      '    basis: 官方更正通知',
      '    date: 2026-11-30',
    ].join('\n'),
  ),
);
const edition = loadEdition(copy.root);
afterAll(() => rmSync(copy.root, { recursive: true, force: true }));

const context: DataContext = {
  url: (path) => `https://example.org${path}`,
  schemaUrl: 'https://example.org/data/x.schema.json',
  generated: '2026-12-01',
  contentVersion: null,
};

describe('open-data documents of a changed edition', () => {
  it('puts a term’s aliases and notes under editorial, its definition being the plan’s words alone', () => {
    const term = termsData(edition, context).terms.find((t) => t.id === 'miao-pi')!;
    expect(term.editorial.aliases).toEqual(['即报即批']);
    expect(term.editorial.notes).toEqual([TERM_NOTE]);
    expect(term.definition).toBe('基于申请材料结构化、业务流程标准化、审批要素指标化的系统无人工干预自动审批。');
    expect(term).toMatchObject({ annexNumber: 4, source: { citation: '附件 2 第 4 条', url: 'https://example.org/annex-2/#term-4' } });
  });

  it('keeps a project’s editorial note out of its paragraphs', () => {
    const project = projectsData(edition, context).projects.find((p) => p.id === '04-02')!;
    expect(project.editorial).toEqual({ category: '一网通办', notes: [PROJECT_NOTE] });
    expect(project.paragraphs.join('')).not.toContain('编者注');
    expect(project.zhuanlan).toMatchObject({ number: 4, url: expect.stringMatching(/^https:\/\/example\.org\/chapter-\d+\/#zl4$/) });
  });

  it('places each correction where its page shows it: at the words in a text, on the page for a data field', () => {
    const [inText, inField] = errataData(edition, context).errata;
    expect(inText).toMatchObject({
      id: 1,
      field: null,
      basis: null,
      url: 'https://example.org/errata/#erratum-1',
      place: { url: 'https://example.org/projects/04-02/#erratum-1' },
    });
    expect(inField).toMatchObject({ id: 2, field: 'method', basis: '官方更正通知', place: { url: 'https://example.org/indicators/' } });
  });

  it.each(DATASETS.map((d) => [d.id, d] as const))('%s validates against the JSON Schema made from its zod schema', (_, dataset) => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const valid = ajv.validate(z.toJSONSchema(dataset.schema), dataset.document(edition, context));
    expect(ajv.errors ?? [], ajv.errorsText()).toEqual([]);
    expect(valid).toBe(true);
  });
});
