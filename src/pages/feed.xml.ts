/**
 * /feed.xml: corrections of the plan's words (content/errata.yaml) and every
 * change to the edition's content (git history of content/), newest first,
 * as RSS 2.0 for feed readers. Linked from every page's <head> and from
 * /errata/.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPlanTitle } from '../lib/content';
import { pageOf } from '../lib/content-pages';
import { getEdition } from '../edition';
import { FEED_TITLE } from '../lib/feed';
import { errataOf, erratumAnchor, fieldName } from '../lib/errata';
import { commitUrl, contentHistory } from '../lib/git-history';
import { escapeText } from '../shared/html';
import { publicUrl } from '../lib/site-path';

/** A YYYY-MM-DD date as the start of that day in Shantou (UTC+8). */
const dayInShantou = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** The newest changes only: a feed reader needs what is new, the forge keeps the rest. */
const MAX_REVISIONS = 50;

export const GET: APIRoute = async () => {
  const edition = getEdition();
  const corrections = errataOf(edition).map((erratum): RSSFeedItem => ({
    title: `更正 ${erratum.id}：“${erratum.original}”改为“${erratum.corrected}”`,
    link: publicUrl(`/errata/#${erratumAnchor(erratum.id)}`),
    pubDate: dayInShantou(erratum.date),
    categories: ['勘误'],
    description: `${pageOf(erratum.file, edition)?.label ?? erratum.file}（${fieldName(erratum.field)}）：${erratum.reason}`,
  }));
  const { revisions, shallow } = contentHistory();
  const changes = (shallow ? [] : revisions.slice(0, MAX_REVISIONS)).map((revision): RSSFeedItem => {
    const pages = [...new Map(revision.files.flatMap((file) => pageOf(file, edition) ?? []).map((page) => [page.path, page])).values()];
    const commit = commitUrl(revision.hash);
    const list = pages.map((page) => `<li><a href="${publicUrl(page.path)}">${escapeText(page.label)}</a></li>`).join('');
    return {
      title: revision.subject,
      link: pages.length === 1 ? publicUrl(pages[0]!.path) : commit,
      pubDate: dayInShantou(revision.date),
      categories: ['内容修订'],
      description: `改动了 ${revision.files.length} 个内容文件${pages.length > 0 ? `，涉及 ${pages.length} 个页面` : ''}。`,
      content: `${list ? `<ul>${list}</ul>` : ''}<p><a href="${commit}">在代码仓库中查看改动</a></p>`,
      customData: `<guid isPermaLink="false">${revision.hash}</guid>`,
    };
  });
  return rss({
    title: FEED_TITLE,
    description: `《${getPlanTitle()}》在线版对原文的更正和内容修订。`,
    site: publicUrl('/'),
    items: [...corrections, ...changes].sort((a, b) => b.pubDate!.getTime() - a.pubDate!.getTime()),
    customData: '<language>zh-CN</language>',
  });
};
