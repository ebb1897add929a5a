/** Files the build would leave out without a word are errors. */
import { describe, it } from 'vitest';
import { checkAfter, expectProblem } from './check-fixtures.ts';

describe('content check: stray files', () => {
  it('names a term saved with the wrong extension', () => {
    const problems = checkAfter((e) => e.write('content/glossary/yi-ren-wei-ben.md', e.read('content/glossary/miao-pi.mdx')));
    expectProblem(problems, { path: 'content/glossary/yi-ren-wei-ben.md', key: 'file ignored by the build: wrong extension', line: false, quotes: ['.mdx'] });
  });

  it('names an unknown file in content/', () => {
    const problems = checkAfter((e) => e.write('content/errata.yml', 'errata: []\n'));
    expectProblem(problems, { path: 'content/errata.yml', key: 'unknown file in content/', line: false });
  });
});
