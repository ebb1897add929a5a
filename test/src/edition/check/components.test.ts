/** Components an MDX file may use: the ones the site gives the plan's MDX. */
import { describe, expect, it } from 'vitest';
import { checkAfter, expectProblem } from './check-fixtures.ts';

describe('content check: components', () => {
  it('names a component the site does not have, and what the file may use', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-02.mdx', (t) => `${t}\n<EditorNote>\n拼错的组件名。\n</EditorNote>\n`));
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: 'unknown component', quotes: ['<EditorNote>', '<EditorialNote>'] });
  });

  it('names a component of the chapters used in a glossary term, which its page does not provide', () => {
    const problems = checkAfter((e) => e.edit('content/glossary/miao-pi.mdx', (t) => `${t}\n<Zhuanlan number={4} />\n`));
    const problem = expectProblem(problems, {
      path: 'content/glossary/miao-pi.mdx',
      key: 'unknown component',
      quotes: ['<Zhuanlan>', 'content/glossary/', '<EditorialNote>'],
    });
    expect(problem.message).not.toContain('<Figure>');
  });

  it('accepts an editorial note in a term and in a project, as CONTRIBUTING.md offers', () => {
    const problems = checkAfter((e) => {
      e.edit('content/glossary/miao-pi.mdx', (t) => `${t}\n<EditorialNote>\n编者补充的说明。\n</EditorialNote>\n`);
      e.edit('content/projects/04-02.mdx', (t) => `${t}\n<EditorialNote>\n编者补充的说明。\n</EditorialNote>\n`);
    });
    expect(problems).toEqual([]);
  });

  it('names code in the text: an expression or an import', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-02.mdx', (t) => `${t}\n{1 + 1}\n\nimport x from 'y';\n`));
    expect(problems.filter((p) => p.message.endsWith('(code not allowed)')).map((p) => p.path)).toEqual([
      'content/projects/04-02.mdx',
      'content/projects/04-02.mdx',
    ]);
  });
});
