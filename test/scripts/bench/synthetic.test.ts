/** The benchmark's synthetic edition is a valid edition ten times the size of the real one. */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticEdition } from '../../../scripts/bench/synthetic.ts';
import { validateContent } from '../../../scripts/check/index.ts';
import { formatProblem } from '../../../scripts/check/problems.ts';
import { readAllContent } from '../../../scripts/lib/content-files.ts';
import { ROOT } from '../../helpers/dist.ts';

describe('syntheticEdition', () => {
  it('passes the content check (all but the plan-text comparison) with ten times the pages', () => {
    const root = syntheticEdition(ROOT, 10);
    try {
      const files = readAllContent(root);
      expect(validateContent(root, files, { planText: false }).map(formatProblem)).toEqual([]);
      const count = (collection: string, all: { collection: string }[]) => all.filter((f) => f.collection === collection).length;
      const real = readAllContent(ROOT);
      for (const collection of ['chapters', 'projects', 'glossary', 'indicators']) {
        expect(count(collection, files), collection).toBe(10 * count(collection, real));
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
