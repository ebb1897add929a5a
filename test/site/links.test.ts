/**
 * Every link in every page of dist/ leads somewhere: the page or file
 * exists and, for #fragment links, the target id is on it. Links to the
 * site's public address (canonical, Open Graph) are checked against the build
 * too; links to other sites are listed but not fetched (they are not ours to
 * keep, and CI may have no internet).
 */
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.config.ts';
import { urlOf } from '../../src/edition/urls.ts';
import { EDITORIAL_LICENCE } from '../../src/lib/terms-of-use.ts';
import { DIST, htmlPages } from '../helpers/dist.ts';
import { checkLinks } from '../helpers/links.ts';

describe('links and fragments over all of dist/', () => {
  it('has no broken link or missing #fragment in any page', async () => {
    // Every page is a starting point, so pages nothing links to (404, redirects) are checked too.
    const report = await checkLinks({ serverRoot: DIST, paths: htmlPages().map((page) => urlOf(page).slice(1)), siteUrl: SITE.url });
    expect(report.broken).toEqual([]);
    expect(report.ok).toBeGreaterThan(htmlPages().length);
    // Only the repository (编辑此页, issues) and the editorial licence are linked outside the site.
    const others = report.external.filter((link) => !link.startsWith(SITE.repository) && link !== EDITORIAL_LICENCE.url && !/^(mailto|tel):/.test(link));
    expect(others).toEqual([]);
  }, 180_000);
});
