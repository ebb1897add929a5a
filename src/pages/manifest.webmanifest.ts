/**
 * The web app manifest: what a browser needs to install the edition (name,
 * icons, start page) as an app that opens in its own window and, with the
 * service worker (src/integrations/offline.ts), reads offline.
 */
import type { APIRoute } from 'astro';
import { SITE } from '../site.config';
import { ICON_BACKGROUND, MANIFEST_ICONS } from '../lib/app-icons';
import { sitePath } from '../lib/site-path';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      id: sitePath('/'),
      name: SITE.name,
      short_name: SITE.shortName,
      description: '《汕头市数字政府改革建设“十四五”规划》全文在线版，打开过一次后可离线阅读和搜索。',
      lang: SITE.lang,
      dir: 'ltr',
      start_url: sitePath('/'),
      scope: sitePath('/'),
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: ICON_BACKGROUND,
      icons: MANIFEST_ICONS.map(({ name, size, purpose }) => ({ src: sitePath(`/${name}`), sizes: `${size}x${size}`, type: 'image/png', purpose })),
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
