/**
 * Writes imported files into content/ without ever silently overwriting an
 * editor's change: the manifest records the hash of what the importer last
 * wrote, and a file whose hash differs has been edited since.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const MANIFEST = '.import-manifest.json';

export interface WritePlan {
  /** Files that would change and were not edited since the last import. */
  write: string[];
  /** Files edited by hand since the last import whose content would change. */
  conflicts: string[];
  unchanged: string[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readManifest(contentDir: string): Record<string, string> {
  const path = join(contentDir, MANIFEST);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {};
}

export function planWrite(contentDir: string, files: ReadonlyMap<string, string>): WritePlan {
  const manifest = readManifest(contentDir);
  const plan: WritePlan = { write: [], conflicts: [], unchanged: [] };
  for (const [path, content] of files) {
    const target = join(contentDir, path);
    if (!existsSync(target)) {
      plan.write.push(path);
      continue;
    }
    const current = readFileSync(target, 'utf8');
    if (current === content) plan.unchanged.push(path);
    else if (manifest[path] !== undefined && manifest[path] === sha256(current)) plan.write.push(path);
    else plan.conflicts.push(path);
  }
  return plan;
}

export function writeFiles(contentDir: string, files: ReadonlyMap<string, string>, paths: readonly string[]): void {
  for (const path of paths) {
    const target = join(contentDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, files.get(path)!);
  }
  const manifest: Record<string, string> = {};
  for (const [path, content] of [...files].sort(([a], [b]) => a.localeCompare(b))) manifest[path] = sha256(content);
  writeFileSync(join(contentDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}
