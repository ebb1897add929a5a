/**
 * Shared by the content-check tests: fixtures, a throwaway copy of the
 * edition to break, and what a message an editor can act on must contain.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { validateEdition } from '../../../../src/edition/check/index.ts';
import { loadEdition } from '../../../../src/edition/index.ts';
import type { Problem } from '../../../../src/edition/check/problems.ts';
import { tempEdition, type TempEdition } from '../../../helpers/temp-edition.ts';

export { renameTerm } from '../../../helpers/temp-edition.ts';

export const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

/** A copy of the edition with `change` applied, and what the check says about it. */
export function checkAfter(change: (edition: TempEdition) => void): Problem[] {
  const edition = tempEdition();
  change(edition);
  return validateEdition(loadEdition(edition.root));
}

export interface Expected {
  path: string;
  /** The English key in the message's closing parentheses. */
  key: string;
  field?: string;
  /** false when the problem concerns a whole file; otherwise a line number is required. */
  line?: number | boolean;
  /** Words the message must quote (the passage, the value at fault). */
  quotes?: string[];
}

/**
 * Finds the problem, and checks it is one an editor can act on: it names the
 * file, the line and field, says in Chinese what is wrong and ends with the
 * English key.
 */
export function expectProblem(problems: readonly Problem[], expected: Expected): Problem {
  const found = problems.find(
    (p) => p.path === expected.path && p.message.endsWith(`(${expected.key})`) && (expected.field === undefined || p.field === expected.field),
  );
  expect(
    found,
    `no “${expected.key}” problem for ${expected.path}; got:\n${problems.map((p) => `${p.path}:${p.line ?? ''} ${p.field ?? ''} ${p.message}`).join('\n')}`,
  ).toBeDefined();
  const problem = found!;
  if (expected.line === false) expect(problem.line).toBeUndefined();
  else if (typeof expected.line === 'number') expect(problem.line).toBe(expected.line);
  else expect(problem.line, 'a line number').toBeGreaterThan(0);
  expect(problem.message).toMatch(/\p{Script=Han}{4,}/u);
  for (const quote of expected.quotes ?? []) expect(problem.message).toContain(quote);
  return problem;
}

/** The line of the first occurrence of `text` in a file of the edition (1-based). */
export function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`fixture needle not found: ${needle}`);
  return text.slice(0, index).split('\n').length;
}
