/** File names become URLs: the duplicates an editor can actually create. */
import { describe, it } from 'vitest';
import { checkAfter, expectProblem } from './check-fixtures.ts';

describe('content check: slugs', () => {
  it('names two files whose names differ only in letter case', () => {
    const problems = checkAfter((e) => e.write('content/glossary/Miao-Pi.mdx', e.read('content/glossary/miao-pi.mdx')));
    expectProblem(problems, { path: 'content/glossary/miao-pi.mdx', key: 'duplicate slug', line: false, quotes: ['content/glossary/Miao-Pi.mdx'] });
    expectProblem(problems, { path: 'content/glossary/Miao-Pi.mdx', key: 'file name must be a lowercase ASCII slug', line: false });
  });

  it('names a file name that is not a URL-safe slug', () => {
    const problems = checkAfter((e) => e.write('content/glossary/秒批.mdx', e.read('content/glossary/miao-pi.mdx')));
    expectProblem(problems, { path: 'content/glossary/秒批.mdx', key: 'file name must be a lowercase ASCII slug', line: false });
  });

  it('names a chapter whose URL a page of the site already has', () => {
    const problems = checkAfter((e) => e.write('content/chapters/glossary.mdx', e.read('content/chapters/chapter-6.mdx')));
    expectProblem(problems, { path: 'content/chapters/glossary.mdx', key: 'chapter slug collides with a site page', line: false, quotes: ['/glossary/'] });
  });
});
