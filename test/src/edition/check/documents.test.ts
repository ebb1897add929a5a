/**
 * The documents the plan cites (content/documents.yaml) are held to the
 * plan's words: every title the plan cites in 《》 is listed, every title
 * listed is cited, and each entry is well formed.
 */
import { describe, expect, it } from 'vitest';
import { checkAfter, expectProblem, lineOf } from './check-fixtures.ts';

const PATH = 'content/documents.yaml';

/** Removes the entry whose title is `title` (its three lines: id, title, level). */
const without = (title: string) => (text: string) =>
  text.replace(new RegExp(`  - id: [a-z0-9-]+\\n    title: ${title.replace(/[()（）]/g, '\\$&')}\\n    level: \\S+\\n`), '');

describe('content check: cited documents', () => {
  it('accepts the edition’s own list, which names every document the plan cites', () => {
    expect(checkAfter(() => undefined)).toEqual([]);
  });

  it('names a document the plan cites that the list lacks, with where the plan cites it', () => {
    const problems = checkAfter((e) => e.edit(PATH, without('广东省公共数据管理办法')));
    expectProblem(problems, {
      path: PATH,
      field: 'documents',
      key: 'cited document not listed',
      quotes: ['《广东省公共数据管理办法》', '第四章', 'content/chapters/chapter-4.mdx'],
    });
    expect(problems).toHaveLength(1);
  });

  it('names each missing document once, however often the plan cites it', () => {
    const problems = checkAfter((e) => e.edit(PATH, without('广东省数字政府改革建设“十四五”规划')));
    expect(problems.map((p) => p.message.endsWith('(cited document not listed)'))).toEqual([true]);
  });

  it('names a listed title the plan does not cite, at its line', () => {
    let text = '';
    const problems = checkAfter((e) => {
      e.edit(PATH, (t) => t.replace('title: 广东省公共数据管理办法', 'title: 广东省公共数据管理条例'));
      text = e.read(PATH);
    });
    expectProblem(problems, {
      path: PATH,
      key: 'document not cited in the plan',
      line: lineOf(text, '广东省公共数据管理条例'),
      quotes: ['《广东省公共数据管理条例》'],
    });
    expectProblem(problems, { path: PATH, key: 'cited document not listed', quotes: ['《广东省公共数据管理办法》'] });
  });

  it('names an entry in the wrong form: a level that is none of the three, an address that is not one, a title in 《》, an id listed twice', () => {
    const problems = checkAfter((e) =>
      e.edit(PATH, (t) =>
        t
          .replace('    title: 国家信息化发展战略纲要\n    level: 国家', '    title: 国家信息化发展战略纲要\n    level: 中央\n    url: www.gov.cn')
          .replace('title: 广东省公共数据管理办法', 'title: 《广东省公共数据管理办法》')
          .replace('id: deng-bao-2', 'id: guo-jia-xin-xi-hua-zhan-lue'),
      ),
    );
    expectProblem(problems, { path: PATH, field: 'documents.1.level', key: 'unknown level' });
    expectProblem(problems, { path: PATH, field: 'documents.1.url', key: 'must be a URL' });
    expectProblem(problems, { path: PATH, key: 'title without 《》' });
    expect(problems.some((p) => p.message.endsWith('(duplicate document)'))).toBe(false); // reported once the form is sound
    const duplicate = checkAfter((e) => e.edit(PATH, (t) => t.replace('id: deng-bao-2', 'id: guo-jia-xin-xi-hua-zhan-lue')));
    expectProblem(duplicate, { path: PATH, field: 'documents.2.id', key: 'duplicate document', quotes: ['guo-jia-xin-xi-hua-zhan-lue'] });
  });
});
