/** The feed of corrections and content changes (src/pages/feed.xml.ts), as every page's <head> and /errata/ name it. */
import { SITE } from '../site.config.ts';

export const FEED_PATH = '/feed.xml';
export const FEED_TITLE = `${SITE.shortName}：勘误与修订`;
