/**
 * /feed.xml: the edition's record for readers, newest first, as RSS 2.0 for
 * feed readers: corrections of the plan's words (content/errata.yaml) and the
 * change notes editors write for each published change
 * (content/changes.yaml). Linked from every page's <head>, from /errata/ and
 * from /changes/.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getPlanTitle } from '../lib/content';
import { pageOf, pagesOf } from '../lib/content-pages';
import { getEdition } from '../edition';
import { FEED_TITLE } from '../lib/feed';
import { erratumAnchor, fieldName } from '../lib/errata';
import { editionRecord } from '../lib/edition-record';
import { escapeText } from '../shared/html';
import { publicUrl } from '../lib/site-path';

/** A YYYY-MM-DD date as the start of that day in Shantou (UTC+8). */
const dayInShantou = (date: string) => new Date(`${date}T00:00:00+08:00`);

export const GET: APIRoute = async () => {
  const edition = getEdition();
  const items = editionRecord(edition).map((entry): RSSFeedItem => {
    if (entry.kind === 'erratum') {
      const { erratum } = entry;
      return {
        title: `更正 ${erratum.id}：“${erratum.original}”改为“${erratum.corrected}”`,
        link: publicUrl(`/errata/#${erratumAnchor(erratum.id)}`),
        pubDate: dayInShantou(erratum.date),
        categories: ['勘误'],
        description: `${pageOf(erratum.file, edition)?.label ?? '规划原文'}（${fieldName(erratum.field)}）：${erratum.reason}`,
      };
    }
    const pages = pagesOf(entry.change.files, edition);
    const record = publicUrl(`/changes/#${entry.anchor}`);
    return {
      title: entry.change.note,
      link: pages.length === 1 ? publicUrl(pages[0]!.path) : record,
      pubDate: dayInShantou(entry.date),
      categories: ['内容修订'],
      description: pages.length > 0 ? `涉及：${pages.map((page) => page.label).join('、')}。` : entry.change.note,
      content:
        pages.length > 0 ? `<ul>${pages.map((page) => `<li><a href="${publicUrl(page.path)}">${escapeText(page.label)}</a></li>`).join('')}</ul>` : undefined,
      customData: `<guid isPermaLink="true">${record}</guid>`,
    };
  });
  return rss({
    title: FEED_TITLE,
    description: `《${getPlanTitle()}》在线版对原文的更正和内容修订。`,
    site: publicUrl('/'),
    items,
    customData: '<language>zh-CN</language>',
  });
};
