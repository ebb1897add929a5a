/**
 * The edition shows its corrections and keeps moved URLs working, built for
 * real: a copy of the content with one recorded correction and one renamed
 * term (with its redirect) passes the content check, builds, marks the
 * corrected words, lists the correction on /errata/, and serves a redirect
 * page at the old URL that takes a browser to the new one, #fragment kept.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEdition } from '../../src/edition/check/index.ts';
import { loadEdition } from '../../src/edition/index.ts';
import { formatProblem } from '../../src/edition/check/problems.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';
import { buildTempEdition, renameTerm, tempEdition } from '../helpers/temp-edition.ts';
import { audit } from '../helpers/axe.ts';

const edition = tempEdition();
let out = '';
const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

beforeAll(() => {
  edition.edit('content/chapters/chapter-4.mdx', (t) => t.replace('按照统一标准清晰、整合', '按照统一标准清洗、整合'));
  edition.write(
    'content/errata.yaml',
    [
      'errata:',
      '  - id: 1',
      '    file: content/chapters/chapter-4.mdx',
      '    original: 按照统一标准清晰',
      '    corrected: 按照统一标准清洗',
      '    reason: 数据治理中的“清洗”误印为“清晰”。',
      '    date: 2026-11-20',
      '',
    ].join('\n'),
  );
  renameTerm(edition, 'miao-pi', 'miao-pi-shen-pi');
  edition.write(
    'content/redirects.yaml',
    'redirects:\n  - from: /glossary/miao-pi/\n    to: /glossary/miao-pi-shen-pi/\n    reason: 改用更完整的网址。\n    date: 2026-11-20\n',
  );
}, 60_000);

describe('a recorded correction and a recorded redirect', () => {
  it('pass the content check', () => {
    expect(validateEdition(loadEdition(edition.root)).map(formatProblem)).toEqual([]);
  });

  it('build', async () => {
    const build = await buildTempEdition(edition);
    out = build.dist;
    expect(build.status, build.output.slice(-3000)).toBe(0);
  }, 240_000);

  it('mark the corrected words in the chapter, linked to the record', () => {
    const html = page('chapter-4');
    expect(html).toMatch(
      /<ins class="correction" id="erratum-1" data-editorial(="")?>按照统一标准清洗<\/ins><a href="\/errata\/#erratum-1" class="correction-mark" aria-label="更正 1：原文作“按照统一标准清晰”" data-pagefind-ignore(="")?><\/a>/,
    );
  });

  it('list the correction on /errata/: where, what was printed, what is shown, why, when', () => {
    const html = page('errata');
    const entry = /<li class="errata__entry" id="erratum-1"[^>]*>([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(entry).toMatch(/<a href="\/chapter-4\/#erratum-1"[^>]*>第四章　主要任务<\/a>/);
    expect(entry).toMatch(/<del[^>]*>按照统一标准清晰<\/del>/);
    expect(entry).toMatch(/<ins[^>]*>按照统一标准清洗<\/ins>/);
    expect(entry).toContain('数据治理中的“清洗”误印为“清晰”。');
    expect(entry).toMatch(/<time datetime="2026-11-20"[^>]*>/);
    expect(html).not.toContain('目前没有更正');
  });

  describe('in Chromium', () => {
    let browser: Awaited<ReturnType<typeof launchBrowser>>;
    let server: StaticServer;
    beforeAll(async () => {
      server = await serveDist(out);
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(edition.root, { recursive: true, force: true });
    });

    it('the old URL takes the reader to the new one, keeping the #fragment', async () => {
      const tab = await browser.newPage();
      await tab.goto(`${server.origin}/glossary/miao-pi/#top`);
      await tab.waitForURL(/\/glossary\/miao-pi-shen-pi\//, { timeout: 10_000 });
      expect(new URL(tab.url()).hash).toBe('#top');
      await tab.close();
    });

    it('the errata page, a corrected chapter and a redirect page pass axe (WCAG 2.1 A/AA)', async () => {
      const violations: string[] = [];
      for (const path of ['/errata/', '/chapter-4/', '/glossary/miao-pi/']) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        // The redirect page would leave at once: it is looked at as served, minus what sends it on.
        if (path === '/glossary/miao-pi/') {
          await tab.route(`${server.origin}${path}`, async (route) => {
            const response = await route.fetch();
            const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '').replace(/<script>[^<]*location\.replace[^<]*<\/script>/, '');
            await route.fulfill({ response, body });
          });
        }
        await tab.goto(`${server.origin}${path}`, { waitUntil: 'domcontentloaded' });
        const result = await audit(tab).analyze();
        violations.push(...result.violations.map((v) => `${path}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
        await context.close();
      }
      expect(violations).toEqual([]);
    });
  });
});
