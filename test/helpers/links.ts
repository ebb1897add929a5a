/**
 * Every link of a built site checked with linkinator, as its server answers
 * it: pages and files exist, #fragments are on their page. Links to the
 * site's public address (canonical, Open Graph) are checked against the
 * build; links to other sites are returned, not fetched.
 */
import { LinkChecker, LinkState } from 'linkinator';
import { freePort } from '../../scripts/lib/chromium.ts';

export interface LinkReport {
  /** `path (status) linked from path`, for each broken link. */
  broken: string[];
  ok: number;
  /** Links to other sites. */
  external: string[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `serverRoot` is served as the origin's root; `paths` (relative to it) are
 * the starting points, so that pages nothing links to are checked too.
 * `siteUrl` is the origin the pages name as their public address.
 */
export async function checkLinks({ serverRoot, paths, siteUrl }: { serverRoot: string; paths: string[]; siteUrl: string }): Promise<LinkReport> {
  const port = await freePort();
  const local = new RegExp(`^http://(127\\.0\\.0\\.1|localhost):${port}/`);
  const origin = new URL(siteUrl).origin;
  const external = new Set<string>();
  const result = await new LinkChecker().check({
    path: paths,
    serverRoot,
    port,
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escape(origin)}/`), replacement: `http://127.0.0.1:${port}/` }],
    linksToSkip: async (link) => {
      const skip = /^[a-z][a-z0-9+.-]*:/i.test(link) && !local.test(link) && !link.startsWith(`${origin}/`);
      if (skip) external.add(link);
      return skip;
    },
  });
  const show = (url: string | undefined) => {
    if (!url || !local.test(url)) return url ?? '?';
    const { pathname, search, hash } = new URL(url);
    return pathname + search + hash;
  };
  return {
    broken: result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${show(link.url)} (status ${link.status ?? '-'}) linked from ${show(link.parent)}`),
    ok: result.links.filter((link) => link.state === LinkState.OK).length,
    external: [...external],
  };
}
