/** The traditional → simplified pairs made at build time for the plan's characters. */
import { describe, expect, it } from 'vitest';
import { variantPairs } from '../../../../src/lib/search/traditional.ts';
import { simplify, variantTable } from '../../../../src/shared/normalize.ts';

describe('variantPairs', () => {
  const table = variantTable(variantPairs('一网通办，政务云。粤省事数据'));

  it('maps the traditional forms of the characters the text uses', () => {
    expect(simplify('一網通辦', table)).toBe('一网通办');
    expect(simplify('政務雲', table)).toBe('政务云');
    expect(simplify('粵省事數據', table)).toBe('粤省事数据');
  });

  it('leaves characters the text does not use, whatever they convert to', () => {
    expect(table.has('國')).toBe(false);
  });

  it('never converts a character the text itself prints', () => {
    const own = variantTable(variantPairs('显著，着力'));
    expect(own.has('著')).toBe(false);
  });
});
