/**
 * The published URLs: the committed manifest (urls.json) that only ever
 * grows, and the URLs a build publishes (the content's own pages: routes.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const MANIFEST_PATH = 'urls.json';

export function readManifest(root: string): string[] {
  const file = join(root, MANIFEST_PATH);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
}

export function writeManifest(root: string, urls: Iterable<string>): void {
  const sorted = [...new Set(urls)].sort();
  writeFileSync(join(root, MANIFEST_PATH), `[\n${sorted.map((url) => `  ${JSON.stringify(url)}`).join(',\n')}\n]\n`);
}

/** URL path of a built HTML file: chapter-4/index.html → /chapter-4/, 404.html → /404.html. */
export function urlOf(htmlFile: string): string {
  const path = htmlFile.split(sep).join('/');
  return path === 'index.html' ? '/' : path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`;
}

/** Files in dist/ that configure the static host (public/_headers) and are not served as pages. */
const HOST_FILES = new Set(['_headers']);

/**
 * Every URL a build publishes: its pages and files such as /indicators.csv.
 * Astro's and Pagefind's folders are left out: their file names carry
 * content hashes and change with every release by design.
 */
export function builtUrls(distDir: string): string[] {
  const urls: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (dir !== distDir || (name !== 'pagefind' && name !== '_astro')) walk(path);
      } else if (dir !== distDir || !HOST_FILES.has(name)) {
        urls.push(urlOf(relative(distDir, path)));
      }
    }
  };
  walk(distDir);
  return urls.sort();
}
