/**
 * The `page` filter: every indexed page files itself under its own path
 * (SearchTags.astro, at build), so that the search (src/client/search/engine.ts)
 * finds a name's own page without loading any page's data.
 */

const PAGE_FILTER = 'page';
/** How many filter keys the `page` filter is spread over. */
const PAGE_FILTER_SHARDS = 16;

/**
 * The key of a page's `page` filter: page-0 … page-f, by a hash of its path
 * (FNV-1a). Pagefind writes one file per filter key, which a search with
 * that filter loads whole: spread over 16 keys, looking up a name's own page
 * loads a sixteenth of the pages' paths, not all of them (4 KB at ×10).
 */
export function pageFilterKey(path: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i += 1) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return `${PAGE_FILTER}-${((hash >>> 0) % PAGE_FILTER_SHARDS).toString(16)}`;
}
