/**
 * scripts/crosslinks.ts as the build runs it: `check` before Astro, `report`
 * after. Each guard must stop the build with the files to fix.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reportPath } from '../../src/lib/crosslinks/report.ts';
import { ROOT } from '../helpers/dist.ts';

const FIXTURE = join(ROOT, 'test', 'src', 'plugins', 'fixtures', 'crosslinks', 'content');
const temp: string[] = [];
afterAll(() => temp.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'crosslinks-cli-'));
  temp.push(dir);
  return dir;
}

function run(args: string[], contentDir: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'crosslinks.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: 'utf8',
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('node scripts/crosslinks.ts check', () => {
  it('passes sound content', () => {
    const { status, out } = run(['check'], FIXTURE);
    expect(status).toBe(0);
    expect(out).toContain('交叉链接名词表检查通过');
  });

  it('fails, naming both files, when two terms share an alias', () => {
    const dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'glossary', 'mian.mdx'), '---\nterm: 免\naliases:\n  - “四免”\nnumber: 9\n---\n\n免。\n');
    const { status, err } = run(['check'], dir);
    expect(status).toBe(1);
    expect(err).toMatch(/glossary\/mian\.mdx \+ .*glossary\/si-mian\.mdx: .*share an alias/);
  });

  it('fails, naming the text and both terms, when names cross in the text', () => {
    const dir = tempDir();
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'glossary', 'tong-guan-li.mdx'), '---\nterm: 统管理\naliases: []\nnumber: 9\n---\n\n统一管理。\n');
    const chapter = join(dir, 'chapters', 'chapter-1.mdx');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n推进一网统管理。\n`);
    const { status, err } = run(['check'], dir);
    expect(status).toBe(1);
    expect(err).toMatch(/chapters\/chapter-1\.mdx \+ .*yi-wang-tong-guan\.mdx \+ .*tong-guan-li\.mdx: .*“一网统管”（一网统管）与“统管理”（统管理）交叉重叠/);
  });
});

describe('node scripts/crosslinks.ts report', () => {
  it('fails, naming the page, when a built page has a cross-link in a heading', () => {
    const out = join(tempDir(), 'dist');
    mkdirSync(join(out, 'chapter-1'), { recursive: true });
    writeFileSync(
      join(out, 'chapter-1', 'index.html'),
      '<!doctype html><html lang="zh-CN"><title>t</title><main><h2>推进<a data-xref="term:si-mian" href="/glossary/si-mian/">四免</a></h2></main></html>',
    );
    const { status, err } = run(['report', out], FIXTURE);
    expect(status).toBe(1);
    expect(err).toMatch(/dist\/chapter-1\/index\.html: 交叉链接“四免”落在<h2> “推进四免”之中/);
    // The report is still written, beside the build.
    expect(existsSync(reportPath(out))).toBe(true);
    expect(existsSync(join(out, 'crosslinks-report.json'))).toBe(false);
  });
});
