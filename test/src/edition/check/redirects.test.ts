/**
 * URLs never break: renaming or deleting a published page fails the check
 * until a redirect is recorded, and each redirect must lead to a real page.
 */
import { describe, expect, it } from 'vitest';
import { checkAfter, expectProblem, fixture, renameTerm } from './check-fixtures.ts';

const MANIFEST = `${JSON.stringify(['/', '/glossary/', '/glossary/miao-pi/', '/chapter-4/', '/chapter-5/', '/search/'], null, 2)}\n`;
const rename = (e: Parameters<Parameters<typeof checkAfter>[0]>[0]) => {
  e.write('urls.json', MANIFEST);
  renameTerm(e, 'miao-pi', 'miao-pi-shen-pi');
};

describe('content check: redirects', () => {
  it('names a published page whose file was renamed without a redirect', () => {
    const problems = checkAfter(rename);
    expectProblem(problems, {
      path: 'content/glossary/miao-pi.mdx',
      key: 'published URL removed without a redirect',
      line: false,
      quotes: ['/glossary/miao-pi/', 'content/redirects.yaml'],
    });
  });

  it('accepts the rename once the redirect is recorded', () => {
    const problems = checkAfter((e) => {
      rename(e);
      e.write('content/redirects.yaml', fixture('redirects-valid.yaml'));
    });
    expect(problems).toEqual([]);
  });

  it('names a redirect to nowhere, a redirect from a live page, and a malformed address', () => {
    const problems = checkAfter((e) => {
      rename(e);
      e.write('content/redirects.yaml', fixture('redirects-broken.yaml'));
    });
    expectProblem(problems, {
      path: 'content/redirects.yaml',
      field: 'redirects.0.to',
      key: 'redirect to a page that does not exist',
      quotes: ['/glossary/no-such-term/'],
    });
    expectProblem(problems, { path: 'content/redirects.yaml', field: 'redirects.1.from', key: 'redirect from a live page', quotes: ['/chapter-4/'] });
    expectProblem(problems, { path: 'content/redirects.yaml', field: 'redirects.2.from', key: 'site path' });
  });
});
