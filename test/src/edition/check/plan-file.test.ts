/**
 * content/plan.yaml's document metadata: empty is fine (the site says
 * still to be verified), and what an editor fills in must be a real date, a URL and a
 * 文号 in the usual form, each told in the editor's terms.
 */
import { describe, expect, it } from 'vitest';
import { fillPlanField } from '../../../helpers/editor-mistakes.ts';
import { checkAfter, expectProblem } from './check-fixtures.ts';

const PLAN = 'content/plan.yaml';
const fill = (values: Record<string, string>) => (e: Parameters<Parameters<typeof checkAfter>[0]>[0]) =>
  e.edit(PLAN, (text) => Object.entries(values).reduce((t, [key, value]) => fillPlanField(key, value)(t), text));

describe('content check: plan.yaml document metadata', () => {
  it('accepts the fields filled in as the official document gives them', () => {
    const problems = checkAfter(
      fill({
        issuer: '汕头市人民政府',
        documentNumber: '汕府〔2022〕12号',
        written: '2022-02-28',
        published: '2022-03-01',
        source: 'https://www.shantou.gov.cn/plan.pdf',
        subject: '信息产业',
        statusNote: '已由《……“十五五”规划》接续。',
      }),
    );
    expect(problems).toEqual([]);
  });

  it('names a date that does not exist, a date in another form and a date before the writing', () => {
    expectProblem(checkAfter(fill({ written: '2022-02-30' })), { path: PLAN, key: 'not a real date', field: 'plan.written' });
    expectProblem(checkAfter(fill({ published: '2022年3月1日' })), { path: PLAN, key: 'date as YYYY-MM-DD', field: 'plan.published', quotes: ['2026-01-31'] });
    expectProblem(checkAfter(fill({ written: '2022-03-02', published: '2022-03-01' })), {
      path: PLAN,
      key: 'published before written',
      field: 'plan.published',
    });
  });

  it('names a 文号 in brackets other than 〔〕, and shows the usual form', () => {
    for (const number of ['汕府[2022]12号', '汕府（2022）12号', '汕府〔22〕12号', '汕府〔2022〕12']) {
      expectProblem(checkAfter(fill({ documentNumber: number })), {
        path: PLAN,
        key: 'document number as 机关代字〔年份〕序号号',
        field: 'plan.documentNumber',
        quotes: ['汕府〔2022〕12号'],
      });
    }
  });

  it('names a source that is not a full web address', () => {
    for (const url of ['www.shantou.gov.cn/plan.pdf', 'ftp://shantou.gov.cn/plan.pdf', '见政府网站']) {
      expectProblem(checkAfter(fill({ source: url })), { path: PLAN, key: 'must be a URL', field: 'plan.source', quotes: ['https://'] });
    }
  });

  it('names a period that ends before it starts, and a misspelt field', () => {
    expectProblem(
      checkAfter((e) => e.edit(PLAN, (t) => t.replace('end: 2025', 'end: 2020'))),
      { path: PLAN, key: 'period ends before it starts', field: 'plan.period.end' },
    );
    const problem = expectProblem(
      checkAfter((e) => e.edit(PLAN, (t) => t.replace('  issuer:', '  isuer: 汕头市人民政府'))),
      { path: PLAN, key: 'unknown field' },
    );
    expect(problem.message).toContain('issuer');
  });
});
