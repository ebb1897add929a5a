/** Bad values and missing fields: the file, line and field, and what to write instead. */
import { describe, it } from 'vitest';
import { checkAfter, expectProblem, fixture, lineOf } from './check-fixtures.ts';

describe('content check: schema', () => {
  it('names a missing required field (a term without its name)', () => {
    const problems = checkAfter((e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^term: .*\n/m, '')));
    expectProblem(problems, { path: 'content/glossary/miao-pi.mdx', field: 'term', key: 'required field missing', quotes: ['term'] });
  });

  it('names an indicator without its target', () => {
    const problems = checkAfter((e) => e.edit('content/indicators/05.yaml', (t) => t.replace(/^target: .*\n/m, '')));
    expectProblem(problems, { path: 'content/indicators/05.yaml', field: 'target', key: 'required field missing', quotes: ['target'] });
  });

  it('names a target that is not a number, on its line', () => {
    let line = 0;
    const problems = checkAfter((e) =>
      e.edit('content/indicators/03.yaml', (t) => {
        line = lineOf(t, 'target:');
        return t.replace(/^target: .*$/m, 'target: 百分之百');
      }),
    );
    expectProblem(problems, { path: 'content/indicators/03.yaml', field: 'target', key: 'must be a number', line });
  });

  it('names a list where text belongs, in words', () => {
    const problems = checkAfter((e) => e.edit('content/zhuanlan/04.yaml', (t) => t.replace(/^title: (.*)$/m, 'title:\n  - $1')));
    expectProblem(problems, { path: 'content/zhuanlan/04.yaml', field: 'title', key: 'must be text' });
  });

  it('names a misspelt field, which Astro would drop silently, and suggests the right one', () => {
    const problems = checkAfter((e) => e.edit('content/glossary/san-wang-rong-he.mdx', (t) => t.replace('aliases:', 'alias:')));
    expectProblem(problems, { path: 'content/glossary/san-wang-rong-he.mdx', field: 'alias', key: 'unknown field', quotes: ['aliases'] });
  });

  it('names a YAML syntax error in frontmatter with its line', () => {
    const problems = checkAfter((e) => e.write('content/glossary/yi-ren-wei-ben.mdx', fixture('term-bad-yaml.mdx')));
    expectProblem(problems, { path: 'content/glossary/yi-ren-wei-ben.mdx', key: 'YAML syntax error', line: true });
  });
});
