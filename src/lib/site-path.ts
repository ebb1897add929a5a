import { SITE } from '../site.config.ts';

/**
 * A page or file of the site, `/glossary/miao-pi/`, as a link: under the
 * path the site is served from (SITE.base), which is `/` at a domain's root.
 * Every internal link is written through this, whether in a page, a remark
 * plugin or a JSON file the search page reads.
 */
export function sitePath(path: `/${string}`): string {
  return SITE.base === '/' ? path : `${SITE.base}${path.slice(1)}`;
}

/** The same page or file as an absolute URL on the published edition (SITE.url). */
export function publicUrl(path: `/${string}`): string {
  return new URL(sitePath(path), SITE.url).href;
}
