import { describe, expect, it } from 'vitest';
import { displayBaseline, withUnit } from '../../../src/lib/indicators.ts';

describe('how an indicator’s figures read', () => {
  it('writes a figure with its unit, a percentage without a space', () => {
    expect(withUnit('55', '件')).toBe('55 件');
    expect(withUnit('96.41', '%')).toBe('96.41%');
  });

  it('says there is no baseline where the plan prints “-”', () => {
    expect(displayBaseline(null)).toBe('无基线');
    expect(displayBaseline('0')).toBe('0');
  });
});
