/**
 * Every link in every page of dist/ leads somewhere: the page or file
 * exists and, for #fragment links, the target id is on it. Links to the
 * site's public address (canonical, Open Graph) are checked against the build
 * too; links to other sites are listed but not fetched (they are not ours to
 * keep, and CI may have no internet).
 */
import { createServer } from 'node:net';
import { LinkChecker, LinkState } from 'linkinator';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { urlOf } from '../../scripts/lib/urls.ts';
import { DIST, htmlPages } from '../helpers/dist.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('links and fragments over all of dist/', () => {
  it('has no broken link or missing #fragment in any page', async () => {
    const port = await freePort();
    const local = new RegExp(`^http://(127\\.0\\.0\\.1|localhost):${port}/`);
    const external = new Set<string>();
    const result = await new LinkChecker().check({
      // Every page is a starting point, so pages nothing links to (404, redirects) are checked too.
      path: htmlPages().map((page) => urlOf(page).slice(1)),
      serverRoot: DIST,
      port,
      recurse: true,
      checkFragments: true,
      concurrency: 20,
      urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(SITE.url.replace(/\/$/, ''))}/`), replacement: `http://127.0.0.1:${port}/` }],
      linksToSkip: async (link) => {
        const skip = /^[a-z][a-z0-9+.-]*:/i.test(link) && !local.test(link) && !link.startsWith(SITE.url);
        if (skip) external.add(link);
        return skip;
      },
    });
    const show = (url: string | undefined) => {
      if (!url || !local.test(url)) return url ?? '?';
      const { pathname, search, hash } = new URL(url);
      return pathname + search + hash;
    };
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${show(link.url)} (status ${link.status ?? '-'}) linked from ${show(link.parent)}`);
    expect(broken).toEqual([]);
    expect(result.links.filter((link) => link.state === LinkState.OK).length).toBeGreaterThan(htmlPages().length);
    // Only the repository (编辑此页) is linked outside the site.
    const others = [...external].filter((link) => !link.startsWith(SITE.repository) && !/^(mailto|tel):/.test(link));
    expect(others).toEqual([]);
  }, 180_000);
});
