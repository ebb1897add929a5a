/**
 * Not a word of the plan lost, added or moved: the edition's plan text,
 * assembled from content/, is compared with content/source/plan.txt read
 * afresh here. Only letters and digits count; punctuation and spacing are
 * typesetting.
 */
import { describe, expect, it } from 'vitest';
import { readErrata, revertCorrections } from '../../../../src/edition/check/errata.ts';
import { formatProblem } from '../../../../src/edition/check/problems.ts';
import { editionText } from '../../../helpers/edition-text.ts';
import { wordsOnly } from '../../../../src/shared/normalize.ts';
import { loadEdition } from '../../../../src/edition/index.ts';
import { ROOT } from '../../../helpers/dist.ts';
import { printedLines } from '../../../helpers/source.ts';

// Exactly the corrections recorded in content/errata.yaml are undone first; everything else must be as printed.
const content = loadEdition(ROOT);
const errata = readErrata(content);
const units = revertCorrections(editionText(content), errata.records);
const edition = units.map((u) => wordsOnly(u.text)).join('');
const lines = printedLines()
  .map((line) => ({ ...line, words: wordsOnly(line.text) }))
  .filter((l) => l.words);
const source = lines.map((l) => l.words).join('');

/**
 * Table 1 is printed across a page break with 第三章's headings and the
 * table's 备注 inside it; the edition rebuilds it, so within it only
 * presence is required, not order.
 */
function tableOneRegion(): { from: number; to: number } {
  const from = lines.findIndex((l) => l.text.startsWith('表 1'));
  const to = lines.findIndex((l, i) => i > from && /^97\.57\s+100$/.test(l.text));
  expect(from, 'Table 1 caption in plan.txt').toBeGreaterThan(0);
  expect(to, 'last row of Table 1 in plan.txt').toBeGreaterThan(from);
  return { from, to };
}

describe('fidelity to plan.txt', () => {
  it('has a complete record of every correction', () => {
    expect(errata.problems.map(formatProblem)).toEqual([]);
  });

  it('has every printed line of the source, in order', () => {
    const region = tableOneRegion();
    const missing: string[] = [];
    let position = 0;
    lines.forEach((line, index) => {
      if (index >= region.from && index <= region.to) {
        if (!edition.includes(line.words)) missing.push(`line ${line.no} (Table 1): ${line.text}`);
        return;
      }
      const found = edition.indexOf(line.words, position);
      if (found === -1) missing.push(`line ${line.no}: ${line.text}`);
      else position = found + line.words.length;
    });
    expect(missing).toEqual([]);
  });

  it('adds no words: every heading, paragraph and cell of the edition is in the source', () => {
    const added = units.filter((u) => !source.includes(wordsOnly(u.text))).map((u) => `${u.file}: ${u.text}`);
    expect(added).toEqual([]);
  });

  it('has exactly the letters and digits of the source, each as often', () => {
    const count = (text: string) => {
      const counts = new Map<string, number>();
      for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
      return counts;
    };
    const expected = count(source);
    const actual = count(edition);
    const differences = [...new Set([...expected.keys(), ...actual.keys()])]
      .filter((char) => expected.get(char) !== actual.get(char))
      .map((char) => `${char}: source ${expected.get(char) ?? 0}, edition ${actual.get(char) ?? 0}`);
    expect(differences).toEqual([]);
    expect(edition.length).toBe(source.length);
  });
});
