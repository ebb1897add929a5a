/**
 * The change notes readers see (content/changes.yaml) are checked like every
 * other content file: each note dated, in Chinese, and naming content that is
 * there to show it on.
 */
import { describe, expect, it } from 'vitest';
import { checkAfter, expectProblem, fixture } from './check-fixtures.ts';

const note = (files: string[]) => `changes:\n  - date: 2026-12-01\n    files:\n${files.map((f) => `      - ${f}\n`).join('')}    note: 为第四章补充编者注。\n`;

describe('content check: change notes', () => {
  it('accepts the edition’s own notes, and notes on a file, a folder, all of content/ and no content at all', () => {
    expect(checkAfter(() => undefined)).toEqual([]);
    expect(checkAfter((e) => e.write('content/changes.yaml', 'changes:\n  - date: 2026-12-01\n    note: 新增“关于本版”页面。\n'))).toEqual([]);
    expect(
      checkAfter((e) => e.write('content/changes.yaml', note(['content/chapters/chapter-4.mdx', 'content/indicators', 'content', 'content/plan.yaml']))),
    ).toEqual([]);
  });

  it('names a note not written in Chinese, a date not on the calendar, a path not in content/ and files not written as a list', () => {
    const problems = checkAfter((e) => e.write('content/changes.yaml', fixture('changes-broken.yaml')));
    expectProblem(problems, { path: 'content/changes.yaml', field: 'changes.0.note', key: 'must be written in Chinese' });
    expectProblem(problems, { path: 'content/changes.yaml', field: 'changes.1.date', key: 'not a real date' });
    expectProblem(problems, { path: 'content/changes.yaml', field: 'changes.2.files.0', key: 'a content file or folder' });
    expectProblem(problems, { path: 'content/changes.yaml', field: 'changes.3.files', key: 'must be a list' });
    expect(problems).toHaveLength(4);
  });

  it('names a file that is not there, as after a rename, with its line', () => {
    const problems = checkAfter((e) => e.write('content/changes.yaml', note(['content/glossary/yi-jian-shi.mdx', 'content/glossary/no-such-term.mdx'])));
    expectProblem(problems, {
      path: 'content/changes.yaml',
      field: 'changes.0.files.1',
      key: 'no such file',
      line: 5,
      quotes: ['content/glossary/no-such-term.mdx'],
    });
    expect(problems).toHaveLength(1);
  });
});
