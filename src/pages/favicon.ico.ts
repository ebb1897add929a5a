/** /favicon.ico, for software that asks for it by that name whatever the page links (src/lib/app-icons.ts). */
import type { APIRoute } from 'astro';
import { renderIco } from '../lib/icon-render';

export const GET: APIRoute = async () => new Response(new Uint8Array(await renderIco()), { headers: { 'Content-Type': 'image/x-icon' } });
