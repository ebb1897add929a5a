/**
 * `npm run check` and `npm run build` on a broken edition: the check prints
 * the problem for the editor and exits non-zero, and the build stops before
 * Astro writes anything, so nothing is published.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';
import { tempEdition } from '../helpers/temp-edition.ts';

const run = (script: string, env: Record<string, string>) =>
  spawnSync(process.execPath, [join(ROOT, script)], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run check / npm run build on a broken edition', () => {
  const broken = tempEdition();
  broken.edit('content/indicators/03.yaml', (t) => t.replace(/^target: .*$/m, 'target: 三百'));
  broken.edit('content/chapters/chapter-4.mdx', (t) => t.replace('按照统一标准清晰', '按照统一标准清洗'));

  it('check prints each problem with file, line and field and exits non-zero', () => {
    const result = run('scripts/check.ts', { CONTENT_ROOT: broken.root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('内容检查发现 2 个问题');
    expect(result.stderr).toMatch(/✗ content\/indicators\/03\.yaml:\d+ 字段 target：.*\(must be a number\)/);
    expect(result.stderr).toMatch(/✗ content\/chapters\/chapter-4\.mdx:\d+：与规划原文不同.*\(plan text changed without an errata entry\)/);
    expect(result.stderr).toContain('CONTRIBUTING.md');
  });

  it('check passes on the edition as it is', () => {
    const result = run('scripts/check.ts', {});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('build stops at the check and writes no site', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'edition-out-')), 'dist');
    const result = run('scripts/build.ts', { CONTENT_ROOT: broken.root, ASTRO_OUT_DIR: out });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('构建失败（content check）');
    expect(existsSync(out)).toBe(false);
  });
});
