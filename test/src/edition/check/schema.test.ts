/** Bad values and missing fields: the file, line and field, and what to write instead. */
import { describe, expect, it } from 'vitest';
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

  it('names a misspelt field inside a nested object, with the fields it may have', () => {
    const problems = checkAfter((e) => e.edit('content/glossary/san-heng-si-zong.mdx', (t) => t.replace(/^( +)section:/m, '$1sectoin:')));
    expectProblem(problems, { path: 'content/glossary/san-heng-si-zong.mdx', field: 'definedIn.sectoin', key: 'unknown field', quotes: ['section'] });
  });

  it('names a list item indented under the one above as a YAML structure error, not as a strange value', () => {
    let line = 0;
    const problems = checkAfter((e) =>
      e.edit('content/glossary/miao-pi.mdx', (t) => {
        const edited = t.replace(/^aliases: \[\]$/m, 'aliases: []\nrelated:\n  - si-mian\n    - ling-pao-dong');
        line = lineOf(edited, '    - ling-pao-dong');
        return edited;
      }),
    );
    expectProblem(problems, { path: 'content/glossary/miao-pi.mdx', key: 'YAML structure error: indentation', line, quotes: ['- ling-pao-dong', '缩进'] });
    expect(problems.filter((p) => p.message.includes('si-mian - ling-pao-dong') && !p.message.includes('缩进'))).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('names a mistyped frontmatter fence as such, and never advises a step that would discard the edit', () => {
    const problems = checkAfter((e) => e.edit('content/glossary/miao-pi.mdx', (t) => t.replace(/^---\n/, '--\n')));
    expectProblem(problems, { path: 'content/glossary/miao-pi.mdx', key: 'YAML structure error: frontmatter fence', line: 1, quotes: ['---'] });
    expect(problems).toHaveLength(1);
    for (const problem of problems) expect(problem.message).not.toMatch(/git checkout|git restore|恢复/);
  });

  it('names a mistyped closing fence on its own line', () => {
    let line = 0;
    const problems = checkAfter((e) =>
      e.edit('content/projects/04-02.mdx', (t) => {
        const edited = t.replace(/\n---\n/, '\n----\n');
        line = lineOf(edited, '----');
        return edited;
      }),
    );
    expectProblem(problems, { path: 'content/projects/04-02.mdx', key: 'YAML structure error: frontmatter fence', line });
  });
});
