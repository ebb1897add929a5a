/**
 * The edition's Astro integrations, split by concern as Starlight's are:
 * content and check (edition.ts), the search index (search-index.ts) and the offline
 * edition's service worker (offline.ts), which precaches the search index and
 * so comes after it: Astro runs each hook of the integrations in this order.
 * `astro build` with these is the whole build.
 */
import type { AstroIntegration } from 'astro';
import { edition, type EditionOptions } from './edition.ts';
import { offline } from './offline.ts';
import { searchIndex } from './search-index.ts';

export function editionIntegrations(options: EditionOptions = {}): AstroIntegration[] {
  return [edition(options), searchIndex(), offline()];
}
