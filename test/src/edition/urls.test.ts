/** Published URLs: from built files, and back to the content file that publishes one. */
import { describe, expect, it } from 'vitest';
import { contentFileFor, contentUrl, urlOf } from '../../../src/edition/urls.ts';

describe('urlOf', () => {
  it('gives the URL a reader uses for each built file', () => {
    expect(urlOf('index.html')).toBe('/');
    expect(urlOf('chapter-4/index.html')).toBe('/chapter-4/');
    expect(urlOf('glossary/5g/index.html')).toBe('/glossary/5g/');
    expect(urlOf('404.html')).toBe('/404.html');
    expect(urlOf('indicators.csv')).toBe('/indicators.csv');
  });
});

describe('contentUrl and contentFileFor', () => {
  const reserved = new Set(['glossary', 'projects', 'search', 'indicators']);
  it('map content files to their pages and back', () => {
    expect(contentUrl({ collection: 'chapters', id: 'chapter-4' })).toBe('/chapter-4/');
    expect(contentUrl({ collection: 'projects', id: '04-02' })).toBe('/projects/04-02/');
    expect(contentUrl({ collection: 'indicators', id: '05' })).toBeUndefined();
    expect(contentFileFor('/chapter-4/', reserved)).toBe('content/chapters/chapter-4.mdx');
    expect(contentFileFor('/glossary/miao-pi/', reserved)).toBe('content/glossary/miao-pi.mdx');
    expect(contentFileFor('/projects/04-02/', reserved)).toBe('content/projects/04-02.mdx');
  });

  it('leaves the site’s own pages and files alone', () => {
    expect(contentFileFor('/search/', reserved)).toBeUndefined();
    expect(contentFileFor('/glossary/', reserved)).toBeUndefined();
    expect(contentFileFor('/', reserved)).toBeUndefined();
    expect(contentFileFor('/indicators.csv', reserved)).toBeUndefined();
  });
});
