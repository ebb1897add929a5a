/** Unknown fields: the schemas reject them; here, what the editor is told instead. */
import { describe, expect, it } from 'vitest';
import { knownFields, suggestField } from '../../../../src/edition/check/fields.ts';
import { chapterSchema, errataFileSchema, glossarySchema } from '../../../../src/schemas.ts';

describe('knownFields', () => {
  it('names the fields of the object at a path, through lists, optional and refined objects', () => {
    expect(knownFields(glossarySchema, [])).toEqual(expect.arrayContaining(['term', 'aliases', 'related', 'definedIn']));
    expect(knownFields(glossarySchema, ['definedIn'])).toEqual(['chapter', 'section']);
    expect(knownFields(chapterSchema, ['sections', 0])).toEqual(['number', 'label', 'title']);
    expect(knownFields(errataFileSchema, ['errata', 2])).toEqual(expect.arrayContaining(['id', 'file', 'original', 'corrected']));
  });

  it('names nothing where the data holds no object', () => {
    expect(knownFields(glossarySchema, ['term'])).toEqual([]);
    expect(knownFields(glossarySchema, ['nonsense', 'deeper'])).toEqual([]);
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
