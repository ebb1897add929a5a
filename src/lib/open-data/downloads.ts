/**
 * The open-data downloads (/data/): each dataset's files (JSON, its JSON
 * Schema, CSV where it is a table), what it holds and how it is made — for the
 * /data/ page, the endpoints and the tests alike. Addresses once published
 * stay (urls.json); an incompatible change of format raises schemaVersion.
 */
import { z } from 'astro/zod';
import { derived, getEdition, type Edition } from '../../edition/index.ts';
import { commitUrl, contentHistory } from '../git-history.ts';
import { dayInChina } from '../plan-status.ts';
import { publicUrl } from '../site-path.ts';
import {
  documentsDocumentSchema,
  errataDocumentSchema,
  indicatorsDocumentSchema,
  planDocumentSchema,
  projectsDocumentSchema,
  termsDocumentSchema,
  timelineDocumentSchema,
} from '../../schemas.ts';
import { toCsv, type Table } from './csv.ts';
import {
  documentsData,
  documentsTable,
  errataData,
  errataTable,
  indicatorsData,
  indicatorsTable,
  projectsData,
  projectsTable,
  termsData,
  termsTable,
  timelineData,
  timelineTable,
} from './datasets.ts';
import type { DataContext } from './document.ts';
import { planData } from './plan.ts';

export type FileKind = 'json' | 'schema' | 'csv';

export interface Dataset {
  id: string;
  title: string;
  description: string;
  /** Site paths of its files: the JSON document, its JSON Schema and, for a table, the CSV. */
  files: { json: `/${string}`; schema: `/${string}`; csv?: `/${string}` };
  /** The zod schema the JSON Schema is generated from (src/schemas.ts). */
  schema: z.ZodType;
  document(edition: Edition, context: DataContext): unknown;
  /** For a table: the CSV's rows, from the same document as the JSON. */
  table?(document: unknown): Table;
}

/** A dataset that is a table: its document, and the CSV's rows made from that document. */
const tabular = <D>(document: (edition: Edition, context: DataContext) => D, table: (document: D) => Table): Pick<Dataset, 'document' | 'table'> => ({
  document,
  // The document given back is the one `document` made (downloadFile): D, though the list of datasets cannot say so.
  table: table as (document: unknown) => Table,
});

export const DATASETS: readonly Dataset[] = [
  {
    id: 'plan',
    title: '规划全文',
    description:
      '全部章节：节、一、（一）各级标题及其下的段落、专栏与重点项目、图题、表 1 和附件 1 的各行、附件 2 名词解释；每一部分都有页内锚点、引用位置、网址和原文。',
    files: { json: '/data/plan.json', schema: '/data/plan.schema.json' },
    schema: planDocumentSchema,
    document: planData,
  },
  {
    id: 'indicators',
    title: '主要指标（表 1 与附件 1）',
    description: '20 项主要公共指标：类别、名称、单位、现状值、目标值、是否本市指标、计算方法、编者注。',
    files: { json: '/indicators.json', schema: '/data/indicators.schema.json', csv: '/indicators.csv' },
    schema: indicatorsDocumentSchema,
    ...tabular(indicatorsData, indicatorsTable),
  },
  {
    id: 'terms',
    title: '名词解释',
    description: '附件 2 的名词和正文中释义的名词：释义原文、出处（引用位置和网址）；编者所加的别名、相关名词和编者注。',
    files: { json: '/data/terms.json', schema: '/data/terms.schema.json', csv: '/data/terms.csv' },
    schema: termsDocumentSchema,
    ...tabular(termsData, termsTable),
  },
  {
    id: 'projects',
    title: '专栏重点项目',
    description: '各专栏的重点项目：所属专栏、序号、名称、逐段的项目内容；编者所加的“一网”分类和编者注。',
    files: { json: '/data/projects.json', schema: '/data/projects.schema.json', csv: '/data/projects.csv' },
    schema: projectsDocumentSchema,
    ...tabular(projectsData, projectsTable),
  },
  {
    id: 'timeline',
    title: '实施步骤',
    description: '第五章的三个阶段：名称、时期、起止年份和逐项任务（CSV 每行一项任务）。',
    files: { json: '/data/timeline.json', schema: '/data/timeline.schema.json', csv: '/data/timeline.csv' },
    schema: timelineDocumentSchema,
    ...tabular(timelineData, timelineTable),
  },
  {
    id: 'documents',
    title: '引用文件',
    description: '规划以书名号提到的全部文件：书名、规划中提到它的地方（引用位置和网址）；编者整理的发布层级、官方网址和编者注。',
    files: { json: '/data/documents.json', schema: '/data/documents.schema.json', csv: '/data/documents.csv' },
    schema: documentsDocumentSchema,
    ...tabular(documentsData, documentsTable),
  },
  {
    id: 'errata',
    title: '勘误',
    description: '本版对规划原文文字的每一处更正：位置、原文、更正后的文字、理由、依据和日期。',
    files: { json: '/data/errata.json', schema: '/data/errata.schema.json', csv: '/data/errata.csv' },
    schema: errataDocumentSchema,
    ...tabular(errataData, errataTable),
  },
];

