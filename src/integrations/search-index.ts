/**
 * Indexes the site with Pagefind through its Node API, as Starlight does,
 * but page by page while Astro renders them: the middleware hands each
 * finished page over (src/lib/rendered-pages.ts) and Pagefind, a process of
 * its own, indexes it on the other core while the next pages render. Once
 * every page is written, only the index files are left to write. The pages'
 * own markup decides what is indexed (data-pagefind-body, -meta, -filter;
 * docs/architecture.md); Pagefind's output is used as it writes it.
 *
 * Pagefind numbers pages in the order they are added, and the index files
 * depend on it: the pages go in Astro's own page order, so that the same
 * content always gives the same index.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { listenToRenderedPages, pageFile, pageName, type RenderedPage } from '../lib/rendered-pages.ts';

interface PagefindResponse {
  errors: string[];
}

function assertResponse<T extends PagefindResponse>(response: T, step: string): Required<T> {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind (${step}) failed:\n${response.errors.join('\n')}`);
  }
  return response as Required<T>;
}

async function createIndex(): Promise<pagefind.PagefindIndex> {
  // The pages say lang="zh-CN"; forcing it keeps one index whatever a page declares.
  return assertResponse(await pagefind.createIndex({ forceLanguage: 'zh-cn' }), 'createIndex').index;
}

/** A failure while pages are still rendering is reported by write(), once; until then it must not end the process as unhandled. */
function reportedLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/** A Pagefind index that takes pages as they are rendered, then is written in Astro's page order. */
export function pageIndexer() {
  const index = reportedLater(createIndex());
  /** The path of each page handed over, in order. */
  const handed: string[] = [];
  const added: Promise<unknown>[] = [];

  const addPage = (target: Promise<pagefind.PagefindIndex>, sourcePath: string, content: string) =>
    target.then(async (i) => assertResponse(await i.addHTMLFile({ sourcePath, content }), `addHTMLFile ${sourcePath}`));

  return {
    add({ path, html }: RenderedPage): void {
      handed.push(path);
      // Named by its file under dist/, Pagefind gives the page the same URL as when it reads the folder.
      added.push(reportedLater(addPage(index, pageFile(path), html)));
    },

    /**
     * Writes the index into `dir`, whose pages Astro lists in `pages` in the
     * order it started them (`ms`: how long this took after the last page).
     * If they came in another order (a busy machine can reorder how pages
     * reach the middleware) or some were not rendered but kept from an
     * earlier build, a fresh index takes them from dir in Astro's order
     * instead: slower, and the same result.
     */
    async write(dir: URL, pages: readonly string[]): Promise<{ pages: number; ms: number; reread: boolean }> {
      const started = performance.now();
      try {
        let ready = (await Promise.all([index, ...added]))[0];
        const inOrder = handed.length === pages.length && handed.every((path, i) => pageName(path) === pageName(pages[i]!));
        if (!inOrder) {
          await ready.deleteIndex();
          const fresh = createIndex();
          for (const page of pages) await addPage(fresh, pageFile(page), await readFile(new URL(pageFile(page), dir), 'utf8'));
          ready = await fresh;
        }
        if (pages.length === 0) throw new Error('Pagefind: the build has no pages to index.');
        assertResponse(await ready.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'writeFiles');
        return { pages: pages.length, ms: Math.round(performance.now() - started), reread: !inOrder };
      } finally {
        await pagefind.close();
      }
    },
  };
}

export function searchIndex(): AstroIntegration {
  let indexer: ReturnType<typeof pageIndexer> | undefined;
  let listening: { stopListening: () => void } | undefined;
  return {
    name: 'shantou-plan:search-index',
    hooks: {
      'astro:build:start': () => {
        indexer = pageIndexer();
        listening = listenToRenderedPages(indexer.add);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        listening?.stopListening();
        if (!indexer) throw new Error('Pagefind: the search index was not started (astro:build:start).');
        const result = await indexer.write(
          dir,
          pages.map((page) => page.pathname),
        );
        indexer = undefined;
        logger.info(
          `搜索索引：${result.pages} 个页面，${result.reread ? '页面未按开始的顺序交来，已按顺序从 dist/ 重新读取' : '与页面生成同时建立'} (最后一页之后 ${result.ms} ms)`,
        );
      },
    },
  };
}
