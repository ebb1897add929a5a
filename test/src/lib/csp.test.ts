import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, inlineHashes, withContentSecurityPolicy } from '../../../src/lib/csp.ts';

const page = (head: string, body = '') => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('a page’s Content-Security-Policy', () => {
  it('lists the hashes of the page’s own inline scripts and styles, each once, and nothing else', () => {
    const html = page(
      '<script type="application/ld+json">{"a":1}</script><script>boot()</script><link rel="stylesheet" href="/_astro/a.css"><style>p{color:red}</style>',
      '<script type="module">run()</script><script type="module" src="/_astro/b.js"></script><script>boot()</script>',
    );
    expect(inlineHashes(html)).toEqual({ scripts: [cspHash('boot()'), cspHash('run()')], styles: [cspHash('p{color:red}')] });
  });

  it('allows only the site’s own origin, its WebAssembly and those hashes', () => {
    const policy = contentSecurityPolicy(page('', '<script>go()</script>'));
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' '${cspHash('go()')}'`);
    expect(policy).toMatch(/style-src 'self'$/);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('stands first in the head, ahead of everything it governs', () => {
    const html = withContentSecurityPolicy(page('<script>boot()</script>'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><script>/);
  });
});
