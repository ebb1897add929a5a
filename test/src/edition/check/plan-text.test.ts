/**
 * The plan's words change only by a recorded correction: every other change
 * to them fails, naming the file, the line and the words; editorial changes
 * pass.
 */
import { describe, expect, it } from 'vitest';
import { checkAfter, expectProblem, fixture, lineOf } from './check-fixtures.ts';

const CHAPTER = 'content/chapters/chapter-4.mdx';

describe('content check: plan text', () => {
  it('names a changed word of a chapter, with its line and the words before and after', () => {
    let line = 0;
    const problems = checkAfter((e) =>
      e.edit(CHAPTER, (t) => {
        line = lineOf(t, '按照统一标准清晰');
        return t.replace('按照统一标准清晰', '按照统一标准清洗');
      }),
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, {
      path: CHAPTER,
      line,
      key: 'plan text changed without an errata entry',
      quotes: ['统一标准清【晰】、整合', '统一标准清【洗】、整合', 'content/errata.yaml'],
    });
  });

  it('names a changed data field that holds the plan’s words (an indicator’s name)', () => {
    const problems = checkAfter((e) => e.edit('content/indicators/07.yaml', (t) => t.replace('政务服务“好差评”', '政务服务“好评”')));
    expectProblem(problems, { path: 'content/indicators/07.yaml', field: 'name', key: 'plan text changed without an errata entry', quotes: ['【差】'] });
  });

  it('names a change to the plan’s punctuation too', () => {
    const problems = checkAfter((e) => e.edit('content/timeline/1.yaml', (t) => t.replace('管运分离、购买服务', '管运分离，购买服务')));
    expectProblem(problems, { path: 'content/timeline/1.yaml', field: 'tasks.0', key: 'plan text changed without an errata entry' });
  });

  it('names a deleted paragraph', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-02.mdx', (t) => t.replace(/\n\n政务服务事项管理系统。[^\n]*\n/, '\n')));
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: 'plan text deleted', quotes: ['政务服务事项管理系统。'] });
  });

  it('names words added outside an editorial note', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-02.mdx', (t) => `${t}\n编者补充的一句话。\n`));
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: "text added to the plan's words", quotes: ['编者补充的一句话。', '<EditorialNote>'] });
  });

  it('names a deleted file of plan text', () => {
    const problems = checkAfter((e) => e.remove('content/projects/04-02.mdx'));
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: 'plan text file deleted', line: false });
  });

  it('names a new file that would be published as the plan’s words', () => {
    const problems = checkAfter((e) => e.write('content/projects/04-06.mdx', e.read('content/projects/04-02.mdx').replace('order: 2', 'order: 6')));
    expectProblem(problems, { path: 'content/projects/04-06.mdx', key: 'file not in the plan', line: false });
  });

  it('accepts editorial changes: a note, an alias, a related term, an indicator note', () => {
    const problems = checkAfter((e) => {
      e.edit('content/projects/04-02.mdx', (t) => `${t}\n<EditorialNote>\n编者补充的说明。\n</EditorialNote>\n`);
      e.edit('content/glossary/miao-pi.mdx', (t) => t.replace('aliases: []', 'aliases:\n  - 秒批服务\nrelated:\n  - yi-wang-tong-ban'));
      e.edit('content/indicators/07.yaml', (t) => t.replace('notes: []', 'notes:\n  - 2023 年数据见市政务服务数据管理局年报。'));
    });
    expect(problems).toEqual([]);
  });

  it('accepts a new term whose definition quotes the section it names, and names one that does not', () => {
    expect(checkAfter((e) => e.write('content/glossary/yi-ren-wei-ben.mdx', fixture('term-quoted.mdx')))).toEqual([]);
    const problems = checkAfter((e) => e.write('content/glossary/yi-ren-wei-ben.mdx', fixture('term-not-quoted.mdx')));
    expectProblem(problems, {
      path: 'content/glossary/yi-ren-wei-ben.mdx',
      key: 'definition not found in the plan',
      quotes: ['第二章', '以人民为中心，服务至上。'],
    });
  });

  it('leaves a file whose format is broken to the format check', () => {
    const problems = checkAfter((e) => e.edit('content/indicators/03.yaml', (t) => t.replace(/^target: .*$/m, 'target: 三百')));
    expect(problems.map((p) => p.message.replace(/^.*\(/, '('))).toEqual(['(must be a number)']);
  });
});
