import { describe, expect, it } from 'vitest';
import { documentFacts, documentJsonLd, jsonLdText, type PageIdentity } from '../../../src/lib/document-metadata.ts';
import type { Plan } from '../../../src/schemas.ts';

const empty: Plan = {
  title: '汕头市数字政府改革建设“十四五”规划',
  period: { start: 2021, end: 2025 },
  issuer: null,
  documentNumber: null,
  written: null,
  published: null,
  source: null,
  subject: null,
  statusNote: null,
  dataNotice: null,
};
const filled: Plan = {
  ...empty,
  issuer: '汕头市人民政府',
  documentNumber: '汕府〔2022〕12号',
  written: '2022-03-15',
  published: '2022-03-18',
  source: 'https://www.shantou.gov.cn/plan.pdf',
  subject: '信息产业',
};
const page: PageIdentity = { url: 'https://example.org/chapter-3/', name: '第三章', site: { url: 'https://example.org/', name: '在线版' } };
type Node = Record<string, unknown>;
const nodes = (plan: Plan, at = page) => documentJsonLd(plan, at)['@graph'] as Node[];
const planNode = (plan: Plan) => nodes(plan).find((n) => n['@type'] === 'CreativeWork')!;

describe('document facts (文件信息)', () => {
  it('leave every field the text does not give unstated, and state the title', () => {
    const facts = documentFacts(empty);
    expect(facts.map((f) => f.label)).toEqual(['标题', '发文机关', '发文字号', '主题分类', '成文日期', '发布日期', '官方来源']);
    expect(facts.filter((f) => f.value !== undefined)).toEqual([{ label: '标题', value: empty.title }]);
  });

  it('show what editors filled in, the official source as a link', () => {
    const facts = Object.fromEntries(documentFacts(filled).map((f) => [f.label, f]));
    expect(facts['发文字号']!.value).toBe('汕府〔2022〕12号');
    expect(facts['官方来源']).toEqual({ label: '官方来源', value: 'https://www.shantou.gov.cn/plan.pdf', href: 'https://www.shantou.gov.cn/plan.pdf' });
  });
});

describe('schema.org JSON-LD', () => {
  it('describes the plan as a CreativeWork with its period, and nothing the text does not give', () => {
    expect(planNode(empty)).toEqual({
      '@type': 'CreativeWork',
      '@id': 'https://example.org/#plan',
      name: empty.title,
      genre: '规划',
      inLanguage: 'zh-CN',
      temporalCoverage: '2021/2025',
    });
  });

  it('gives the publisher as a GovernmentOrganization, the 文号, dates and source once filled in', () => {
    expect(planNode(filled)).toMatchObject({
      publisher: { '@type': 'GovernmentOrganization', name: '汕头市人民政府' },
      identifier: { '@type': 'PropertyValue', propertyID: '发文字号', value: '汕府〔2022〕12号' },
      dateCreated: '2022-03-15',
      datePublished: '2022-03-18',
      url: 'https://www.shantou.gov.cn/plan.pdf',
      keywords: '信息产业',
    });
  });

  it('describes the page as part of the edition and about the plan; a page without an address has no page node', () => {
    const webPage = nodes(empty).find((n) => n['@type'] === 'WebPage')!;
    expect(webPage).toMatchObject({ url: page.url, about: { '@id': 'https://example.org/#plan' } });
    const site = nodes(empty).find((n) => n['@type'] === 'WebSite')!;
    expect(webPage['isPartOf']).toEqual({ '@id': site['@id'] });
    expect(site['@id']).not.toBe(webPage['@id']);
    expect(nodes(empty, { ...page, url: undefined }).map((n) => n['@type'])).toEqual(['CreativeWork', 'WebSite']);
  });

  it('cannot close its script element early', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
