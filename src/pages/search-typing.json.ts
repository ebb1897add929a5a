/**
 * /search-typing.json: what a query typed otherwise than the plan prints
 * needs — the names' pinyin (made with pinyin-pro at build time), the
 * editorial synonyms (content/synonyms.yaml) and the traditional → simplified
 * pairs for the plan's characters (made with OpenCC at build time). Fetched
 * only for a query that needs it (src/client/search/query.ts `needsTyping`).
 */
import type { APIRoute } from 'astro';
import { getEdition } from '../edition';
import { searchEntries, searchSynonyms, synonymList } from '../lib/search/names';
import { variantPairs } from '../lib/search/traditional';
import type { SearchTypingFile } from '../shared/search-entries';

export const GET: APIRoute = () => {
  const edition = getEdition();
  const entries = searchEntries(edition);
  // The characters a query can meet: the plan's, and those of the synonyms readers type.
  const text = [...edition.files.map((f) => f.body + JSON.stringify(f.data ?? {})), ...synonymList(edition).flatMap((s) => s.words)].join('');
  const file: SearchTypingFile = {
    version: 1,
    pinyin: entries.map((e) => e.pinyin ?? []),
    synonyms: searchSynonyms(edition, entries),
    variants: variantPairs(text),
  };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
