/**
 * Every built page gets its Content-Security-Policy <meta> here, once its
 * HTML is complete: the policy lists the hashes of that page's own inline
 * scripts and styles (src/lib/csp.ts). Development pages get none, as with
 * Astro's own CSP: Vite injects and replaces styles there as files change.
 */
import { defineMiddleware } from 'astro:middleware';
import { withContentSecurityPolicy } from './lib/csp';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!import.meta.env.PROD || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(withContentSecurityPolicy(await response.text()), response);
});
