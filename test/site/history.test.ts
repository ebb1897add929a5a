/**
 * The record readers see, on the built site: each page's 修订记录, /changes/
 * and the feed, against the editors' change notes (content/changes.yaml) and
 * corrections (content/errata.yaml); 最后更新 against git's own record of
 * content/. A build from a shallow clone shows the same record.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { errataOf } from '../../src/lib/errata.ts';
import { pagesOf } from '../../src/lib/content-pages.ts';
import { changesOf, editionRecord, pageHistory } from '../../src/lib/edition-record.ts';
import { loadEdition } from '../../src/edition/index.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, ROOT, htmlPages } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';
import { buildTempEdition, tempEdition } from '../helpers/temp-edition.ts';

const git = (args: string[], gitDir?: string) =>
  execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', env: gitDir ? { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: ROOT } : process.env }).trim();
const shallow = git(['rev-parse', '--is-shallow-repository']) === 'true';

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
  const edition = loadEdition(ROOT);

  it('is tested on a checkout with its whole history', () => {
    expect(shallow, 'a shallow clone: run `git fetch --unshallow` (CI checks out with fetch-depth 0)').toBe(false);
  });

  it.each([
    ['/chapter-4/', 'content/chapters/chapter-4.mdx'],
    ['/glossary/miao-pi/', 'content/glossary/miao-pi.mdx'],
    ['/indicators/', 'content/indicators'],
  ])('%s lists the change notes and corrections that touched %s, newest first, in the editors’ words', (page, source) => {
    const items = selectAll('.revisions__list > li', parsePage(page));
    const expected = pageHistory(source, edition);
    expect(expected.length).toBeGreaterThan(0);
    expect(items.map((li) => String(select('time', li)?.properties['dateTime']))).toEqual(expected.map((entry) => entry.date));
    items.forEach((li, i) => {
      const entry = expected[i]!;
      expect(text(li)).toContain(entry.kind === 'change' ? entry.change.note : `更正 ${entry.erratum.id}`);
    });
  });

  it('never shows a reader a commit, a file path or an entry without Chinese', () => {
    for (const file of htmlPages()) {
      const page = parsePage(file);
      for (const li of selectAll('.revisions__list > li', page)) {
        expect(text(li), file).toMatch(/\p{Script=Han}{4,}/u);
        expect(text(li), file).not.toMatch(/content\/|[0-9a-f]{7}|个内容文件/);
      }
      expect(selectAll('.page-meta a[href*="/commit/"], .page-meta code', page), file).toEqual([]);
    }
  });

  it('gives the date of the newest commit to the page’s content as 最后更新', () => {
    const date = git(['log', '-1', '--format=%cs', '--', 'content/chapters/chapter-4.mdx']);
    expect(String(select('.page-meta > p time', parsePage('/chapter-4/'))?.properties['dateTime'])).toBe(date);
  });

  it('is whole on /changes/, each note linked to the pages it touched', () => {
    const page = parsePage('/changes/');
    const record = editionRecord(edition);
    expect(selectAll('.changes .revisions__list > li', page).length).toBe(record.length);
    const first = changesOf(edition).find((c) => pagesOf(c.change.files, edition).length > 0)!;
    const item = select(`[id="${first.anchor}"]`, page)!;
    expect(text(item)).toContain(first.change.note);
    expect(selectAll('a', item).map((a) => String(a.properties['href']))).toEqual(pagesOf(first.change.files, edition).map((p) => p.path));
    for (const file of ['/chapter-1/', '/errata/']) expect(select('footer a[href="/changes/"]', parsePage(file)), file).toBeDefined();
  });
});

describe('the feed', () => {
  const items = feedItems(DIST);
  const edition = loadEdition(ROOT);

  it('has an entry for each correction in content/errata.yaml, and nothing else marked 勘误', () => {
    expect(items.filter((item) => categories(item).includes('勘误')).map((item) => item.link)).toEqual(
      errataOf(edition).map((e) => new URL(`/errata/#erratum-${e.id}`, SITE.url).href),
    );
  });

  it('has each change note of content/changes.yaml, newest first, identified by its place on /changes/', () => {
    const changes = items.filter((item) => categories(item).includes('内容修订'));
    expect(changes.map((item) => item.title)).toEqual(changesOf(edition).map((c) => c.change.note));
    expect(changes.map(guid)).toEqual(changesOf(edition).map((c) => new URL(`/changes/#${c.anchor}`, SITE.url).href));
  });

  it('speaks to readers: every entry in Chinese, none about files or commits', () => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.title).toMatch(/\p{Script=Han}{4,}/u);
      expect(`${item.title} ${item.link}`).not.toMatch(/\/commit\/|个内容文件|Merge/);
    }
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
  it('shows the same record, which git does not hold, and dates each page by it', async () => {
    const clone = join(mkdtempSync(join(tmpdir(), 'shallow-')), 'repo.git');
    execFileSync('git', ['clone', '--quiet', '--bare', '--depth', '1', `file://${ROOT}`, clone]);
    const build = await buildTempEdition(tempEdition(), { env: { GIT_DIR: clone, GIT_WORK_TREE: ROOT } });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const page = fromHtml(readFileSync(join(build.dist, 'glossary', 'miao-pi', 'index.html'), 'utf8'));
    const expected = pageHistory('content/glossary/miao-pi.mdx', loadEdition(ROOT));
    expect(selectAll('.revisions__list > li', page).length).toBe(expected.length);
    expect(String(select('.page-meta > p time', page)?.properties['dateTime'])).toBe(expected[0]!.date);
    expect(feedItems(build.dist).map((item) => item.title)).toEqual(feedItems(DIST).map((item) => item.title));
  }, 240_000);
});
