/**
 * When a content file last changed, from git history: the date a reader sees
 * as 最后更新. Files not yet committed (or a build outside a git checkout)
 * have no date, and the page says nothing rather than guess.
 */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/** YYYY-MM-DD of the last commit touching `path` (a file or folder, relative to the repository root). */
export function lastUpdated(path: string): string | undefined {
  if (!cache.has(path)) {
    let date: string | undefined;
    try {
      date = execFileSync('git', ['log', '-1', '--format=%cs', '--', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    } catch {
      date = undefined;
    }
    cache.set(path, date);
  }
  return cache.get(path);
}

/** 2026-11-25 → 2026年11月25日 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
