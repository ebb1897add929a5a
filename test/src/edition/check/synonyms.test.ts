/**
 * The search synonyms (content/synonyms.yaml) are checked like every other
 * content file: each entry well formed, each name it points to a name of the
 * plan, each word long enough to mean something.
 */
import { describe, expect, it } from 'vitest';
import { checkAfter, expectProblem, fixture } from './check-fixtures.ts';

describe('content check: search synonyms', () => {
  it('accepts the edition’s own synonyms, each leading to a name of the plan', () => {
    expect(checkAfter(() => undefined)).toEqual([]);
  });

  it('names a word in the wrong form, so that nothing else is guessed from it', () => {
    const problems = checkAfter((e) => e.write('content/synonyms.yaml', fixture('synonyms-broken.yaml')));
    expectProblem(problems, { path: 'content/synonyms.yaml', field: 'synonyms.2.words', key: 'must be a list' });
  });

  it('names a name the plan does not have and a word too short, with the line', () => {
    const problems = checkAfter((e) =>
      e.write('content/synonyms.yaml', fixture('synonyms-broken.yaml').replace('  - words: 城市大脑\n    see: [一网统管]\n', '')),
    );
    expectProblem(problems, { path: 'content/synonyms.yaml', field: 'synonyms.0.see.1', key: 'name not found in the plan', quotes: ['不见面'] });
    expectProblem(problems, { path: 'content/synonyms.yaml', field: 'synonyms.1.words.0', key: 'word too short', quotes: ['签'] });
    expect(problems).toHaveLength(2);
  });
});
