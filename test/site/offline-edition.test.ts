/**
 * The installable, offline edition in the built site: the web app manifest
 * and the icons it and every page name (files that exist, with the declared
 * sizes and types), and the service worker's precache, which must hold every
 * page and everything reading and search load, and none of Pagefind's unused
 * bundles (src/integrations/offline.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { parsePage, select } from '../helpers/html.ts';

const file = (url: string) => join(DIST, decodeURIComponent(url).replace(/^\//, ''));

/** Width, height, format and the opacity of the top-left pixel of an image of the build. */
async function imageFacts(url: string) {
  const image = sharp(readFileSync(file(url)));
  const { width, height, format } = await image.metadata();
  const { data } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width, height, format, cornerAlpha: data[3] };
}

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

describe('web app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as Record<string, unknown> & { icons: ManifestIcon[] };

  it('names the edition in Chinese and opens at the home page, the whole site its scope', () => {
    expect(manifest['name']).toBe(SITE.name);
    expect(manifest['short_name']).toBe(SITE.shortName);
    expect(manifest['lang']).toBe('zh-CN');
    expect(manifest['start_url']).toBe('/');
    expect(manifest['scope']).toBe('/');
    expect(manifest['id']).toBe('/');
    expect(manifest['display']).toBe('standalone');
    expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/);
    expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('lists PNG icons of 192 and 512 px and a maskable one, each a file of the declared size and type', async () => {
    const declared = manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`);
    expect(declared).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    for (const icon of manifest.icons) {
      expect(existsSync(file(icon.src)), icon.src).toBe(true);
      const [width, height] = icon.sizes.split('x').map(Number);
      const facts = await imageFacts(icon.src);
      expect(icon.type, icon.src).toBe('image/png');
      expect(facts, icon.src).toMatchObject({ format: 'png', width, height });
      // A maskable icon fills its square, as a launcher crops it; the plain one keeps its rounded, transparent corners.
      expect(facts.cornerAlpha, icon.src).toBe(icon.purpose === 'maskable' ? 255 : 0);
    }
  });
});

describe('every page', () => {
  const pages = htmlPages();

  it('links the manifest, the SVG favicon, favicon.ico and Apple’s touch icon, all in the build', async () => {
    const links = new Set<string>();
    for (const page of pages) {
      const tree = parsePage(page);
      const href = (selector: string) => {
        const value = select(selector, tree)?.properties['href'];
        expect(value, `${page}: ${selector}`).toBeTypeOf('string');
        links.add(String(value));
        return String(value);
      };
      expect(href('link[rel="manifest"]')).toBe('/manifest.webmanifest');
      expect(href('link[rel="icon"][type="image/svg+xml"]')).toBe('/favicon.svg');
      expect(href('link[rel="icon"][sizes="32x32"]')).toBe('/favicon.ico');
      expect(href('link[rel="apple-touch-icon"]')).toBe('/apple-touch-icon.png');
    }
    for (const link of links) expect(existsSync(file(link)), link).toBe(true);

    expect(readFileSync(file('/favicon.svg'), 'utf8')).toMatch(/^<svg [^>]*viewBox="0 0 512 512"/);
    // iOS shows transparency as black: its icon is opaque.
    expect(await imageFacts('/apple-touch-icon.png')).toMatchObject({ format: 'png', width: 180, height: 180, cornerAlpha: 255 });
    // favicon.ico: one 32 × 32 image, a PNG inside the ICO header.
    const ico = readFileSync(file('/favicon.ico'));
    expect([ico.readUInt16LE(2), ico.readUInt16LE(4), ico[6], ico[7]]).toEqual([1, 1, 32, 32]);
    const png = ico.subarray(ico.readUInt32LE(18));
    expect(png.length).toBe(ico.readUInt32LE(14));
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 });
  });
});

describe('the service worker’s precache', () => {
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precached = new Set([...worker.matchAll(/\{"revision":(?:"[0-9a-f]+"|null),"url":"([^"]+)"\}/g)].map((m) => m[1]!));
  const filesIn = (dir: string) => readdirSync(join(DIST, dir)).map((name) => `${dir}/${name}`);

  it('loads Workbox from the build itself, not from another origin', () => {
    const imports = [...worker.matchAll(/importScripts\('([^']+)'\)/g)].map((m) => m[1]!);
    const prefix = /modulePathPrefix: '([^']+)'/.exec(worker)?.[1];
    expect(imports).toHaveLength(1);
    expect(prefix).toMatch(/^\/_astro\/workbox-v[\d.]+\/$/);
    for (const file of [imports[0]!, ...['core', 'precaching', 'routing', 'strategies'].map((name) => `${prefix}workbox-${name}.prod.js`)]) {
      expect(existsSync(join(DIST, file)), file).toBe(true);
    }
    expect([...precached].filter((path) => path.includes('workbox-'))).toEqual([]);
  });

  it('holds every page, and every file the pages load', () => {
    expect(precached.size).toBeGreaterThan(0);
    const missing = [
      ...htmlPages(),
      // Workbox's own modules load with the worker (importScripts), not from its precache.
      ...filesIn('_astro').filter((path) => !path.startsWith('_astro/workbox-')),
      'search-terms.json',
      'search-typing.json',
      'manifest.webmanifest',
      'favicon.svg',
    ].filter((path) => !precached.has(path));
    expect(missing).toEqual([]);
  });

  it('holds what a search loads (engine, WebAssembly, metadata, every index, fragment and filter file), and none of Pagefind’s unused bundles', () => {
    const search = [
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      ...filesIn('pagefind').filter((path) => /\.(pf_meta|pagefind)$/.test(path)),
      ...filesIn('pagefind/index'),
      ...filesIn('pagefind/fragment'),
      ...filesIn('pagefind/filter'),
    ];
    expect(search.filter((path) => /wasm\./.test(path))).toHaveLength(1);
    expect(search.filter((path) => !precached.has(path))).toEqual([]);
    expect([...precached].filter((path) => /^pagefind\/pagefind-(ui|component-ui|modular-ui|highlight|worker)\./.test(path))).toEqual([]);
  });

  it('leaves out the open-data downloads under /data/ (kept for whoever asks), but keeps the /data/ page', () => {
    expect(filesIn('data').filter((path) => path !== 'data/index.html' && precached.has(path))).toEqual([]);
    expect(precached.has('data/index.html')).toBe(true);
  });

  it('names only files of the build, and not itself', () => {
    expect([...precached].filter((path) => !existsSync(join(DIST, path)))).toEqual([]);
    expect(precached.has('sw.js')).toBe(false);
  });
});
