/** One page of each type the edition has: what tests of every page type visit. */
export const PAGE_TYPES = [
  '/',
  '/contents/',
  '/intro/',
  '/chapter-2/',
  '/chapter-3/',
  '/chapter-4/',
  '/annex-1/',
  '/annex-2/',
  '/projects/',
  '/projects/04-02/',
  '/indicators/',
  '/timeline/',
  '/full/',
  '/glossary/',
  '/glossary/5g/',
  '/errata/',
  '/search/',
  '/404.html',
] as const;

/** Where the browser tests keep their screenshots for review (CI keeps the folder as an artifact). */
export const SCREENSHOTS = 'test-results/screenshots';
