/**
 * The Content-Security-Policy of every page: resources from the site's own
 * origin only, and inline scripts and styles by hash, each page listing the
 * hashes of its own inline elements and no others (src/middleware.ts writes
 * it into the page as it is built). Astro's own `security.csp` would list in
 * every page the hashes of every inline element of the whole site and of
 * every bundled file (which 'self' admits already): about 25 hashes, 1 KB
 * gzip on each page, the search page's included.
 */
import { createHash } from 'node:crypto';

export function cspHash(content: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}`;
}

/**
 * What every page allows beside its own hashes. 'wasm-unsafe-eval' lets
 * Pagefind compile its WebAssembly (served from /pagefind/); it allows no
 * eval() of JavaScript. A <meta> cannot say frame-ancestors: the hosting
 * headers do (public/_headers).
 */
const DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Script types the browser runs, which script-src governs; any other type (application/ld+json) is a data block. */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function typeOf(attributes: string): string {
  const type = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  return (type?.[1] ?? type?.[2] ?? type?.[3] ?? '').trim().toLowerCase();
}

/** The hashes of a page's inline scripts (those run, not data blocks) and inline styles, each once, in page order. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attributes!) || !RUN_TYPES.has(typeOf(attributes!))) continue;
    scripts.add(cspHash(body!));
  }
  for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.add(cspHash(body!));
  return { scripts: [...scripts], styles: [...styles] };
}

export function contentSecurityPolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  const quoted = (hashes: string[]) => hashes.map((hash) => ` '${hash}'`).join('');
  return [...DIRECTIVES, `script-src 'self' 'wasm-unsafe-eval'${quoted(scripts)}`, `style-src 'self'${quoted(styles)}`].join('; ');
}

/**
 * The page with its policy at the start of its head (after the character
 * encoding, which must come within the first 1024 bytes), ahead of
 * everything the policy governs.
 */
export function withContentSecurityPolicy(html: string): string {
  const head = /<head\b[^>]*>(\s*<meta charset=[^>]*>)?/i.exec(html);
  if (!head) return html;
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(html)}">`;
  return html.slice(0, at) + meta + html.slice(at);
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
