/**
 * /search-terms.json: the names a query is matched against before full-text
 * search (src/lib/search/query.ts), with their pinyin, the suggestions
 * offered while typing, the editorial synonyms and the traditional →
 * simplified pairs for the plan's characters, made from the content at
 * build time. Fetched only once the reader starts to search.
 */
import type { APIRoute } from 'astro';
import { getEdition } from '../lib/edition';
import { searchEntries, searchSynonyms, synonymList } from '../lib/search/names';
import { variantPairs } from '../lib/search/traditional';
import type { SearchTermsFile } from '../lib/search/entries';

export const GET: APIRoute = () => {
  const edition = getEdition();
  const entries = searchEntries(edition);
  // The characters a query can meet: the plan's, and those of the synonyms readers type.
  const text = [...edition.files.map((f) => f.body + JSON.stringify(f.data ?? {})), ...synonymList(edition).flatMap((s) => s.words)].join('');
  const file: SearchTermsFile = { version: 2, entries, synonyms: searchSynonyms(edition, entries), variants: variantPairs(text) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
