/**
 * /search-terms.json: the names a query is matched against before full-text
 * search (src/lib/search/query.ts) and the suggestions offered while typing,
 * made from the content at build time. Fetched only once the reader starts
 * to search.
 */
import type { APIRoute } from 'astro';
import { getEdition } from '../lib/edition';
import { entriesOf } from '../lib/edition/entries';
import { getPlanStructure } from '../lib/plan-index';
import { headingName, keysFor, type SearchEntry, type SearchTermsFile } from '../lib/search/entries';
import { toChineseNumeral } from '../lib/anchors';
import { sitePath } from '../lib/site-path';

const compactLabel = (label: string) => label.replace(/\s+/g, '');

export const GET: APIRoute = () => {
  const edition = getEdition();
  const { chapters, glossary: terms, zhuanlan: boxes, projects, indicators } = entriesOf(edition);
  const structure = getPlanStructure(edition);
  const chapterLabel = new Map(chapters.map((c) => [c.id, compactLabel(c.data.label)]));
  const boxNumber = new Map(boxes.map((b) => [b.id, b.data.number]));
  const entries: SearchEntry[] = [];

  for (const { id, data } of terms) {
    const where = data.definedIn
      ? `${chapterLabel.get(data.definedIn.chapter) ?? ''}第${toChineseNumeral(data.definedIn.section)}节`
      : `附件 2 第 ${data.number} 条`;
    entries.push({ kind: 'term', name: data.term, keys: keysFor(data.term, data.aliases), url: sitePath(`/glossary/${id}/`), type: '名词', cite: where });
  }
  for (const { id, data } of projects) {
    const box = boxNumber.get(data.zhuanlan);
    entries.push({
      kind: 'project',
      name: data.title,
      keys: keysFor(data.title, [], 'project'),
      url: sitePath(`/projects/${id}/`),
      type: '专栏项目',
      cite: `专栏 ${box} 第${data.order}项`,
    });
  }
  for (const { data } of indicators) {
    entries.push({
      kind: 'indicator',
      name: data.name,
      keys: keysFor(data.name),
      url: sitePath(`/indicators/#indicator-${data.number}`),
      type: '指标',
      cite: `表 1 第${data.number}项`,
    });
  }
  for (const { data } of boxes) {
    const label = chapterLabel.get(data.chapter) ?? '';
    entries.push({
      kind: 'zhuanlan',
      name: data.title,
      keys: keysFor(data.title, [`专栏${data.number}`]),
      url: sitePath(`/${data.chapter}/#zl${data.number}`),
      type: '正文',
      cite: `${label}专栏 ${data.number}`,
    });
  }
  for (const chapter of chapters) {
    const label = compactLabel(chapter.data.label);
    entries.push({
      kind: 'chapter',
      name: chapter.data.title,
      keys: keysFor(chapter.data.title, [label]),
      url: sitePath(`/${chapter.id}/`),
      type: '正文',
      cite: label,
    });
  }
  for (const { chapter, headings } of structure) {
    for (const heading of headings) {
      entries.push({
        kind: 'heading',
        name: headingName(heading.text),
        keys: keysFor(headingName(heading.text)),
        url: sitePath(`/${chapter.id}/#${heading.anchor}`),
        type: '正文',
        cite: heading.citation,
      });
    }
  }

  const file: SearchTermsFile = { version: 1, entries: entries.filter((e) => e.keys.length > 0) };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
