/** The occurrence index (backlinks) over the fixture content of test/src/plugins/fixtures/crosslinks. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../../../../src/lib/crosslinks/site.ts';
import { loadEdition } from '../../../../src/edition/index.ts';

const index = occurrencesOf(loadEdition(join(import.meta.dirname, '..', '..', 'plugins', 'fixtures', 'crosslinks')));
const rows = (ref: string) => index.byRef.get(ref)!.backlinks.map((b) => [b.location.href, b.location.citation, b.count]);
const passages = (ref: string) => index.byRef.get(ref)!.backlinks.flatMap((b) => b.passages.map((p) => [p.href, p.citation, p.count]));

describe('indexOccurrences', () => {
  it('counts every occurrence per section, in reading order, with 专栏 projects in the section where their box stands', () => {
    // Before 第一节 (1); 第一节: its 1st paragraph (2) and project 01-01 in the box (1); 第二节 (1).
    expect(rows('term:si-mian')).toEqual([
      ['/chapter-1/', '第一章', 1],
      ['/chapter-1/#s1', '第一章第一节', 3],
      ['/chapter-1/#s2', '第一章第二节', 1],
    ]);
    expect(index.byRef.get('term:si-mian')!.total).toBe(5);
  });

  it('lists, per section, each paragraph by its own anchor and citation, and a project’s text by its item in the box', () => {
    expect(passages('term:si-mian')).toEqual([
      ['/chapter-1/#p1', '第一章第1段', 1],
      ['/chapter-1/#s1-p1', '第一章第一节第1段', 2],
      ['/chapter-1/#zl1-1', '第一章专栏 1 第1项', 1],
      ['/chapter-1/#s2-p1', '第一章第二节第1段', 1],
    ]);
    const inBox = index.byRef.get('term:si-mian')!.backlinks[1]!.passages[1]!;
    expect(inBox.project).toEqual({ id: '01-01', title: '“粤省事”', href: '/projects/01-01/' });
    expect(inBox.file).toMatch(/projects\/01-01\.mdx$/);
    // The paragraph after the box is still the section's 2nd paragraph.
    expect(passages('term:yi-wang-tong-guan')).toEqual([['/chapter-1/#s1-p2', '第一章第一节第2段', 1]]);
  });

  it('gives a snippet around the first occurrence of each paragraph', () => {
    const [first] = index.byRef.get('term:miao-pi')!.backlinks[0]!.passages;
    expect(first!.snippet).toEqual({ before: '推进政务服务“四免”优化，探索“', match: '秒批', after: '”改革，再次推进“四免”和“秒批”。' });
    const inBox = index.byRef.get('term:miao-pi')!.backlinks[0]!.passages[1]!;
    expect(inBox.snippet.match).toBe('秒批');
    expect(inBox.snippet.before).toBe('“粤省事”。推动更多事项“四免”和“');
  });

  it('counts a name inside a longer one too (互联网+ in “互联网+救助”), and not a project in its own text', () => {
    expect(index.byRef.get('term:hu-lian-wang-jia')!.total).toBe(3);
    // The report gives this as the reason when a name is never linked itself.
    expect(index.byRef.get('term:hu-lian-wang-jia')!.nestedIn).toBe('“互联网+救助”');
    expect(index.byRef.get('term:si-mian')!.nestedIn).toBeUndefined();
    expect(passages('project:01-01')).toEqual([
      ['/chapter-1/#zl1-2', '第一章专栏 1 第2项', 1],
      ['/chapter-1/#s2-p1', '第一章第二节第1段', 1],
    ]);
  });

  it('leaves out excluded contexts and headings, but records the headings', () => {
    const xieTong = index.byRef.get('term:yi-wang-xie-tong')!;
    expect([xieTong.total, xieTong.excluded]).toEqual([1, 1]);
    const sanWang = index.byRef.get('term:san-wang-rong-he')!;
    expect(sanWang.total).toBe(0);
    expect(sanWang.inHeadings.map((h) => h.text)).toEqual(['第一节　推进“三网”融合建设']);
  });

  it('reports no crossing names in sound content', () => {
    expect(index.problems).toEqual([]);
  });
});
