/** Published URLs: the URL of each built file. */
import { describe, expect, it } from 'vitest';
import { urlOf } from '../../../src/edition/urls.ts';

describe('urlOf', () => {
  it('gives the URL a reader uses for each built file', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('chapter-4/index.html')).toBe('/chapter-4/');
    expect(urlOf('glossary/5g/index.html')).toBe('/glossary/5g/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('indicators.csv')).toBe('/indicators.csv');
  });
});
