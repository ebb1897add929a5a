/**
 * The plan's document metadata as readers see it (the home page's 文件信息,
 * as gov.cn shows a policy document) and as machines read it (schema.org
 * JSON-LD in every page's head). What content/plan.yaml leaves empty is named
 * as still to be verified and left out of the machine-readable data: never
 * guessed.
 */
import type { Plan } from '../schemas.ts';

export interface DocumentFact {
  /** The field's name as gov.cn labels it. */
  label: string;
  /** The value, or undefined when it is not stated. */
  value: string | undefined;
  /** A link for the value (the official source). */
  href?: string | undefined;
}

const stated = (value: string | null) => value ?? undefined;

/** The fields of the metadata block, in gov.cn's order. */
export function documentFacts(plan: Plan): DocumentFact[] {
  return [
    { label: '标题', value: plan.title },
    { label: '发文机关', value: stated(plan.issuer) },
    { label: '发文字号', value: stated(plan.documentNumber) },
    { label: '主题分类', value: stated(plan.subject) },
    { label: '成文日期', value: stated(plan.written) },
    { label: '发布日期', value: stated(plan.published) },
    { label: '官方来源', value: stated(plan.source), href: stated(plan.source) },
  ];
}

export interface PageIdentity {
  /** The page's canonical URL; undefined for a page with no address of its own (404). */
  url: string | undefined;
  name: string;
  /** The edition's home, the WebSite the page is part of. */
  site: { url: string; name: string };
}

/**
 * schema.org data for a page: the page, the edition it belongs to, and the
 * plan it presents.
 *
 * The plan is a `CreativeWork` with genre 规划: schema.org has no type for a
 * government plan or policy document. `Legislation` is for legal acts (laws,
 * decrees, bills) and a development plan is none; `Report` is for a report of
 * findings, and `GovernmentService` for a service. Its publisher is the
 * issuing body (发文机关), a `GovernmentOrganization`, once an editor has
 * filled it in.
 */
export function documentJsonLd(plan: Plan, page: PageIdentity): Record<string, unknown> {
  const planId = new URL('#plan', page.site.url).href;
  const document: Record<string, unknown> = {
    '@type': 'CreativeWork',
    '@id': planId,
    name: plan.title,
    genre: '规划',
    inLanguage: 'zh-CN',
    temporalCoverage: `${plan.period.start}/${plan.period.end}`,
  };
  if (plan.issuer) document['publisher'] = { '@type': 'GovernmentOrganization', name: plan.issuer };
  if (plan.documentNumber) document['identifier'] = { '@type': 'PropertyValue', propertyID: '发文字号', value: plan.documentNumber };
  if (plan.written) document['dateCreated'] = plan.written;
  if (plan.published) document['datePublished'] = plan.published;
  if (plan.source) document['url'] = plan.source;
  if (plan.subject) document['keywords'] = plan.subject;

  const siteId = new URL('#edition', page.site.url).href;
  const site = { '@type': 'WebSite', '@id': siteId, url: page.site.url, name: page.site.name, about: { '@id': planId } };
  const graph: Record<string, unknown>[] = [document, site];
  if (page.url) {
    graph.push({
      '@type': 'WebPage',
      '@id': page.url,
      url: page.url,
      name: page.name,
      inLanguage: 'zh-CN',
      isPartOf: { '@id': siteId },
      about: { '@id': planId },
    });
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped, so no value
 * (a title, an editor's note) can close the element early.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
