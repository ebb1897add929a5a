/**
 * The PNG icons (src/lib/app-icons.ts), rendered from public/favicon.svg at
 * build time: /icon-192.png, /icon-512.png, /icon-maskable-512.png and
 * /apple-touch-icon.png.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { APPLE_TOUCH_ICON, MANIFEST_ICONS, type PngIcon } from '../lib/app-icons';
import { renderPng } from '../lib/icon-render';

export const getStaticPaths = (() =>
  [...MANIFEST_ICONS, APPLE_TOUCH_ICON].map((icon) => ({ params: { icon: icon.name.replace(/\.png$/, '') }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: PngIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await renderPng(props.icon)), { headers: { 'Content-Type': 'image/png' } });
