/** Components an MDX file may use: the ones the site gives the plan's MDX. */
import { describe, expect, it } from 'vitest';
import { contentComponentNames } from '../../../scripts/check/components.ts';
import { checkAfter, expectProblem } from './check-fixtures.ts';

describe('content check: components', () => {
  it('knows the components the site provides', () => {
    expect(contentComponentNames()).toEqual(expect.arrayContaining(['EditorialNote', 'Zhuanlan', 'Figure']));
  });

  it('names a component the site does not have', () => {
    const problems = checkAfter((e) => e.edit('content/projects/04-02.mdx', (t) => `${t}\n<EditorNote>\n拼错的组件名。\n</EditorNote>\n`));
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: 'unknown component', quotes: ['<EditorNote>', '<EditorialNote>'] });
  });
});
