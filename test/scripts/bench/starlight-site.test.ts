/**
 * The bench's Starlight site holds the same content as the edition: a docs
 * page with a title for every chapter, project and term (and the indicators
 * and the timeline), the plan's words and the editors' notes in them, and
 * none of the edition's components, which Starlight does not have.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { starlightSite } from '../../../scripts/bench/starlight-site.ts';
import { CONTENT_COMPONENT_NAMES } from '../../../src/lib/content-components.ts';
import { loadEdition } from '../../../src/edition/index.ts';
import { ROOT } from '../../helpers/dist.ts';

describe('starlightSite', () => {
  it('writes a docs page for each chapter, project and term, with the text and without the edition’s components', () => {
    // The folder Starlight would be installed in: only its package.json is read here.
    const install = mkdtempSync(join(tmpdir(), 'starlight-test-'));
    writeFileSync(join(install, 'package.json'), JSON.stringify({ dependencies: { '@astrojs/starlight': '0.0.0' } }));
    try {
      const site = starlightSite(install, ROOT);
      const docs = join(site, 'src', 'content', 'docs');
      const edition = loadEdition(ROOT);
      for (const [folder, collection] of [
        ['chapters', 'chapters'],
        ['projects', 'projects'],
        ['glossary', 'glossary'],
      ] as const) {
        expect(readdirSync(join(docs, folder)).length, folder).toBe(edition.collection(collection).length);
      }
      const chapter4 = readFileSync(join(docs, 'chapters', 'chapter-4.mdx'), 'utf8');
      expect(chapter4).toMatch(/^---\ntitle: "第四章　主要任务"\n---\n/);
      expect(chapter4).toContain('原文“网页黒链”中的“黒”为日文字形'); // an editorial note's text, kept
      for (const name of CONTENT_COMPONENT_NAMES) expect(chapter4).not.toContain(`<${name}`);
      expect(
        readFileSync(join(docs, 'indicators.mdx'), 'utf8')
          .split('\n')
          .filter((line) => /^\| \d+ \|/.test(line)),
      ).toHaveLength(edition.collection('indicators').length);
      expect(JSON.parse(readFileSync(join(site, 'package.json'), 'utf8')).dependencies).toEqual({ '@astrojs/starlight': '0.0.0' });
    } finally {
      rmSync(install, { recursive: true, force: true });
    }
  });
});
