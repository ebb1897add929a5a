/**
 * Each finished page of a build goes to the search index, which indexes it
 * while the build renders the next ones (src/lib/rendered-pages.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { renderingStarted, type RenderedPage } from './lib/rendered-pages';
import { SITE } from './site.config';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.PROD) return next();
  const finished = renderingStarted();
  let page: RenderedPage | undefined;
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    page = { path: `/${context.url.pathname.slice(SITE.base.length)}`, html: await response.text() };
    return new Response(page.html, response);
  } finally {
    finished(page);
  }
});
