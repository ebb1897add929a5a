/**
 * Each page's 修订记录 and the feed of corrections and changes, on the built
 * site, against git's own record of content/ and against content/errata.yaml.
 * A build from a shallow clone says its record is incomplete.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { errataOf } from '../../src/lib/errata.ts';
import { loadEdition } from '../../src/edition/index.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, ROOT, htmlPages } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';
import { buildTempEdition, tempEdition } from '../helpers/temp-edition.ts';

const git = (args: string[], gitDir?: string) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', env: gitDir ? { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: ROOT } : process.env }).trim();
const shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';
const commitsOf = (path: string) => git(['log', '--format=%H', '--', path]).split('\n').filter(Boolean);

interface FeedItem {
  title: string;
  link: string;
  guid: string | { '#text': string };
  category: string | string[];
  pubDate: string;
}
function feedItems(dist: string): FeedItem[] {
  const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(readFileSync(join(dist, 'feed.xml'), 'utf8')) as {
    rss: { channel: { title: string; item?: FeedItem[] } };
  };
  expect(feed.rss.channel.title).toContain('勘误与修订');
  return feed.rss.channel.item ?? [];
}
const categories = (item: FeedItem) => [item.category].flat();
const guid = (item: FeedItem) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']);

describe('修订记录 on each page', () => {
  it('is tested on a checkout with its whole history', () => {
    expect(shallow, 'a shallow clone: run `git fetch --unshallow` (CI checks out with fetch-depth 0)').toBe(false);
  });

  it.each([
    ['/chapter-4/', 'content/chapters/chapter-4.mdx'],
    ['/glossary/miao-pi/', 'content/glossary/miao-pi.mdx'],
    ['/indicators/', 'content/indicators'],
  ])('%s lists every commit git has for %s, newest first, each linked on the forge', (page, source) => {
    const links = selectAll('.revisions__list a[href*="/commit/"]', parsePage(page)).map((a) => String(a.properties['href']));
    expect(links).toEqual(commitsOf(source).map((hash) => `${SITE.repository}/commit/${hash}`));
    expect(links.length).toBeGreaterThan(0);
  });

  it('gives the date of the newest as 最后更新', () => {
    const date = git(['log', '-1', '--format=%cs', '--', 'content/chapters/chapter-4.mdx']);
    expect(String(select('.page-meta > p time', parsePage('/chapter-4/'))?.properties['dateTime'])).toBe(date);
  });
});

describe('the feed', () => {
  const items = feedItems(DIST);

  it('has an entry for each correction in content/errata.yaml, and nothing else marked 勘误', () => {
    const errata = errataOf(loadEdition(ROOT));
    expect(items.filter((item) => categories(item).includes('勘误')).map((item) => item.link)).toEqual(
      errata.map((e) => new URL(`/errata/#erratum-${e.id}`, SITE.url).href),
    );
  });

  it('has the newest changes to content/ as git records them, newest first', () => {
    const changes = items.filter((item) => categories(item).includes('内容修订')).map(guid);
    expect(changes).toEqual(commitsOf('content').slice(0, changes.length));
    expect(changes.length).toBe(Math.min(50, commitsOf('content').length));
  });

  it('is linked from the <head> of every page', () => {
    for (const page of htmlPages()) {
      const tree = fromHtml(readFileSync(join(DIST, page), 'utf8'));
      if (select('meta[http-equiv="refresh"]', tree)) continue; // a redirect page only sends the reader on
      expect(select('head link[rel="alternate"][type="application/rss+xml"]', tree)?.properties['href'], page).toBe('/feed.xml');
    }
  });

  it('is offered on /errata/', () => {
    expect(text(select('.errata__feed a[href="/feed.xml"]', parsePage('/errata/')))).toContain('RSS');
  });
});

describe('a build from a shallow clone', () => {
  it('says its record is incomplete and still dates the page', () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'repo.git');
    execFileSync('git', ['clone', '--quiet', '--bare', '--depth', '1', `file://${ROOT}`, clone]);
    const build = buildTempEdition(tempEdition(), { env: { GIT_DIR: clone, GIT_WORK_TREE: ROOT } });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const page = fromHtml(readFileSync(join(build.dist, 'glossary', 'miao-pi', 'index.html'), 'utf8'));
    expect(text(select('.revisions__incomplete', page))).toContain('不含完整历史');
    expect(select('.revisions', page)).toBeUndefined();
    expect(String(select('.page-meta > p time', page)?.properties['dateTime'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(feedItems(build.dist).filter((item) => categories(item).includes('内容修订'))).toEqual([]);
  }, 240_000);
});
