/**
 * The W3C Nu HTML Checker (vnu.jar, run with the system's Java) over all of
 * dist/, beside html-validate: zero errors.
 *
 * One message is the checker behind the HTML Standard, not an error: the
 * standard allows `blocking="render"` on `<link rel="expect">` (§ 4.6.7.7,
 * link type "expect"), which BaseLayout uses so that the header is never
 * painted half-parsed; the checker still allows it only on stylesheets. It is
 * set aside only for that one element, which each page is checked to have.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT, htmlPages } from '../helpers/dist.ts';
import { parsePage, selectAll } from '../helpers/html.ts';

const VNU = join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const LAGGING = /^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”\.$/;

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('the W3C Nu HTML Checker over all of dist/', () => {
  it('finds no error in any page', () => {
    const run = spawnSync('java', ['-jar', VNU, '--skip-non-html', '--errors-only', '--format', 'json', DIST], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error)
      throw new Error(`java could not be started (${run.error.message}): the checker needs a Java runtime; scripts/install-test-deps.sh installs one`);
    const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
    const errors = messages
      .filter((m) => !(LAGGING.test(m.message) && m.extract?.includes('<link rel="expect"')))
      .map((m) => `${m.url?.replace(/^file:.*?\/dist\//, '')}:${m.lastLine ?? ''} ${m.type}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 180_000);

  it('sets aside only the render-blocking rel=expect link, one per page', () => {
    for (const page of htmlPages()) {
      const blocking = selectAll('link[blocking]', parsePage(page));
      expect(
        blocking.map((link) => [link.properties['rel'], link.properties['href']]),
        page,
      ).toEqual([[['expect'], '#site-contents']]);
    }
  });
});
