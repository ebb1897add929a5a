/**
 * Every built page gets its Content-Security-Policy <meta> here, once its
 * HTML is complete: the policy lists the hashes of that page's own inline
 * scripts and styles (src/lib/csp.ts). Development pages get none, as with
 * Astro's own CSP: Vite injects and replaces styles there as files change.
 *
 * The finished page then goes to the search index, which indexes it while
 * the build renders the next ones (src/lib/rendered-pages.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { withContentSecurityPolicy } from './lib/csp';
import { renderingStarted, type RenderedPage } from './lib/rendered-pages';
import { SITE } from './site.config';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!import.meta.env.PROD) return next();
  const finished = renderingStarted();
  let page: RenderedPage | undefined;
  try {
    const response = await next();
    if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
    page = { path: `/${context.url.pathname.slice(SITE.base.length)}`, html: withContentSecurityPolicy(await response.text()) };
    return new Response(page.html, response);
  } finally {
    finished(page);
  }
});
