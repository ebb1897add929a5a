/**
 * When a content file last changed, from git history: the date a reader sees
 * as 最后更新. The history of content/ is read once per build (one git call,
 * not one per page). Files not yet committed (or a build outside a git
 * checkout) have no date, and the page says nothing rather than guess.
 */
import { execFileSync } from 'node:child_process';
import { CONTENT_FOLDER } from './edition/index.ts';

/** Path (relative to the repository root) → YYYY-MM-DD of the last commit touching it. */
let dates: Map<string, string> | undefined;

function readHistory(): Map<string, string> {
  const found = new Map<string, string>();
  let log: string;
  try {
    // Newest first: a commit's date line (\0 + date), then the files it touched.
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', CONTENT_FOLDER], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return found;
  }
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) date = line.slice(1);
    else if (line && !found.has(line)) found.set(line, date);
  }
  return found;
}

/** YYYY-MM-DD of the last commit touching `path`: a file, or a folder (its newest file). */
export function lastUpdated(path: string): string | undefined {
  dates ??= readHistory();
  const exact = dates.get(path);
  if (exact !== undefined) return exact;
  const prefix = `${path.replace(/\/$/, '')}/`;
  let newest: string | undefined;
  for (const [file, date] of dates) if (file.startsWith(prefix) && (newest === undefined || date > newest)) newest = date;
  return newest;
}

/** 2026-11-25 → 2026年11月25日 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
