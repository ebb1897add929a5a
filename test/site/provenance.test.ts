/**
 * Where the plan comes from and whether its period has ended, on the built
 * site: the home page's 文件信息 lists what is known and names in one line
 * the fields the text does not give (content/plan.yaml leaves them empty),
 * every page carries the plan as schema.org JSON-LD and states its status.
 * (A plan.yaml with the fields filled in is built in
 * test/src/integrations/edition.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text, type Element } from '../helpers/html.ts';
import { PAGE_TYPES } from '../helpers/page-types.ts';

const plan = (
  parseYaml(readFileSync(join(ROOT, 'content', 'plan.yaml'), 'utf8')) as { plan: Record<string, unknown> & { period: { start: number; end: number } } }
).plan;
const METADATA = ['issuer', 'documentNumber', 'written', 'published', 'source', 'subject'] as const;

/** The JSON-LD of a page, parsed. */
function jsonLd(path: string): { '@context': string; '@graph': Record<string, unknown>[] } {
  const scripts = selectAll('head script[type="application/ld+json"]', parsePage(path));
  expect(scripts, path).toHaveLength(1);
  return JSON.parse(text(scripts[0]));
}

describe('document metadata and status', () => {
  it('starts with every metadata field of plan.yaml empty: the text names none', () => {
    for (const key of METADATA) expect(plan[key] ?? null, key).toBeNull();
  });

  it('shows the home page’s 文件信息 as a <dl> of what is known, and names the fields still to be verified in one line', () => {
    const block = select('main section.document-info', parsePage('/'));
    expect(text(select('h2', block))).toBe('文件信息');
    const rows = new Map(selectAll('dl > div', block).map((row) => [text(select('dt', row)), text(select('dd', row))]));
    expect([...rows.keys()]).toEqual(['标题', '时效性']);
    expect(rows.get('标题')).toBe(plan['title']);
    expect(rows.get('时效性')).toContain('2021—2025 年');
    const unstated = text(select('.document-info__unstated', block));
    for (const label of ['发文机关', '发文字号', '主题分类', '成文日期', '发布日期', '官方来源']) expect(unstated, label).toContain(label);
    expect(unstated).toContain('以官方发布的文本为准');
    expect(select('a[href="/about/"]', block), 'links 关于本版').toBeDefined();
    expect(block!.properties['dataEditorial'], 'marked as editorial').toBe('');
  });

  it('puts the plan in every page’s head as a schema.org CreativeWork, with no field the text does not give', () => {
    for (const path of PAGE_TYPES) {
      const data = jsonLd(path);
      expect(data['@context'], path).toBe('https://schema.org');
      const work = data['@graph'].find((node) => node['@type'] === 'CreativeWork');
      expect(work, path).toMatchObject({ name: plan['title'], temporalCoverage: `${plan.period.start}/${plan.period.end}`, inLanguage: 'zh-CN' });
      for (const key of ['publisher', 'identifier', 'dateCreated', 'datePublished', 'url']) expect(work, `${path} ${key}`).not.toHaveProperty(key);
      const webPage = data['@graph'].find((node) => node['@type'] === 'WebPage');
      if (path === '/404.html') expect(webPage).toBeUndefined();
      else expect(webPage?.['url'], path).toBe(select('link[rel="canonical"]', parsePage(path))?.properties['href']);
    }
  });

  it('states on every page type whether the plan’s period is running or has ended, as of the build', () => {
    // The build ran today (npm test builds a stale dist/): the period's state as of this year, in Shantou.
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));
    const expected = year > plan.period.end ? `已于 ${plan.period.end} 年底结束` : year >= plan.period.start ? '现处于规划期内' : '尚未开始';
    for (const path of PAGE_TYPES) {
      const status = selectAll('.site-footer .plan-status', parsePage(path));
      expect(status, path).toHaveLength(1);
      expect(text(status[0]), path).toBe(`时效性：规划期为 ${plan.period.start}—${plan.period.end} 年，${expected}。`);
    }
  });

  it('leaves the footer’s 官方发布的 PDF unlinked while the official source is unknown', () => {
    const legend = select('.site-footer__legend', parsePage('/chapter-3/')) as Element;
    expect(text(legend)).toContain('规划原文以官方发布的 PDF 为准');
    expect(selectAll('a', legend).map(text)).not.toContain('官方发布的 PDF');
  });
});
