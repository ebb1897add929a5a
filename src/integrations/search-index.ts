/**
 * Indexes the built site with Pagefind through its Node API, after Astro has
 * written every page (as Starlight does): the pages' own markup decides what
 * is indexed (data-pagefind-body, -meta, -filter; docs/architecture.md).
 * Pagefind's output is used as it writes it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

interface PagefindResponse {
  errors: string[];
}

function assertResponse<T extends PagefindResponse>(response: T, step: string): Required<T> {
  if (response.errors.length > 0) {
    throw new Error(`Pagefind (${step}) failed:\n${response.errors.join('\n')}`);
  }
  return response as Required<T>;
}

export async function buildSearchIndex(dir: URL, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const started = performance.now();
  try {
    // The pages say lang="zh-CN"; forcing it keeps one index whatever a page declares.
    const { index } = assertResponse(await pagefind.createIndex({ forceLanguage: 'zh-cn' }), 'createIndex');
    const { page_count } = assertResponse(await index.addDirectory({ path: fileURLToPath(dir) }), 'addDirectory');
    assertResponse(await index.writeFiles({ outputPath: fileURLToPath(new URL('./pagefind/', dir)) }), 'writeFiles');
    logger.info(`搜索索引：${page_count} 个页面 (${Math.round(performance.now() - started)} ms)`);
  } finally {
    await pagefind.close();
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'shantou-plan:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => buildSearchIndex(dir, logger),
    },
  };
}
