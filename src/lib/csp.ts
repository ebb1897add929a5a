/**
 * The Content-Security-Policy of every page, as Astro's own `security.csp`
 * writes it (astro.config.mjs): resources from the site's own origin only;
 * the scripts and styles Astro bundles or inlines, by the hashes Astro
 * computes; and the site's own inline scripts, below, by hashes of their
 * source text. Nothing is hashed from a rendered page, so a script that came
 * from content is never allowed, wherever it stands.
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';

type ContentSecurityPolicy = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/**
 * Applies the reader's theme choice before first paint, so a dark-mode
 * reader never sees a white flash, and marks the page as scripted (data-js),
 * so that controls that need JavaScript are laid out from the first paint
 * instead of appearing later and moving what is beside them. Kept tiny: it
 * runs on every page.
 */
export const THEME_BOOT_SCRIPT =
  "document.documentElement.dataset.js='';try{var t=localStorage.getItem('theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}";

/** A moved page's script (src/pages/[...redirect].astro): sends the reader on, keeping the #fragment they came with when the target names none. */
export const REDIRECT_SCRIPT =
  "var a=document.querySelector('a[data-redirect]');if(a){var u=new URL(a.href);if(location.hash&&!u.hash)u.hash=location.hash;location.replace(u.href)}";

/** The site's own `is:inline` scripts: Astro does not process these, so their hashes are given to it. */
const INLINE_SCRIPTS = [THEME_BOOT_SCRIPT, REDIRECT_SCRIPT];

/**
 * `security.csp` for astro.config.mjs. 'wasm-unsafe-eval' lets Pagefind
 * compile its WebAssembly (served from /pagefind/); it allows no eval() of
 * JavaScript. A <meta> cannot say frame-ancestors: the hosting headers do
 * (public/_headers).
 */
export const CONTENT_SECURITY_POLICY = {
  directives: [
    "default-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  scriptDirective: {
    resources: ["'self'", "'wasm-unsafe-eval'"],
    hashes: INLINE_SCRIPTS.map(cspHash),
  },
  styleDirective: { resources: ["'self'"] },
} satisfies ContentSecurityPolicy;
