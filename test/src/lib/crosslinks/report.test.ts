/** The cross-link report, from what the check computed, over the fixture project. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineOf } from '../../../../src/edition/check/pipeline.ts';
import { reportPath } from '../../../../src/lib/crosslinks/report.ts';
import { loadEdition } from '../../../../src/edition/index.ts';

const { report } = pipelineOf(loadEdition(join(import.meta.dirname, '..', '..', 'plugins', 'fixtures', 'crosslinks')));
const entry = (ref: string) => [...report!.terms, ...report!.projects].find((e) => e.ref === ref)!;

describe('the cross-link report', () => {
  it('counts links and names the pages that show them: a chapter on its page and the 全文, a project also on its own page', () => {
    expect(entry('term:si-mian')).toMatchObject({ links: 4, pages: ['/chapter-1/', '/full/', '/projects/01-01/'] });
    expect(entry('term:yi-wang-tong-guan')).toMatchObject({ links: 1, pages: ['/chapter-1/', '/full/'] });
  });

  it('says why a name is never linked', () => {
    expect(entry('term:san-wang-rong-he')).toMatchObject({ links: 0, pages: [], reason: expect.stringContaining('只出现在标题里') });
    expect(entry('term:tong-guan').reason).toContain('更长的名称之内');
    expect(entry('term:zong-he-chuang-kou').reason).toContain('自己的定义里');
    expect(report!.totals.unlinkedTerms).toBe(report!.terms.filter((t) => t.links === 0).length);
  });
});

describe('reportPath', () => {
  it('puts the report beside the build, never inside it', () => {
    expect(reportPath('/site/dist')).toBe('/site/reports/dist/crosslinks.json');
    expect(reportPath('/site/dist-links')).toBe('/site/reports/dist-links/crosslinks.json');
  });
});
