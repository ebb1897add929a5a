/**
 * URLs never break: every URL in the committed urls.json is served by the
 * build — as itself or as a redirect page recorded in content/redirects.yaml —
 * and every URL the build serves is recorded, so that a later removal is
 * noticed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtUrls, MANIFEST_PATH, readManifest } from '../../src/edition/urls.ts';
import { loadEdition } from '../../src/edition/index.ts';
import { redirectsOf } from '../../src/lib/redirects.ts';
import { DIST, ROOT, assertBuilt } from '../helpers/dist.ts';

assertBuilt();
const built = builtUrls(DIST);
const manifest = readManifest(ROOT);
const fileOf = (url: string) => join(DIST, url.endsWith('/') ? `${url}index.html` : url);

describe(`published URLs (${MANIFEST_PATH})`, () => {
  it('has a committed manifest', () => {
    expect(existsSync(join(ROOT, MANIFEST_PATH)), `${MANIFEST_PATH} is missing: run npm run build && npm run urls`).toBe(true);
    expect(manifest.length).toBeGreaterThan(0);
  });

  it('serves every URL ever published, as itself or as a recorded redirect', () => {
    const gone = manifest
      .filter((url) => !built.includes(url))
      .map((url) =>
        url.endsWith('/')
          ? `${url}: no longer built. Restore it, or record a redirect in content/redirects.yaml (from: ${url}, to: …)`
          : `${url}: no longer built. Files other than pages cannot redirect: restore it`,
      );
    expect(gone).toEqual([]);
  });

  it('has recorded every URL the build serves', () => {
    const unrecorded = built.filter((url) => !manifest.includes(url));
    expect(unrecorded, `new URLs not in ${MANIFEST_PATH}: run npm run urls and commit ${MANIFEST_PATH}`).toEqual([]);
  });

  it('emits a redirect page for every recorded redirect', () => {
    const faults: string[] = [];
    for (const { from, to } of redirectsOf(loadEdition(ROOT))) {
      const file = fileOf(from);
      if (!existsSync(file)) {
        faults.push(`${from}: no page`);
        continue;
      }
      const html = readFileSync(file, 'utf8');
      if (!html.includes(`<meta http-equiv="refresh" content="0; url=${to}">`)) faults.push(`${from}: no meta refresh to ${to}`);
      if (!new RegExp(`<a href="${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" data-redirect>`).test(html)) faults.push(`${from}: no link to ${to}`);
      if (!html.includes('<meta name="robots" content="noindex">')) faults.push(`${from}: indexable`);
    }
    expect(faults).toEqual([]);
  });
});
