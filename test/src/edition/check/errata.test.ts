/**
 * content/errata.yaml: exactly the recorded corrections are accepted — a
 * recorded correction must be made, and its record must be complete and
 * point at the plan's words.
 */
import { describe, expect, it } from 'vitest';
import { revertCorrections } from '../../../../src/edition/check/errata.ts';
import { checkAfter, expectProblem, fixture, lineOf } from './check-fixtures.ts';

const correctBoth = (e: Parameters<Parameters<typeof checkAfter>[0]>[0]) => {
  e.edit('content/chapters/chapter-4.mdx', (t) => t.replace('按照统一标准清晰', '按照统一标准清洗'));
  e.edit('content/indicators/05.yaml', (t) => t.replace('method: ）已投放', 'method: 已投放'));
};

describe('content check: errata', () => {
  it('accepts corrections recorded in content/errata.yaml, in text and in a data field', () => {
    const problems = checkAfter((e) => {
      correctBoth(e);
      e.write('content/errata.yaml', fixture('errata-valid.yaml'));
    });
    expect(problems).toEqual([]);
  });

  it('names a recorded correction that was not made', () => {
    let line = 0;
    const problems = checkAfter((e) => {
      e.edit('content/chapters/chapter-4.mdx', (t) => t.replace('按照统一标准清晰', '按照统一标准清洗'));
      e.write('content/errata.yaml', fixture('errata-valid.yaml'));
      line = lineOf(fixture('errata-valid.yaml'), '    corrected: 已投放');
    });
    expect(problems).toHaveLength(1);
    expectProblem(problems, {
      path: 'content/errata.yaml',
      field: 'errata.1.corrected',
      line,
      key: 'erratum recorded but not made',
      quotes: ['content/indicators/05.yaml'],
    });
  });

  it('names a correction whose original words are not in the plan at that place', () => {
    const problems = checkAfter((e) => {
      correctBoth(e);
      e.write('content/errata.yaml', fixture('errata-valid.yaml').replace('original: 按照统一标准清晰', 'original: 按照统一标准清淅'));
    });
    expectProblem(problems, {
      path: 'content/errata.yaml',
      field: 'errata.0.original',
      key: 'erratum original not found in the plan',
      quotes: ['按照统一标准清淅'],
    });
  });

  it('names a correction whose original words occur more than once', () => {
    const problems = checkAfter((e) => e.write('content/errata.yaml', fixture('errata-valid.yaml').replace('original: 按照统一标准清晰', 'original: 数据')));
    expectProblem(problems, { path: 'content/errata.yaml', field: 'errata.0.original', key: 'erratum original is ambiguous' });
  });

  it('names an incomplete record, a reused id, an unknown file, a field that is not plan text and a bad date', () => {
    const problems = checkAfter((e) => {
      e.edit('content/chapters/chapter-4.mdx', (t) => t.replace('按照统一标准清晰', '按照统一标准清洗'));
      e.write('content/errata.yaml', fixture('errata-broken.yaml'));
    });
    expectProblem(problems, { path: 'content/errata.yaml', field: 'errata.0.reason', key: 'required field missing' });
    expectProblem(problems, { path: 'content/errata.yaml', field: 'errata.1.file', key: 'unknown file', quotes: ['content/chapters/chapter-9.mdx'] });
    expectProblem(problems, { path: 'content/errata.yaml', field: 'errata.2.date', key: 'date as YYYY-MM-DD' });
    // An entry that is not complete is not applied: the chapter's change stays unrecorded.
    expectProblem(problems, { path: 'content/chapters/chapter-4.mdx', key: 'plan text changed without an errata entry' });
  });

  it('names a reused id and a field that is not plan text', () => {
    const problems = checkAfter((e) => {
      correctBoth(e);
      e.write(
        'content/errata.yaml',
        `${fixture('errata-valid.yaml').replace('  - id: 2', '  - id: 1')}  - id: 3\n    file: content/glossary/miao-pi.mdx\n    field: aliases\n    original: 秒批\n    corrected: 秒办\n    reason: 别名。\n    date: 2026-11-20\n`,
      );
    });
    expectProblem(problems, { path: 'content/errata.yaml', field: 'errata.1.id', key: 'duplicate erratum id' });
    expectProblem(problems, { path: 'content/errata.yaml', field: 'errata.2.field', key: 'not a plan-text field' });
  });
});

describe('revertCorrections (for the fidelity test)', () => {
  const record = { id: 1, file: 'content/chapters/chapter-4.mdx', original: '标准清晰', corrected: '标准清洗', reason: '误印。', date: '2026-11-20' };

  it('undoes a recorded correction in the file it names, and nowhere else', () => {
    const units = [
      { file: 'content/chapters/chapter-3.mdx', text: '按照统一标准清洗' },
      { file: 'content/chapters/chapter-4.mdx', text: '按照统一标准清洗、整合' },
    ];
    expect(revertCorrections(units, [record]).map((u) => u.text)).toEqual(['按照统一标准清洗', '按照统一标准清晰、整合']);
  });

  it('fails when a recorded correction is not in the edition', () => {
    expect(() => revertCorrections([{ file: 'content/chapters/chapter-4.mdx', text: '按照统一标准清晰' }], [record])).toThrow(/occur 0 times/);
  });
});
