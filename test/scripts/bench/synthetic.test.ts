/** The benchmark's synthetic edition is a valid edition ten times the size of the real one. */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticEdition } from '../../../scripts/bench/synthetic.ts';
import { validateEdition } from '../../../src/edition/check/index.ts';
import { formatProblem } from '../../../src/edition/check/problems.ts';
import { loadEdition } from '../../../src/edition/index.ts';
import { ROOT } from '../../helpers/dist.ts';

describe('syntheticEdition', () => {
  it('passes the content check (all but the plan-text comparison) with ten times the pages', () => {
    const root = syntheticEdition(ROOT, 10);
    try {
      const edition = loadEdition(root);
      expect(validateEdition(edition, { planText: false }).map(formatProblem)).toEqual([]);
      const real = loadEdition(ROOT);
      for (const collection of ['chapters', 'projects', 'glossary', 'indicators'] as const) {
        expect(edition.collection(collection).length, collection).toBe(10 * real.collection(collection).length);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