/** Every download's file: its dataset, its kind and its site path. */
export const DOWNLOAD_FILES = DATASETS.flatMap((dataset) =>
  (Object.entries(dataset.files) as [FileKind, `/${string}`][]).map(([kind, path]) => ({ dataset, kind, path })),
);

const CONTENT_TYPES: Record<FileKind, string> = {
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/** The newest change to content/, which every download is made from: its version. */
export function contentVersion(): DataContext['contentVersion'] {
  const newest = contentHistory().revisions[0];
  return newest ? { commit: newest.hash, date: newest.date, url: commitUrl(newest.hash) } : null;
}

/** Each dataset's document, made once per edition: its JSON and its CSV are two files of one build. */
const documentsOf = derived('open-data-documents', (): Map<string, unknown> => new Map());

function documentOf(dataset: Dataset, edition: Edition, context: DataContext): unknown {
  const documents = documentsOf(edition);
  if (!documents.has(dataset.id)) documents.set(dataset.id, dataset.document(edition, context));
  return documents.get(dataset.id);
}

/** The text of a download's file, made from the edition as it is built on that day. */
function downloadText(path: string, edition: Edition, today: Date): { kind: FileKind; body: string } {
  const file = DOWNLOAD_FILES.find((f) => f.path === path);
  if (!file) throw new Error(`open data: no download is published at ${path} (src/lib/open-data/downloads.ts)`);
  const { dataset, kind } = file;
  const schemaUrl = publicUrl(dataset.files.schema);
  if (kind === 'schema') {
    const schema = { ...z.toJSONSchema(dataset.schema), $id: schemaUrl, title: `${dataset.files.json}：${dataset.title}` };
    return { kind, body: `${JSON.stringify(schema, null, 2)}\n` };
  }
  const document = documentOf(dataset, edition, { url: publicUrl, schemaUrl, generated: dayInChina(today), contentVersion: contentVersion() });
  return { kind, body: kind === 'csv' ? toCsv(dataset.table!(document)) : `${JSON.stringify(document, null, 2)}\n` };
}

/** A download's file as the site serves it. */
export function downloadFile(path: string, edition: Edition = getEdition(), today = new Date()): Response {
  const { kind, body } = downloadText(path, edition, today);
  return new Response(body, { headers: { 'Content-Type': CONTENT_TYPES[kind] } });
}

/** A download's size in bytes, as served (UTF-8): shown beside its link on /data/. */
export function downloadSize(path: string, edition: Edition = getEdition(), today = new Date()): number {
  return Buffer.byteLength(downloadText(path, edition, today).body, 'utf8');
}
