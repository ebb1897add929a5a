import { describe, expect, it } from 'vitest';
import type { Erratum } from '../../../src/schemas.ts';
import { pageHistory } from '../../../src/lib/page-history.ts';

const revision = (hash: string, date: string, files: string[]) => ({ hash, date, subject: hash, files });
const erratum = (id: number, date: string, file: string): Erratum => ({ id, file, original: '清晰', corrected: '清洗', reason: '误印。', date });

describe('pageHistory', () => {
  const history = {
    shallow: false,
    revisions: [
      revision('c3', '2026-12-01', ['content/chapters/chapter-4.mdx']),
      revision('c2', '2026-11-30', ['content/chapters/chapter-4.mdx', 'content/errata.yaml']),
      revision('c1', '2026-11-25', ['content/chapters/chapter-1.mdx']),
    ],
  };
  const errata = [erratum(1, '2026-11-30', 'content/chapters/chapter-4.mdx'), erratum(2, '2026-11-28', 'content/chapters/chapter-1.mdx')];

  it('lists a page’s commits and its corrections, newest first, a correction before the commits of its day', () => {
    const entries = pageHistory('content/chapters/chapter-4.mdx', history, errata);
    expect(entries.map((e) => (e.kind === 'erratum' ? `erratum ${e.erratum.id}` : e.hash))).toEqual(['c3', 'erratum 1', 'c2']);
  });

  it('leaves out other files’ commits and corrections', () => {
    const entries = pageHistory('content/chapters/chapter-1.mdx', history, errata);
    expect(entries.map((e) => (e.kind === 'erratum' ? `erratum ${e.erratum.id}` : e.hash))).toEqual(['erratum 2', 'c1']);
  });
});
