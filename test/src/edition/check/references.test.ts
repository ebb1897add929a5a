/** References between files: each must point at something that exists, and names must be unique. */
import { describe, expect, it } from 'vitest';
import { checkAfter, expectProblem, fixture, lineOf } from './check-fixtures.ts';

describe('content check: references', () => {
  it('names a project pointing at a 专栏 that does not exist', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-02.mdx', (t) => t.replace('zhuanlan: "04"', 'zhuanlan: "99"')));
    expectProblem(problems, { path: 'content/projects/04-02.mdx', field: 'zhuanlan', key: 'unknown zhuanlan', quotes: ['99'] });
  });

  it('names a 专栏 placed in a section its chapter does not have', () => {
    const problems = checkAfter((e) => e.edit('content/zhuanlan/04.yaml', (t) => t.replace(/^section: \d+$/m, 'section: 9')));
    expectProblem(problems, { path: 'content/zhuanlan/04.yaml', field: 'section', key: 'unknown section', quotes: ['第 9 节'] });
  });

  it('names a related term that does not exist', () => {
    let line = 0;
    const problems = checkAfter((e) =>
      e.edit('content/glossary/san-wang-rong-he.mdx', (t) => {
        const edited = t.replace('separator: ：\n', 'separator: ：\nrelated:\n  - yi-wang-tong-ban\n  - yi-wang-tong-xx\n');
        line = lineOf(edited, '  - yi-wang-tong-xx');
        return edited;
      }),
    );
    expectProblem(problems, {
      path: 'content/glossary/san-wang-rong-he.mdx',
      field: 'related.1',
      key: 'unknown related term',
      line,
      quotes: ['yi-wang-tong-xx'],
    });
  });

  it('names a chapter component pointing at a 专栏 that does not exist', () => {
    const problems = checkAfter((e) => e.edit('content/chapters/chapter-4.mdx', (t) => t.replace('<Zhuanlan number={4} />', '<Zhuanlan number={44} />')));
    expectProblem(problems, { path: 'content/chapters/chapter-4.mdx', key: 'unknown zhuanlan', quotes: ['44'] });
  });

  it('names the same alias on two terms, at the alias that takes another term’s name', () => {
    const problems = checkAfter((e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace('aliases: []', 'aliases:\n  - “三网”融合')));
    expectProblem(problems, {
      path: 'content/glossary/miao-pi.mdx',
      field: 'aliases.0',
      key: 'same alias on two terms',
      quotes: ['“三网”融合', 'content/glossary/san-wang-rong-he.mdx'],
    });
    expect(problems.filter((p) => p.path === 'content/glossary/san-wang-rong-he.mdx')).toEqual([]);
  });

  it('names two terms of the same name', () => {
    const problems = checkAfter((e) => e.write('content/glossary/miao-pi-2.mdx', fixture('term-duplicate-name.mdx')));
    expectProblem(problems, { path: 'content/glossary/miao-pi.mdx', field: 'term', key: 'duplicate term', quotes: ['秒批'] });
  });

  it('names two projects with the same order in one 专栏', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-03.mdx', (t) => t.replace(/^order: 3$/m, 'order: 2')));
    expectProblem(problems, { path: 'content/projects/04-03.mdx', field: 'order', key: 'duplicate order', quotes: ['content/projects/04-02.mdx'] });
  });
});
