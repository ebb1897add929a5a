/**
 * No built page holds code the site did not write: every inline script is
 * one whose hash the page's policy lists (Astro's own and src/lib/csp.ts),
 * no element carries an event handler, no URL runs script, and nothing
 * frames, embeds, loads or sends from elsewhere or re-bases the page. Walks all of
 * dist/, parsed as a browser would.
 */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { htmlPages, readPage } from '../helpers/dist.ts';
import type { Element, Root } from '../helpers/html.ts';
import { SITE } from '../../src/site.config.ts';

/** Attributes whose value a browser may follow or run as a URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'background', 'cite', 'xLinkHref', 'ping'];
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;
/** A URL of another site (absolute or protocol-relative), not of this one. */
const elsewhere = (url: unknown) => /^\s*([a-z][a-z\d+.-]*:|\/\/)/i.test(String(url)) && !String(url).startsWith(new URL(SITE.url).origin + '/');
/** Types of <script> a browser runs (any other is a data block, such as the JSON-LD). */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const elements = (node: Root | Element): Element[] => node.children.flatMap((child) => (child.type === 'element' ? [child, ...elements(child)] : []));

function faultsOf(file: string): string[] {
  const html = readPage(file);
  const tree = fromHtml(html);
  const all = elements(tree);
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const allowed = new Set(/script-src ([^;]*)/.exec(policy)?.[1]?.split(/\s+/) ?? []);
  const faults: string[] = [];
  for (const element of all) {
    const { tagName, properties } = element;
    for (const [name, value] of Object.entries(properties)) {
      if (/^on/i.test(name)) faults.push(`${file}: <${tagName} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && SCRIPT_URL.test(String(value)) && !(tagName === 'img' && /^\s*data:image\//.test(String(value)))) {
        faults.push(`${file}: <${tagName} ${name}="${String(value).slice(0, 40)}">`);
      }
    }
    if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(tagName)) faults.push(`${file}: <${tagName}>`);
    // The site's own forms (the search box) send to the site; its links (canonical, feed, icons) name its own URLs.
    if (tagName === 'form' && elsewhere(properties.action)) faults.push(`${file}: <form action="${String(properties.action)}">`);
    if (tagName === 'link' && elsewhere(properties.href)) faults.push(`${file}: <link href="${String(properties.href)}">`);
    if (tagName === 'meta' && String(properties.httpEquiv ?? '').toLowerCase() === 'refresh') {
      // Only the site's redirect pages (content/redirects.yaml) refresh, and only to a path on this site.
      if (!/^\d+;\s*url=\/(?!\/)/.test(String(properties.content))) faults.push(`${file}: <meta http-equiv="refresh" content="${String(properties.content)}">`);
    }
    if (tagName === 'script' && properties.src === undefined && RUN_TYPES.has(String(properties.type ?? '').toLowerCase())) {
      const body = element.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
      if (!allowed.has(hash)) faults.push(`${file}: an inline script the policy does not list (${body.slice(0, 40)}…)`);
    }
  }
  return faults;
}

describe('built pages hold no code from content', () => {
  it('no inline script outside the policy, no event handler, no script URL, nothing framed, embedded or re-based', () => {
    const pages = htmlPages();
    expect(pages.length).toBeGreaterThan(50);
    expect(pages.flatMap(faultsOf)).toEqual([]);
  });
});
