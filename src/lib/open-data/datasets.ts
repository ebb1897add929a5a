/**
 * The edition's collections as open data: terms, projects, the timeline, the
 * errata and the indicators, each a JSON document (its schema in
 * src/schemas.ts) and, where it is a table, CSV rows. The plan's words are
 * kept as the pages show them; what editors added (aliases, categories,
 * notes, reasons) is under `editorial` or named so in the schema.
 */
import type { z } from 'astro/zod';
import { citation, headingAnchor } from '../../shared/anchors.ts';
import { relatedTerms } from '../crosslinks/related.ts';
import { crosslinksOf } from '../crosslinks/sources.ts';
import { entriesOf } from '../../edition/entries.ts';
import type { Edition } from '../../edition/index.ts';
import { erratumAnchor, erratumPlace, errataOf } from '../errata.ts';
import { definitionSourceOf } from '../glossary/definition-source.ts';
import type {
  documentsDocumentSchema,
  errataDocumentSchema,
  indicatorsDocumentSchema,
  projectsDocumentSchema,
  termsDocumentSchema,
  timelineDocumentSchema,
} from '../../schemas.ts';
import type { Table } from './csv.ts';
import { documentHead, editorialNotes, planParagraphs, type DataContext } from './document.ts';
import { chapterPath, citedDocumentPath, projectPath, termPath, zhuanlanPath } from '../../edition/routes.ts';
import { documentsByLevel } from '../cited-documents.ts';

/** The chapter whose sections the timeline's phases are (第五章 实施步骤). */
const TIMELINE_CHAPTER = 'chapter-5';

const EDITORIAL_NOTE = 'editorial 下的内容和 id 是本站编者所加，不属于规划原文；其余文字照录规划原文，勘误见 /errata/。';

export function termsData(edition: Edition, context: DataContext): z.infer<typeof termsDocumentSchema> {
  const { corpus, lexicon } = crosslinksOf(edition);
  const { url } = context;
  const termUrl = (id: string) => url(termPath(id));
  return {
    ...documentHead(context, {
      title: '名词解释',
      page: '/glossary/',
      note: `${EDITORIAL_NOTE}相关名词与名词页所列相同：编者所指定的在前，释义中互相提到的在后。`,
    }),
    terms: entriesOf(edition).glossary.map(({ id, data, tree }) => {
      const source = definitionSourceOf(id, edition);
      const entity = lexicon.byRef.get(`term:${id}`)!;
      return {
        id,
        term: data.term,
        url: termUrl(id),
        definition: corpus.terms.find((term) => term.id === id)!.definition,
        annexNumber: data.number ?? null,
        source: { citation: source.citation, url: url(source.path) },
        editorial: {
          aliases: [...data.aliases],
          related: relatedTerms(lexicon, entity).map((related) => ({ id: related.id, term: related.name, url: termUrl(related.id) })),
          notes: editorialNotes(tree),
        },
      };
    }),
  };
}

export const termsTable = ({ terms }: z.infer<typeof termsDocumentSchema>): Table => ({
  columns: ['名词', '释义', '出处', '出处网址', '别名（编者）', '相关名词（编者）', '网址'],
  rows: terms.map((t) => [
    t.term,
    t.definition,
    t.source.citation,
    t.source.url,
    t.editorial.aliases.join('、'),
    t.editorial.related.map((r) => r.term).join('、'),
    t.url,
  ]),
});

export function projectsData(edition: Edition, context: DataContext): z.infer<typeof projectsDocumentSchema> {
  const { url } = context;
  const entries = entriesOf(edition);
  return {
    ...documentHead(context, { title: '专栏重点项目', page: '/projects/', note: EDITORIAL_NOTE }),
    projects: entries.projects.map(({ id, data, tree }) => {
      const box = entries.zhuanlan.find((b) => b.id === data.zhuanlan)!;
      return {
        id,
        zhuanlan: { number: box.data.number, title: box.data.title, url: url(zhuanlanPath(box.data.chapter, box.data.number)) },
        order: data.order,
        title: data.title,
        url: url(projectPath(id)),
        paragraphs: planParagraphs(tree),
        editorial: { category: data.category, notes: editorialNotes(tree) },
      };
    }),
  };
}

export const projectsTable = ({ projects }: z.infer<typeof projectsDocumentSchema>): Table => ({
  columns: ['专栏', '专栏名称', '项目序号', '项目名称', '项目内容', '分类（编者）', '网址'],
  rows: projects.map((p) => [
    String(p.zhuanlan.number),
    p.zhuanlan.title,
    String(p.order),
    p.title,
    p.paragraphs.join('\n'),
    p.editorial.category ?? '',
    p.url,
  ]),
});

