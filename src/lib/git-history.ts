/**
 * When content/ changed, from git history: each page's 最后更新, and the
 * version the open data is made from. The history is read once per build
 * (one git call, not one per page). Outside a git checkout there is none,
 * and pages say nothing rather than guess; in a shallow clone only the newest
 * commit is there, which then seems to have made every file
 * (PageMeta.astro then dates a page by its record instead).
 */
import { execFileSync } from 'node:child_process';
import { SITE } from '../site.config.ts';
import { CONTENT_FOLDER } from '../edition/index.ts';

export interface Revision {
  /** The full commit hash. */
  hash: string;
  /** YYYY-MM-DD, the commit date. */
  date: string;
  /** Files it changed, relative to the repository root. */
  files: string[];
}

export interface ContentHistory {
  /** Newest first. */
  revisions: Revision[];
  /** Only the latest commits are there (a shallow clone): each file's record is incomplete. */
  shallow: boolean;
}

const FIELD = '\t';
const RECORD = '\0';

/** `git log --format=%x00%H%x09%cs --name-only`, parsed: newest first, as git prints it. (Commit subjects are the developers' words: readers see the editors' change notes, src/lib/edition-record.ts.) */
export function parseLog(log: string): Revision[] {
  return log
    .split(RECORD)
    .filter((record) => record.trim())
    .map((record) => {
      const [header = '', ...files] = record.split('\n');
      const [hash = '', date = ''] = header.split(FIELD);
      return { hash, date, files: files.filter(Boolean) };
    });
}

function git(args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

let history: ContentHistory | undefined;

/** content/'s history, read once. */
export function contentHistory(): ContentHistory {
  history ??= {
    revisions: parseLog(git(['log', '--format=%x00%H%x09%cs', '--name-only', '--', CONTENT_FOLDER]) ?? ''),
    shallow: git(['rev-parse', '--is-shallow-repository'])?.trim() === 'true',
  };
  return history;
}

/** A commit on the forge (SITE.repository). */
export const commitUrl = (hash: string) => `${SITE.repository}/commit/${hash}`;

/** Whether `file` is `path` itself or, `path` being a folder, a file in it. */
export const isWithin = (file: string, path: string) => file === path || file.startsWith(`${path.replace(/\/$/, '')}/`);

/** The commits that changed `path`, a file or a folder (any file in it), newest first. */
export function revisionsOf(path: string, from: ContentHistory = contentHistory()): Revision[] {
  return from.revisions.filter((revision) => revision.files.some((file) => isWithin(file, path)));
}

/** 2026-11-25 → 2026年11月25日 */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}
