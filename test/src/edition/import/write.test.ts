import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../../src/edition/import/index.ts';
import { MANIFEST, planWrite, writeFiles } from '../../../../src/edition/import/write.ts';
import { ROOT } from '../../../helpers/dist.ts';
import { sourceText } from '../../../helpers/source.ts';

const contentDir = join(ROOT, 'content');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('importer output', () => {
  const files = importFiles(sourceText());

  it('is deterministic: the same source gives byte-identical files', () => {
    expect([...importFiles(sourceText())]).toEqual([...files]);
  });

  it('is what content/ holds: every file not edited since the import is byte-identical to a fresh import', () => {
    const manifest = JSON.parse(readFileSync(join(contentDir, MANIFEST), 'utf8')) as Record<string, string>;
    expect(Object.keys(manifest).sort()).toEqual([...files.keys()].sort());
    for (const [path, content] of files) {
      expect(manifest[path], `manifest hash of ${path}`).toBe(sha256(content));
      const current = readFileSync(join(contentDir, path), 'utf8');
      // Files editors changed since (recorded corrections) are proved by the fidelity and errata checks.
      if (sha256(current) === manifest[path]) expect(current, path).toBe(content);
    }
  });
});

describe('re-importing over edited content', () => {
  function copyOfContent(): string {
    const dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(contentDir, dir, { recursive: true });
    return dir;
  }

  it('writes nothing when nothing changed', () => {
    const dir = copyOfContent();
    const plan = planWrite(dir, importFiles(sourceText()));
    expect(plan.write).toEqual([]);
    expect(plan.conflicts).toEqual([]);
  });

  it('reports a file an editor changed as a conflict instead of overwriting it', () => {
    const dir = copyOfContent();
    const edited = join(dir, 'glossary/si-mian.mdx');
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n<EditorialNote>编者补充。</EditorialNote>\n`);
    const plan = planWrite(dir, importFiles(sourceText()));
    expect(plan.conflicts).toEqual(['glossary/si-mian.mdx']);
    expect(plan.write).toEqual([]);
  });

  it('updates an unedited file when the import changes it, and records its new hash', () => {
    const dir = copyOfContent();
    const files = new Map(importFiles(sourceText()));
    files.set('timeline/1.yaml', `${files.get('timeline/1.yaml')!}# changed\n`);
    const plan = planWrite(dir, files);
    expect(plan.write).toEqual(['timeline/1.yaml']);
    writeFiles(dir, files, plan.write);
    expect(readFileSync(join(dir, 'timeline/1.yaml'), 'utf8')).toMatch(/# changed\n$/);
    expect(planWrite(dir, files).write).toEqual([]);
  });
});
