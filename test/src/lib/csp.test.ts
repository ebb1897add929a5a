import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, cspHash, REDIRECT_SCRIPT, THEME_BOOT_SCRIPT } from '../../../src/lib/csp.ts';

describe('the Content-Security-Policy given to Astro', () => {
  it('allows the site’s own inline scripts by the hashes of their source, and no other script by hash', () => {
    expect(CONTENT_SECURITY_POLICY.scriptDirective.hashes).toEqual([cspHash(THEME_BOOT_SCRIPT), cspHash(REDIRECT_SCRIPT)]);
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('allows only the site’s own origin and its WebAssembly: no inline code, no eval, no plugins', () => {
    const sources = [
      ...CONTENT_SECURITY_POLICY.directives.flatMap((d) => d.split(/\s+/).slice(1)),
      ...CONTENT_SECURITY_POLICY.scriptDirective.resources,
      ...CONTENT_SECURITY_POLICY.styleDirective.resources,
    ];
    expect(sources.filter((s) => !["'self'", "'none'", "'wasm-unsafe-eval'", 'data:'].includes(s))).toEqual([]);
    expect(CONTENT_SECURITY_POLICY.directives).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY.directives).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY.directives).toContain("base-uri 'self'");
  });
});
