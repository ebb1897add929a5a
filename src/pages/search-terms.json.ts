/**
 * /search-terms.json: the names a query is matched against before full-text
 * search (src/client/search/query.ts) and the suggestions offered while typing,
 * made from the content at build time. Fetched only once the reader starts
 * to search; how names are typed otherwise is in /search-typing.json.
 */
import type { APIRoute } from 'astro';
import { getEdition } from '../edition';
import { searchEntries } from '../lib/search/names';
import { toFile, type SearchTermsFile } from '../shared/search-entries';

export const GET: APIRoute = () => {
  const file: SearchTermsFile = { version: 3, entries: toFile(searchEntries(getEdition())) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
