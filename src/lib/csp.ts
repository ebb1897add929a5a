/**
 * The Content-Security-Policy (astro.config.mjs) admits inline scripts and
 * styles by hash only, and Astro hashes only what it bundles: an inline
 * element the edition writes itself registers its hash with Astro.csp.
 */
import { createHash } from 'node:crypto';

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
