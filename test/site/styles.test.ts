/**
 * Which styles each built page loads: the stylesheets it links and the ones
 * Astro inlined. A page's own rules reach that page and no other; the
 * cross-links' previews come with a content body. (A component's rules go
 * where Astro's bundler puts the component's module: with every page that
 * shares the chunk, so they are not tested page by page.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { urlOf } from '../../src/edition/urls.ts';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';

const pages = htmlPages().map((file) => ({ url: urlOf(file), tree: parsePage(file) }));

/** All the CSS a page loads, linked and inline. */
function cssOf(tree: ReturnType<typeof parsePage>): string {
  const linked = selectAll('link[rel="stylesheet"]', tree).map((link) => readFileSync(join(DIST, String(link.properties['href'])), 'utf8'));
  return [...linked, ...selectAll('style', tree).map((style) => text(style))].join('\n');
}

/** Whether `css` has a rule whose selector names `className`. */
const styles = (css: string, className: string) => new RegExp(`\\.${className}(?![\\w-])`).test(css);

const styled = pages.map(({ url, tree }) => ({ url, tree, css: cssOf(tree) }));

describe('styles', () => {
  it('load the cross-link previews on every page with a cross-link, and on no page without a content body', () => {
    const linked = styled.filter(({ tree }) => select('a.xref', tree));
    expect(linked.map(({ url }) => url)).toEqual(expect.arrayContaining(['/intro/', '/chapter-4/', '/full/', '/projects/04-02/']));
    for (const { url, css } of linked) expect(styles(css, 'xref-card'), url).toBe(true);
    for (const url of ['/', '/indicators/', '/timeline/', '/search/', '/data/', '/contents/', '/errata/']) {
      expect(styles(styled.find((page) => page.url === url)!.css, 'xref-card'), url).toBe(false);
    }
  });

  it.each([
    ['hero', ['/']],
    ['timeline-chart', ['/timeline/']],
    ['indicator-data__col-bar', ['/indicators/']],
    ['contents-page', ['/contents/']],
    ['full-text__chapter', ['/full/']],
    ['chips', ['/projects/']],
  ])('keep a page’s own rules (.%s) to that page', (className, only) => {
    const loading = styled.filter(({ css }) => styles(css, className)).map(({ url }) => url);
    expect(loading).toEqual(only);
  });
});
