/**
 * The search index takes pages as they are rendered, and Pagefind numbers
 * them in the order they come: whatever order they come in, the index files
 * are the ones Astro's page order gives.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { pageIndexer } from '../../../src/integrations/search-index.ts';
import { pageFile, type RenderedPage } from '../../../src/lib/rendered-pages.ts';
import { folderContents } from '../../helpers/dist.ts';

const PAGES: RenderedPage[] = [
  ['/', '首页'],
  ['/chapter-1/', '推进政务服务一网通办'],
  ['/chapter-2/', '推进省域治理一网统管'],
  ['/glossary/miao-pi/', '秒批：审批系统自动作出审批决定'],
].map(([path, text]) => ({
  path: path!,
  html: `<!doctype html><html lang="zh-CN"><head><title>${text}</title></head><body><main data-pagefind-body><h1>${text}</h1><p data-pagefind-filter="kind:${path!.split('/')[1] || 'home'}">${text}</p></main></body></html>`,
}));
/** As Astro lists built pages in astro:build:done. */
const ASTRO_ORDER = ['', 'chapter-1/', 'chapter-2/', 'glossary/miao-pi/'];

const folders: string[] = [];
afterAll(() => folders.forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A dist/ holding the pages, indexed with the pages handed over in `order` (indexes into PAGES). */
async function indexSite(order: number[]) {
  const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
  folders.push(dist);
  for (const { path, html } of PAGES) {
    const file = join(dist, pageFile(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  const indexer = pageIndexer();
  for (const i of order) indexer.add(PAGES[i]!);
  const result = await indexer.write(pathToFileURL(`${dist}/`), ASTRO_ORDER);
  return { result, files: folderContents(join(dist, 'pagefind')) };
}

describe('search index', () => {
  it('indexes pages handed over in Astro’s order as they come, and pages that came in another order from dist/, to the same files', async () => {
    const inOrder = await indexSite([0, 1, 2, 3]);
    expect(inOrder.result).toMatchObject({ pages: 4, reread: false });
    expect(Object.keys(inOrder.files).some((f) => f.startsWith('fragment/'))).toBe(true);

    const shuffled = await indexSite([2, 0, 3, 1]);
    expect(shuffled.result).toMatchObject({ pages: 4, reread: true });
    expect(shuffled.files).toEqual(inOrder.files);

    // A page Astro did not render this time (kept from an earlier build) is read from dist/.
    const missing = await indexSite([0, 1, 3]);
    expect(missing.result).toMatchObject({ pages: 4, reread: true });
    expect(missing.files).toEqual(inOrder.files);
  }, 60_000);

  it('would give other index files for another order: Pagefind numbers pages as they are added', async () => {
    const inOrder = await indexSite([0, 1, 2, 3]);
    const dist = mkdtempSync(join(tmpdir(), 'search-index-'));
    folders.push(dist);
    const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
    for (const { path, html } of [...PAGES].reverse()) await index!.addHTMLFile({ sourcePath: pageFile(path), content: html });
    await index!.writeFiles({ outputPath: join(dist, 'pagefind') });
    await pagefind.close();
    const meta = (files: Record<string, string>) => Object.keys(files).filter((f) => f.endsWith('.pf_meta'));
    expect(meta(folderContents(join(dist, 'pagefind')))).not.toEqual(meta(inOrder.files));
  }, 60_000);
});