export function timelineData(edition: Edition, context: DataContext): z.infer<typeof timelineDocumentSchema> {
  const { url } = context;
  const entries = entriesOf(edition);
  const chapter = entries.chapters.find((c) => c.id === TIMELINE_CHAPTER);
  if (!chapter) throw new Error(`open data: the timeline's chapter content/chapters/${TIMELINE_CHAPTER}.mdx is missing`);
  return {
    ...documentHead(context, { title: '实施步骤', page: '/timeline/', note: '全部文字照录规划第五章，勘误见 /errata/。' }),
    phases: entries.timeline.map(({ data }) => ({
      phase: data.phase,
      title: data.title,
      period: data.period,
      start: data.start,
      end: data.end,
      url: url(`/timeline/#phase-${data.phase}`),
      source: { citation: citation(chapter.data.label, [data.section]), url: url(chapterPath(chapter.id, headingAnchor([data.section]))) },
      tasks: [...data.tasks],
    })),
  };
}

export const timelineTable = ({ phases }: z.infer<typeof timelineDocumentSchema>): Table => ({
  columns: ['阶段', '阶段名称', '时期', '起始年', '结束年', '任务序号', '任务', '出处'],
  rows: phases.flatMap((p) =>
    p.tasks.map((task, i) => [String(p.phase), p.title, p.period, String(p.start), String(p.end), String(i + 1), task, p.source.citation]),
  ),
});

export function errataData(edition: Edition, context: DataContext): z.infer<typeof errataDocumentSchema> {
  const { url } = context;
  return {
    ...documentHead(context, {
      title: '勘误',
      page: '/errata/',
      note: '本版对规划原文文字的全部更正。original 是原文的写法，corrected 是本版的写法；reason 和 basis 是编者所写。',
    }),
    errata: errataOf(edition).map((erratum) => {
      const place = erratumPlace(erratum, edition);
      return {
        id: erratum.id,
        url: url(`/errata/#${erratumAnchor(erratum.id)}`),
        file: erratum.file,
        field: erratum.field ?? null,
        place: { label: place.label, url: url(place.path) },
        original: erratum.original,
        corrected: erratum.corrected,
        reason: erratum.reason,
        basis: erratum.basis ?? null,
        date: erratum.date,
      };
    }),
  };
}

export const errataTable = ({ errata }: z.infer<typeof errataDocumentSchema>): Table => ({
  columns: ['编号', '位置', '文件', '字段', '原文', '更正为', '理由', '依据', '日期', '网址'],
  rows: errata.map((e) => [String(e.id), e.place.label, e.file, e.field ?? '', e.original, e.corrected, e.reason, e.basis ?? '', e.date, e.url]),
});

export function indicatorsData(edition: Edition, context: DataContext): z.infer<typeof indicatorsDocumentSchema> {
  return {
    ...documentHead(context, {
      title: `${entriesOf(edition).plan?.title ?? ''} 表 1 主要公共指标`,
      page: '/indicators/',
      note: '现状值、目标值按规划原文的写法保存为文字；现状值为 null 表示原文为“-”（无基线）。local 为 true 表示原文标注★（本市指标，非引自省数字政府规划）。notes 是本站编者注。',
    }),
    // The schema's fields in its order: an indicator file holds nothing else.
    indicators: entriesOf(edition).indicators.map(({ data }) => ({ ...data, notes: [...data.notes] })),
  };
}

export const indicatorsTable = ({ indicators }: z.infer<typeof indicatorsDocumentSchema>): Table => ({
  columns: ['序号', '类别', '主要指标', '单位', '现状值', '目标值', '本地指标', '计算方法', '编者注'],
  rows: indicators.map((r) => [String(r.number), r.category, r.name, r.unit, r.baseline ?? '', r.target, r.local ? '是' : '否', r.method, r.notes.join('；')]),
});

export function documentsData(edition: Edition, context: DataContext): z.infer<typeof documentsDocumentSchema> {
  const { url } = context;
  return {
    ...documentHead(context, {
      title: '引用文件',
      page: '/documents/',
      note: `规划原文以书名号提到的全部文件。${EDITORIAL_NOTE}`,
    }),
    documents: documentsByLevel(edition).flatMap(({ documents }) =>
      documents.map(({ document, mentions }) => ({
        id: document.id,
        title: document.title,
        url: url(citedDocumentPath(document.id)),
        citedIn: mentions.map((mention) => ({ citation: mention.citation, url: url(mention.path) })),
        editorial: { level: document.level, officialUrl: document.url ?? null, note: document.note ?? null },
      })),
    ),
  };
}

export const documentsTable = ({ documents }: z.infer<typeof documentsDocumentSchema>): Table => ({
  columns: ['书名', '层级（编者）', '官方网址（编者）', '规划中提到它的地方', '网址'],
  rows: documents.map((d) => [d.title, d.editorial.level, d.editorial.officialUrl ?? '', d.citedIn.map((place) => place.citation).join('；'), d.url]),
});
