/**
 * Content is data, never code: every hostile form, in an editorial note of a
 * chapter, a term and a project and in each kind of rendered text field,
 * fails the check on its own line, with what to write instead.
 */
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../src/edition/check/problems.ts';
import { HOSTILE_MDX, HOSTILE_TEXT, noteWith } from '../../../helpers/hostile-content.ts';
import type { TempEdition } from '../../../helpers/temp-edition.ts';
import { fillPlanField } from '../../../helpers/editor-mistakes.ts';
import { checkAfter, expectProblem, lineOf } from './check-fixtures.ts';

const NOTE_FILES = ['content/chapters/chapter-1.mdx', 'content/glossary/si-mian.mdx', 'content/projects/04-02.mdx'];

describe('content check: what an editorial note may hold', () => {
  for (const path of NOTE_FILES) {
    it(`refuses each hostile form in a note of ${path}, on its line`, () => {
      let text = '';
      const problems = checkAfter((e) => {
        e.edit(path, (t) => t + HOSTILE_MDX.map((form, index) => noteWith(index, form.text)).join(''));
        text = e.read(path);
      });
      HOSTILE_MDX.forEach((form, index) => {
        const first = lineOf(text, `编者注 ${index}：`);
        const last = first + form.text.split('\n').length - 1;
        const found = problems.filter((p) => p.path === path && p.message.endsWith(`(${form.key})`) && p.line! >= first && p.line! <= last);
        expect(found, `${form.name}: ${form.text}`).not.toEqual([]);
        expectProblem(found, { path, key: form.key });
        expect(found[0]!.message, form.name).toContain('编者注中');
      });
    });
  }

  it('says what to write instead: a link as Markdown, and which HTML is allowed', () => {
    const problems = checkAfter((e) => e.edit('content/chapters/chapter-1.mdx', (t) => t + noteWith(1, HOSTILE_MDX[0]!.text)));
    expectProblem(problems, { path: 'content/chapters/chapter-1.mdx', key: 'HTML not allowed', quotes: ['<script>', '[文字](https://…)', '<sup>'] });
  });

  it('accepts what CONTRIBUTING.md offers: Markdown, links to other sites, this site and mail, sub- and superscripts', () => {
    const problems = checkAfter((e) =>
      e.edit(
        'content/glossary/si-mian.mdx',
        (t) =>
          t +
          noteWith(
            1,
            '详见[国务院文件](https://www.gov.cn/zhengce/)、[第四章](/chapter-4/#s2)、[来信](mailto:a@example.org)，H<sub>2</sub>O、m<sup>2</sup>，**加粗**。<br />',
          ),
      ),
    );
    expect(problems).toEqual([]);
  });

  it('refuses code in a component’s attributes, and attributes a component does not take', () => {
    const path = 'content/projects/04-02.mdx';
    let text = '';
    const problems = checkAfter((e) => {
      e.edit(
        path,
        (t) =>
          `${t}\n<EditorialNote label={alert(1)}>\n甲\n</EditorialNote>\n\n<EditorialNote {...props}>\n乙\n</EditorialNote>\n\n<EditorialNote onClick="x">\n丙\n</EditorialNote>\n`,
      );
      text = e.read(path);
    });
    const on = (needle: string) => problems.filter((p) => p.line === lineOf(text, needle));
    expectProblem(on('<EditorialNote label={alert(1)}>'), { path, key: 'code not allowed', quotes: ['label'] });
    expectProblem(on('<EditorialNote {...props}>'), { path, key: 'code not allowed' });
    expectProblem(on('<EditorialNote onClick'), { path, key: 'unknown component attribute', quotes: ['onClick', 'label'] });
  });

  it('refuses markup in a component’s text attribute, shown as written like a YAML field', () => {
    const path = 'content/glossary/si-mian.mdx';
    const problems = checkAfter((e) => e.edit(path, (t) => `${t}\n<EditorialNote label="<img src=x onerror=alert(1)>">\n甲\n</EditorialNote>\n`));
    expectProblem(problems, { path, key: 'HTML not allowed', quotes: ['label', '<img>'] });
  });

  it('applies the same rules outside editorial notes', () => {
    const path = 'content/chapters/chapter-2.mdx';
    const problems = checkAfter((e) => e.edit(path, (t) => `${t}\n[点这里](javascript:alert(1))\n`));
    const problem = expectProblem(problems, { path, key: 'unsafe link' });
    expect(problem.message).toContain('正文中');
  });
});

/** A text field of each kind that a page shows, and how to put a value into it. */
const TEXT_FIELDS: { path: string; field: string; put(e: TempEdition, value: string): void }[] = [
  {
    path: 'content/indicators/03.yaml',
    field: 'notes.0',
    put: (e, value) => e.edit('content/indicators/03.yaml', (t) => t.replace(/^notes: \[\]$/m, `notes:\n  - ${value}`)),
  },
  {
    path: 'content/chapters/chapter-1.mdx',
    field: 'summary',
    put: (e, value) => e.edit('content/chapters/chapter-1.mdx', (t) => t.replace(/^title: (.*)$/m, `title: $1\nsummary: ${value}`)),
  },
  {
    path: 'content/glossary/miao-pi.mdx',
    field: 'aliases.0',
    put: (e, value) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^aliases: \[\]$/m, `aliases:\n  - ${value}`)),
  },
  { path: 'content/plan.yaml', field: 'plan.statusNote', put: (e, value) => e.edit('content/plan.yaml', fillPlanField('statusNote', value)) },
  {
    path: 'content/synonyms.yaml',
    field: 'synonyms.0.note',
    put: (e, value) => e.edit('content/synonyms.yaml', (t) => t.replace(/^( {4}see: \[零跑动, 一网通办\])$/m, `$1\n    note: ${value}`)),
  },
];

describe('content check: rendered text fields hold plain text', () => {
  for (const target of TEXT_FIELDS) {
    it(`refuses markup and script addresses in ${target.path} ${target.field}`, () => {
      for (const form of HOSTILE_TEXT) {
        const problems: Problem[] = checkAfter((e) => target.put(e, JSON.stringify(form.text)));
        const problem = expectProblem(problems, { path: target.path, key: form.key, field: target.field });
        expect(problem.message, form.name).toMatch(/纯文字/);
      }
    });
  }
});
