/** Unknown fields, which Astro would drop without a word. */
import { describe, expect, it } from 'vitest';
import { suggestField, unknownFields } from '../../../scripts/check/fields.ts';
import { chapterSchema, glossarySchema } from '../../../src/schemas.ts';

describe('unknownFields', () => {
  it('finds a misspelt key at the top level and inside lists and objects', () => {
    const found = unknownFields(
      { term: 'x', alias: [], definedIn: { chapter: 'chapter-2', sectoin: 2 } },
      glossarySchema,
    );
    expect(found.map((f) => f.path.join('.'))).toEqual(['alias', 'definedIn.sectoin']);
    const nested = unknownFields({ label: 'a', sections: [{ number: 1, label: 'b', title: 'c', titel: 'd' }] }, chapterSchema);
    expect(nested.map((f) => f.path.join('.'))).toEqual(['sections.0.titel']);
  });

  it('accepts every key the schema knows', () => {
    expect(unknownFields({ term: 'x', aliases: [], number: 1, label: 'x', separator: '：', related: [] }, glossarySchema)).toEqual([]);
  });
});

describe('suggestField', () => {
  it('suggests the field an editor most likely meant', () => {
    expect(suggestField('alias', ['term', 'aliases', 'related'])).toBe('aliases');
    expect(suggestField('Target', ['target', 'method'])).toBe('target');
    expect(suggestField('relatd', ['term', 'aliases', 'related'])).toBe('related');
  });

  it('suggests nothing for a key unlike any field', () => {
    expect(suggestField('xyz', ['term', 'aliases', 'related'])).toBeUndefined();
  });
});
