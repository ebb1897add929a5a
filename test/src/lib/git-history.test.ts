import { describe, expect, it } from 'vitest';
import { parseLog, revisionsOf } from '../../../src/lib/git-history.ts';

// As `git log --format=%x00%H%x09%cs --name-only -- content` prints it.
const LOG =
  '\0' +
  'b'.repeat(40) +
  '\t2026-11-30\n\ncontent/chapters/chapter-4.mdx\ncontent/errata.yaml\n' +
  '\0' +
  'a'.repeat(40) +
  '\t2026-11-25\n\ncontent/chapters/chapter-4.mdx\ncontent/indicators/01.yaml\ncontent/indicators/02.yaml\n';

describe('parseLog', () => {
  it('reads each commit with its date and files, newest first', () => {
    expect(parseLog(LOG)).toEqual([
      { hash: 'b'.repeat(40), date: '2026-11-30', files: ['content/chapters/chapter-4.mdx', 'content/errata.yaml'] },
      {
        hash: 'a'.repeat(40),
        date: '2026-11-25',
        files: ['content/chapters/chapter-4.mdx', 'content/indicators/01.yaml', 'content/indicators/02.yaml'],
      },
    ]);
  });

  it('reads no history as none', () => {
    expect(parseLog('')).toEqual([]);
  });
});

describe('revisionsOf', () => {
  const history = { revisions: parseLog(LOG), shallow: false };
  it('finds the commits of a file', () => {
    expect(revisionsOf('content/chapters/chapter-4.mdx', history).map((r) => r.date)).toEqual(['2026-11-30', '2026-11-25']);
  });
  it('finds the commits of any file in a folder, not of a file whose name only begins alike', () => {
    expect(revisionsOf('content/indicators', history).map((r) => r.date)).toEqual(['2026-11-25']);
    expect(revisionsOf('content/chapters/chapter-4', history)).toEqual([]);
  });
});
