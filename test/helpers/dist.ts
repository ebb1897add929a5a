/** The built site under test: `npm test` builds it before running vitest. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = process.env.DIST_DIR ?? join(ROOT, 'dist');

export function assertBuilt(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`${DIST} has no built site: run \`npm run build\` first (npm test does this for you)`);
  }
}

/** Every HTML page of the build (dist/, or another built folder), as paths relative to it (e.g. `chapter-4/index.html`). */
export function htmlPages(built: string = DIST): string[] {
  if (built === DIST) assertBuilt();
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name.endsWith('.html')) {
        pages.push(relative(built, path));
      }
    }
  };
  walk(built);
  return pages.sort();
}

/** Every file under `dir`, by its path relative to `dir`, with its bytes (base64): two folders compared file for file. */
export function folderContents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)).toString('base64')])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
}

export function readPage(urlPath: string): string {
  assertBuilt();
  const file = urlPath.endsWith('.html') ? urlPath : join(urlPath.replace(/^\//, ''), 'index.html');
  return readFileSync(join(DIST, file), 'utf8');
}
