/**
 * What an editor's content may contain beyond text: the one allowlist that
 * the content check (src/edition/check/safety.ts) and the build's sanitizer
 * (src/plugins/rehype-content-safety.ts) both follow. Content is data: it
 * never runs code, brings no styles, frames or forms, and links only where a
 * reader can safely follow. The components each collection may use, and
 * their attributes, are in src/lib/content-components.ts.
 */
import type { Schema } from 'hast-util-sanitize';

/**
 * The raw HTML elements an editor may write in MDX, without attributes:
 * what Markdown has no syntax for (a line break inside a paragraph,
 * sub- and superscripts such as m<sup>2</sup>). Everything else is Markdown.
 */
export const CONTENT_HTML_ELEMENTS: readonly string[] = ['br', 'sub', 'sup'];

/** The schemes a link may use; anything else must be a path on this site. */
export const LINK_PROTOCOLS: readonly string[] = ['https', 'http', 'mailto'];

/** A URL as a browser reads it: leading and trailing spaces and control characters dropped, tabs and newlines removed anywhere. */
function asBrowserReads(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
}

/** The URL's scheme in lower case (https, javascript…), if it has one. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z\d+.-]*):/i.exec(asBrowserReads(url))?.[1]?.toLowerCase();
}

/** A path on this site: /glossary/si-mian/ or #s2; never //host or /\host, which browsers read as another site. */
export function isSitePath(url: string): boolean {
  const read = asBrowserReads(url);
  return read === url && /^(\/(?![/\\])|#)/.test(read);
}

/** Whether content may link to `url`: https, http, mailto or a path on this site. */
export function isAllowedLink(url: string): boolean {
  const scheme = schemeOf(url);
  return scheme ? LINK_PROTOCOLS.includes(scheme) && asBrowserReads(url) === url : isSitePath(url);
}

/** Whether content may show the image at `url`: the site's own images only (the CSP loads no other). */
export function isAllowedImage(url: string): boolean {
  return isSitePath(url) && !url.startsWith('#');
}

/**
 * The first thing in plain text (a YAML field, a front-matter title) that a
 * browser would read as markup: an HTML tag (“<script>”, “</a>”) or a comment (“<!--”).
 */
export function markupIn(text: string): string | undefined {
  const found = /<(\/?[a-z][^\s/>]*)|<!--|<\?/i.exec(text);
  if (!found) return undefined;
  return found[1] ? `<${found[1]}>` : found[0];
}

/** The first script-running URL scheme in plain text (“javascript:”), however spaced or cased. */
export function scriptSchemeIn(text: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = text.replace(/[\u0000-\u0020\u00a0\u3000]+/g, '').toLowerCase();
  return /(?<![a-z\d+.-])(javascript|vbscript|data):/.exec(compact)?.[0];
}

/**
 * The sanitizer's schema: every element and attribute a content body may
 * hold once Markdown (GFM), the editor's raw HTML above and the site's own
 * remark plugins have made it HTML (anchors, corrections, cross-links and
 * their preview cards). No script, style, frame, form or event handler is in
 * it; ids stay as the plugins wrote them (they are the citable anchors).
 */
export const CONTENT_SANITIZE_SCHEMA: Schema = {
  tagNames: [
    // Markdown and GFM
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'img',
    'em',
    'strong',
    'del',
    'code',
    'pre',
    'hr',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'section',
    // the editor's raw HTML
    ...CONTENT_HTML_ELEMENTS,
    // the site's remark plugins: corrections (ins), cross-links and their cards
    'ins',
    'span',
    'div',
    'button',
  ],
  attributes: {
    '*': ['className', 'id', 'data*', 'ariaLabel', 'ariaDescribedBy', 'ariaHidden', 'title'],
    a: ['href', 'tabIndex'],
    img: ['src', 'alt'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
    div: ['popover'],
    button: [['type', 'button'], 'popoverTarget', ['popoverTargetAction', 'show', 'hide', 'toggle']],
  },
  protocols: { href: [...LINK_PROTOCOLS], src: ['http', 'https'] },
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  clobber: [],
  // Removed with everything in them; any other element not listed is unwrapped (its text kept).
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'title'],
};
