/** Malformed MDX and frontmatter: the line, and what to write instead. */
import { describe, it } from 'vitest';
import { checkAfter, expectProblem, fixture, lineOf } from './check-fixtures.ts';

describe('content check: MDX and frontmatter', () => {
  it('names an unclosed component with the line of the fault', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-02.mdx', (t) => `${t}\n<EditorialNote>\n编者注没有结束标签。\n`));
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: 'MDX syntax error', line: true, quotes: ['EditorialNote'] });
  });

  it('names a stray brace, which MDX reads as code', () => {
    let line = 0;
    const problems = checkAfter((e) =>
      e.edit('content/projects/04-02.mdx', (t) => {
        const edited = t.replace('持续优化系统功能', '持续优化{系统功能');
        line = lineOf(edited, '持续优化{');
        return edited;
      }),
    );
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: 'MDX syntax error', line, quotes: ['\\{'] });
  });

  it('names a file without frontmatter', () => {
    const problems = checkAfter((e) => e.write('content/glossary/yi-ren-wei-ben.mdx', fixture('term-no-frontmatter.mdx')));
    expectProblem(problems, { path: 'content/glossary/yi-ren-wei-ben.mdx', key: 'missing frontmatter', line: 1 });
  });
});
