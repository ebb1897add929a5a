import { describe, expect, it } from 'vitest';
import { pageFilterKey } from '../../../src/shared/page-filter.ts';

describe('pageFilterKey', () => {
  it('spreads the pages over sixteen filter keys, the same for a path wherever it is computed', () => {
    const keys = new Set(Array.from({ length: 200 }, (_, i) => pageFilterKey(`/projects/${String(i).padStart(4, '0')}/`)));
    expect(keys.size).toBe(16);
    for (const key of keys) expect(key).toMatch(/^page-[0-9a-f]$/);
    expect(pageFilterKey('/glossary/miao-pi/')).toBe(pageFilterKey('/glossary/miao-pi/'));
  });
});
