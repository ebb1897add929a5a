/**
 * The edition's content schemas, in one place: the edition validates its
 * entries with them (src/edition/entries.ts, which the pages read), and the
 * content check reports against them, so editors get the same rules everywhere.
 */
import { z } from 'astro/zod';

const nonEmpty = (what: string) =>
  z
    .string({ error: `${what}必须是文字 (must be text)` })
    .trim()
    .min(1, { error: `${what}不能为空 (must not be empty)` });

const positiveInt = (what: string) =>
  z
    .number({ error: `${what}必须是数字 (must be a number)` })
    .int({ error: `${what}必须是整数 (must be an integer)` })
    .positive({ error: `${what}必须大于 0 (must be positive)` });

/** Where each collection's files live under content/, shared by Astro's loaders and the content check. */
export const COLLECTION_FILES = {
  chapters: { dir: 'chapters', ext: 'mdx' },
  zhuanlan: { dir: 'zhuanlan', ext: 'yaml' },
  projects: { dir: 'projects', ext: 'mdx' },
  glossary: { dir: 'glossary', ext: 'mdx' },
  indicators: { dir: 'indicators', ext: 'yaml' },
  timeline: { dir: 'timeline', ext: 'yaml' },
} as const;
export type CollectionName = keyof typeof COLLECTION_FILES;

export const NETWORK_CATEGORIES = ['一网通办', '一网统管', '一网协同'] as const;
export const INDICATOR_CATEGORIES = ['数字化履职能力', '数字化驱动能力', '数字化支撑能力'] as const;
export const CHAPTER_KINDS = ['preface', 'chapter', 'annex'] as const;

/** A value as printed in Table 1 (“96.41”, “8.0”): kept as text so that no digit is lost. */
const measure = (what: string) =>
  z
    .union([z.string(), z.number()], { error: `${what}必须是数字，如 80 或 96.41 (must be a number)` })
    .transform(String)
    .pipe(z.string().regex(/^\d+(\.\d+)?$/, { error: `${what}必须是数字，如 80 或 96.41 (must be a number)` }));

export const sectionSchema = z.strictObject({
  number: positiveInt('节序号 number'),
  label: nonEmpty('节标号 label'),
  title: nonEmpty('节标题 title'),
});

export const chapterSchema = z.strictObject({
  label: nonEmpty('章标号 label'),
  title: nonEmpty('标题 title'),
  kind: z.enum(CHAPTER_KINDS, { error: 'kind 必须是 preface、chapter 或 annex 之一' }),
  order: z.number({ error: '顺序 order 必须是数字 (must be a number)' }).int().min(0),
  sections: z.array(sectionSchema).default([]),
  summary: z.string().optional(),
});

export const zhuanlanSchema = z.strictObject({
  number: positiveInt('专栏编号 number'),
  title: nonEmpty('专栏标题 title'),
  chapter: nonEmpty('所在章 chapter'),
  section: positiveInt('所在节 section'),
});

export const projectSchema = z.strictObject({
  title: nonEmpty('项目名称 title'),
  zhuanlan: nonEmpty('所属专栏 zhuanlan'),
  order: positiveInt('项目顺序 order'),
  category: z.enum(NETWORK_CATEGORIES, { error: 'category 必须是 一网通办、一网统管、一网协同 之一，或留空 (null)' }).nullable(),
});

export const glossarySchema = z
  .strictObject({
    term: nonEmpty('名词 term'),
    aliases: z.array(nonEmpty('别名 aliases')).default([]),
    number: positiveInt('附件 2 序号 number').optional(),
    label: z.string().optional(),
    separator: z.string().optional(),
    definedIn: z.strictObject({ chapter: nonEmpty('定义所在章 definedIn.chapter'), section: positiveInt('定义所在节 definedIn.section') }).optional(),
    related: z.array(nonEmpty('相关名词 related')).default([]),
    /** Passages where the term's name is not the term (false hits), quoted with enough context to contain it. */
    exclude: z.array(nonEmpty('排除语境 exclude')).default([]),
  })
  .refine((term) => (term.number === undefined) !== (term.definedIn === undefined), {
    error: '名词必须且只能有一个出处：附件 2 序号 number，或正文定义位置 definedIn (exactly one of number / definedIn)',
    path: ['number'],
  });

export const indicatorSchema = z.strictObject({
  number: positiveInt('指标序号 number'),
  category: z.enum(INDICATOR_CATEGORIES, { error: `类别 category 必须是 ${INDICATOR_CATEGORIES.join('、')} 之一` }),
  name: nonEmpty('指标名称 name'),
  unit: nonEmpty('单位 unit'),
  local: z.boolean({ error: 'local（★本地指标）必须是 true 或 false' }),
  baseline: measure('现状值 baseline').nullable(),
  target: measure('目标值 target'),
  method: nonEmpty('计算方法 method'),
  notes: z.array(nonEmpty('编者注 notes')).default([]),
});

export const phaseSchema = z.strictObject({
  phase: positiveInt('阶段 phase'),
  title: nonEmpty('阶段标题 title'),
  period: nonEmpty('时期 period'),
  start: positiveInt('起始年 start'),
  end: positiveInt('结束年 end'),
  section: positiveInt('所在节 section'),
  tasks: z.array(nonEmpty('任务 tasks')).min(1, { error: '任务 tasks 至少一项' }),
});

/** A calendar date that exists (2022-02-30 does not), as editors write it: 2022-03-15. */
function isRealDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * An editorial field of the plan's document metadata that the source text
 * does not give: empty (null, or left blank) until an editor fills it in from
 * the official publication; the site then says they are still to be verified rather than guess.
 */
const unstated = <T extends z.ZodType>(field: T) =>
  z.preprocess((value) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : value), field.nullable());

const metaText = (what: string) => z.string({ error: `${what} 须是文字，不知道时留空 (must be text)` }).trim();

/** A date as editors write it in YAML, one that exists on the calendar: 2026-01-31. */
const isoDate = (what: string) =>
  z
    .string({ error: `${what}须写成 2026-01-31 这样的日期 (date as YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what}须写成 2026-01-31 这样的日期（年-月-日，半角数字和短横线） (date as YYYY-MM-DD)` })
    .refine(isRealDate, { error: `${what}不是日历上存在的日期，请核对月和日 (not a real date)` });

/** 文号 as printed on government documents: 机关代字〔年份〕序号号, e.g. 汕府〔2022〕12号. */
const DOCUMENT_NUMBER = /^[\p{Script=Han}A-Za-z]+〔\d{4}〕\d+号$/u;

const year = (what: string) => {
  const error = `${what} 须是四位数的年份，如 2021 (must be a year)`;
  return z.number({ error }).int({ error }).min(1949, { error }).max(2100, { error });
};

/**
 * content/plan.yaml: the plan's title and period (from the text), and the
 * document metadata gov.cn shows for a policy document, which the source text
 * does not give: editors fill them in from the official publication.
 */
export const planSchema = z
  .strictObject({
    title: nonEmpty('规划名称 title'),
    /** The years the plan covers, from its own timeline (第五章: the first phase’s start to the last one’s end). */
    period: z.strictObject(
      { start: year('规划期起始年 period.start'), end: year('规划期结束年 period.end') },
      { error: '规划期 period 须写成两行：start: 起始年、end: 结束年 (period must have start and end)' },
    ),
    /** 发文机关 */
    issuer: unstated(metaText('发文机关 issuer')),
    /** 文号 */
    documentNumber: unstated(
      metaText('文号 documentNumber').regex(DOCUMENT_NUMBER, {
        error:
          '文号 documentNumber 须照官方文件写成 汕府〔2022〕12号 这样的形式：机关代字、六角括号〔〕中的四位年份、序号和“号”字（不要用 [ ] 或（ ）），不知道时留空 (document number as 机关代字〔年份〕序号号)',
      }),
    ),
    /** 成文日期 */
    written: unstated(isoDate('成文日期 written')),
    /** 发布日期 */
    published: unstated(isoDate('发布日期 published')),
    /** The official publication: the PDF or the government web page that published the plan. */
    source: unstated(
      metaText('官方来源网址 source').pipe(
        z.url({
          protocol: /^https?$/,
          error: '官方来源网址 source 须是以 https:// 或 http:// 开头的完整网址（从浏览器地址栏复制），不知道时留空 (must be a URL)',
        }),
      ),
    ),
    /** 主题分类, as the publishing site classifies the document. */
    subject: unstated(metaText('主题分类 subject')),
    /** An editor's note on the plan's status, e.g. the plan that succeeds it. */
    statusNote: unstated(metaText('时效性说明 statusNote')),
    /** A note on the open data's use shown on /data/ after its licence (src/lib/terms-of-use.ts), e.g. what the publisher asks. */
    dataNotice: unstated(metaText('开放数据补充说明 dataNotice')),
  })
  .refine((plan) => plan.period.start <= plan.period.end, {
    error: '规划期结束年 period.end 不能早于起始年 period.start (period ends before it starts)',
    path: ['period', 'end'],
  })
  .refine((plan) => !plan.written || !plan.published || plan.written <= plan.published, {
    error: '发布日期 published 早于成文日期 written，请对照官方发布的文件核对两个日期 (published before written)',
    path: ['published'],
  });

/** content/plan.yaml as a whole: its one entry, `plan`. */
export const planFileSchema = z.strictObject(
  { plan: planSchema },
  { error: '文件须以 plan: 开头，其下是规划名称、规划期和文件信息各字段 (plan.yaml must start with plan:)' },
);

/** Each collection's schema, as its files are validated. */
export const COLLECTION_SCHEMAS = {
  chapters: chapterSchema,
  zhuanlan: zhuanlanSchema,
  projects: projectSchema,
  glossary: glossarySchema,
  indicators: indicatorSchema,
  timeline: phaseSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

// The data of each collection, for code outside Astro's content layer.
/** @public */
export type Chapter = z.infer<typeof chapterSchema>;
/** @public */
export type Project = z.infer<typeof projectSchema>;
/** @public */
export type GlossaryTerm = z.infer<typeof glossarySchema>;
/** @public */
export type Indicator = z.infer<typeof indicatorSchema>;
/** @public */
export type Phase = z.infer<typeof phaseSchema>;
export type Plan = z.infer<typeof planSchema>;

/**
 * One correction of the plan's own words (content/errata.yaml): what was
 * printed, what the edition shows instead, where and why. `original` and
 * `corrected` quote enough of the passage to occur exactly once in it.
 */
export const erratumSchema = z.strictObject({
  id: positiveInt('更正编号 id'),
  file: nonEmpty('所在文件 file').regex(/^content\/[a-z]+\/[^/]+\.(mdx|yaml)$/, {
    error: '所在文件 file 须写成 content/chapters/chapter-4.mdx 这样的路径 (a content file path)',
  }),
  /** The data field corrected (e.g. method, sections.1.title); absent for the MDX body text. */
  field: nonEmpty('字段 field').optional(),
  original: nonEmpty('原文 original'),
  corrected: nonEmpty('更正后 corrected'),
  reason: nonEmpty('理由 reason'),
  /** Where the correct wording is attested (an official notice, the printed edition…), if anywhere. */
  basis: nonEmpty('依据 basis').optional(),
  date: isoDate('更正日期 date'),
});

export const errataFileSchema = z.strictObject({
  errata: z.array(erratumSchema, { error: 'errata 必须是更正条目的列表 (must be a list)' }).default([]),
});

const PAGE_PATH = /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/;
const PAGE_PATH_HELP = '须是以 / 开头和结尾的站内网址，如 /glossary/yi-wang-tong-ban/';

/** A published URL that moved: the build emits a page at `from` that sends readers to `to`. */
export const redirectSchema = z.strictObject({
  from: nonEmpty('原网址 from').regex(PAGE_PATH, { error: `原网址 from ${PAGE_PATH_HELP} (site path)` }),
  to: nonEmpty('新网址 to').regex(/^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*(?:#[A-Za-z0-9_-]+)?$/, {
    error: `新网址 to ${PAGE_PATH_HELP}，可带 #锚点 (site path, optionally with #fragment)`,
  }),
  reason: nonEmpty('理由 reason'),
  date: isoDate('日期 date'),
});

export const redirectsFileSchema = z.strictObject({
  redirects: z.array(redirectSchema, { error: 'redirects 必须是跳转条目的列表 (must be a list)' }).default([]),
});

/**
 * Words readers search for that the plan does not use (content/synonyms.yaml,
 * editorial): the search offers the plan's own names for them
 * (不见面审批 → 零跑动、一网通办). Each name in `see` must be a term, alias,
 * project, indicator, 专栏 or heading of the plan (checked by npm run check).
 */
export const synonymSchema = z.strictObject({
  words: z
    .array(nonEmpty('读者的说法 words'), { error: 'words 必须是说法的列表，如 [不见面审批] (must be a list)' })
    .min(1, { error: 'words 至少要有一个说法 (at least one word)' }),
  see: z
    .array(nonEmpty('规划中的名称 see'), { error: 'see 必须是规划中名称的列表，如 [零跑动, 一网通办] (must be a list)' })
    .min(1, { error: 'see 至少要有一个规划中的名称 (at least one name)' }),
  note: nonEmpty('说明 note').optional(),
});

export const synonymsFileSchema = z.strictObject({
  synonyms: z.array(synonymSchema, { error: 'synonyms 必须是同义词条目的列表 (must be a list)' }).default([]),
});

/**
 * One published change to the edition, told to readers (content/changes.yaml):
 * when, which content it touched and, in a sentence of Chinese, what changed.
 * Each page's 修订记录 shows the notes on its content; /changes/ and the feed
 * show them all (a note on no content file, such as a new page of the site,
 * only there). Never the commit subjects developers write.
 */
export const changeSchema = z.strictObject({
  date: isoDate('日期 date'),
  files: z
    .array(
      nonEmpty('改动的内容 files').regex(/^content(?:\/[a-z]+(?:\/[^/]+\.(?:mdx|yaml))?|\/[a-z]+\.yaml)?$/, {
        error: '改动的内容 files 须写成 content/chapters/chapter-4.mdx 这样的文件，或 content/indicators 这样的文件夹 (a content file or folder)',
      }),
      { error: 'files 必须是文件的列表，每项以“- ”开头 (must be a list)' },
    )
    .default([]),
  note: nonEmpty('说明 note').regex(/\p{Script=Han}/u, {
    error: '说明 note 须用中文写给读者看，如：为第四章补充编者注，说明“一网统管”的最新进展。 (must be written in Chinese)',
  }),
});

export const changesFileSchema = z.strictObject({
  changes: z.array(changeSchema, { error: 'changes 必须是修订说明的列表 (must be a list)' }).default([]),
});

export type Change = z.infer<typeof changeSchema>;

/** The levels of government a cited document comes from, in the order /documents/ lists them. */
export const DOCUMENT_LEVELS = ['国家', '广东省', '汕头市'] as const;

/**
 * One document the plan names in 《》 (content/documents.yaml, editorial): its
 * title as the plan prints it, the level it comes from and, once an editor
 * has verified it, the address of its official publication. Every title the
 * plan cites must be listed, and every listed title cited (npm run check).
 */
export const citedDocumentSchema = z.strictObject({
  id: nonEmpty('标识 id').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '标识 id 只能用小写字母、数字和连字符，如 guang-dong-gong-gong-shu-ju (lowercase ASCII slug)',
  }),
  title: nonEmpty('书名 title').regex(/^[^《》]+$/, { error: '书名 title 不要带书名号《》，只抄录书名号中的文字 (title without 《》)' }),
  level: z.enum(DOCUMENT_LEVELS, { error: `层级 level 须照文件的发布机关填写${DOCUMENT_LEVELS.map((l) => `“${l}”`).join('、')}之一 (unknown level)` }),
  url: unstated(
    metaText('官方网址 url').pipe(
      z.url({
        protocol: /^https?$/,
        error: '官方网址 url 须是以 https:// 或 http:// 开头的完整网址（从浏览器地址栏复制），不知道时不写 (must be a URL)',
      }),
    ),
  ).optional(),
  note: nonEmpty('编者注 note').optional(),
});

export const documentsFileSchema = z.strictObject({
  documents: z.array(citedDocumentSchema, { error: 'documents 必须是文件的列表 (must be a list)' }).default([]),
});

export type CitedDocument = z.infer<typeof citedDocumentSchema>;
export type Erratum = z.infer<typeof erratumSchema>;
export type Synonym = z.infer<typeof synonymSchema>;
export type Redirect = z.infer<typeof redirectSchema>;

/*
 * The edition as open data (/data/): what each download holds. The JSON
 * Schemas published beside the files are generated from these
 * (z.toJSONSchema), and the tests validate every file against them.
 */

const published = {
  url: z.url().describe('网址 (URL on the edition)'),
  anchor: z.string().describe('页内锚点 id'),
  citation: z.string().describe('引用位置，如 第四章第二节一（一）第3段'),
};

const paragraphData = z.strictObject({
  type: z.literal('paragraph'),
  number: z.number().int().positive().describe('在所属标题下的段序'),
  ...published,
  text: z.string().describe('规划原文（勘误已标于 /errata/）'),
});
const projectData = z.strictObject({
  id: z.string(),
  order: z.number().int().positive(),
  title: z.string(),
  url: published.url,
  paragraphs: z.array(z.string()).describe('项目的规划原文，逐段'),
});
const zhuanlanData = z.strictObject({
  type: z.literal('zhuanlan'),
  number: z.number().int().positive(),
  label: z.string().describe('如 专栏 4'),
  title: z.string(),
  anchor: published.anchor,
  url: published.url,
  projects: z.array(projectData),
});
const figureData = z.strictObject({
  type: z.literal('figure'),
  number: z.number().int().positive(),
  anchor: published.anchor,
  url: published.url,
  caption: z.string().describe('图题（原文的图未随文本提供）'),
});
const indicatorRowData = z.strictObject({
  number: z.number().int().positive(),
  category: z.enum(INDICATOR_CATEGORIES),
  name: z.string(),
  unit: z.string(),
  local: z.boolean().describe('原文标注★：本市指标'),
  baseline: z.string().nullable().describe('现状值，照原文写法；null 表示原文为“-”'),
  target: z.string().describe('目标值，照原文写法'),
});
const indicatorTableData = z.strictObject({
  type: z.literal('indicatorTable'),
  anchor: published.anchor,
  url: published.url,
  caption: z.string(),
  columns: z.array(z.string()),
  rows: z.array(indicatorRowData),
});
const methodTableData = z.strictObject({
  type: z.literal('methodTable'),
  columns: z.array(z.string()),
  rows: z.array(z.strictObject({ number: z.number().int().positive(), name: z.string(), unit: z.string(), method: z.string() })),
});
const glossaryListData = z.strictObject({
  type: z.literal('glossary'),
  entries: z.array(
    z.strictObject({
      number: z.number().int().positive(),
      label: z.string(),
      separator: z.string(),
      definition: z.string(),
      url: published.url.describe('名词页'),
    }),
  ),
});
const editorialNoteData = z.strictObject({
  type: z.literal('editorialNote'),
  editorial: z.literal(true).describe('编者注：本站所加，不属于规划原文'),
  text: z.string(),
});
const blockData = z.discriminatedUnion('type', [
  paragraphData,
  zhuanlanData,
  figureData,
  indicatorTableData,
  methodTableData,
  glossaryListData,
  editorialNoteData,
]);

/** A heading with what stands under it; typed by hand because TypeScript cannot infer a recursive schema's type. */
export interface SectionData {
  heading: string;
  title: string;
  url: string;
  anchor: string;
  citation: string;
  content: z.infer<typeof blockData>[];
  sections: SectionData[];
}
const sectionData: z.ZodType<SectionData> = z.strictObject({
  heading: z.string().describe('标题，照原文（含编号）'),
  title: z.string().describe('标题文字（不含编号）'),
  ...published,
  content: z.array(blockData).describe('本标题下、第一个下级标题之前的内容；其后是下级标题 sections（节 › 一、 › （一））'),
  get sections() {
    return z.array(sectionData);
  },
});

/** What every JSON download starts with: its schema, format version, title, page on the edition, build date and a note on reading it. */
const dataDocument = {
  $schema: z.url().describe('本文件的 JSON Schema'),
  schemaVersion: z.literal(1).describe('数据格式的版本：不兼容的改动会使它加 1'),
  title: z.string(),
  url: z.url().describe('本站展示这些内容的网页'),
  generated: z.iso.date().describe('生成本文件的构建日期（北京时间）'),
  contentVersion: z
    .strictObject({
      commit: z.string().regex(/^[0-9a-f]{40}$/),
      date: z.iso.date(),
      url: z.url().describe('这次提交在代码库中的网址'),
    })
    .nullable()
    .describe('本文件所据内容的版本：content/ 最近一次改动的提交；null 表示构建时没有版本记录'),
  note: z.string().describe('阅读本文件须知：哪些是规划原文，哪些是编者所加'),
};

/** Where in the plan a thing is given: its citation and address. */
const planPlace = z.strictObject({ citation: published.citation, url: published.url });

/** What the edition's editors added to an entry (names, classifications, notes): never the plan's words. */
const editorialNotes = z.array(z.string()).describe('编者注：本站所加，不属于规划原文');

export const planDocumentSchema = z.strictObject({
  ...dataDocument,
  chapters: z.array(
    z.strictObject({
      id: z.string(),
      label: z.string().describe('如 第四章、引言、附件 1'),
      title: z.string(),
      url: published.url,
      content: z.array(blockData),
      sections: z.array(sectionData),
    }),
  ),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type BlockData = z.infer<typeof blockData>;

const termItem = z.strictObject({
  id: z.string().describe('名词页网址中的标识（本站所加）'),
  term: z.string().describe('名词'),
  url: published.url.describe('名词页'),
  definition: z.string().describe('释义，照规划原文'),
  annexNumber: z.number().int().positive().nullable().describe('附件 2 名词解释中的序号；null 表示释义见于正文'),
  source: planPlace.describe('释义在规划中的位置'),
  editorial: z
    .strictObject({
      aliases: z.array(z.string()).describe('别名'),
      related: z.array(z.strictObject({ id: z.string(), term: z.string(), url: published.url })).describe('相关名词，与名词页所列相同'),
      notes: editorialNotes,
    })
    .describe('本站编者所加，不属于规划原文'),
});

export const termsDocumentSchema = z.strictObject({ ...dataDocument, terms: z.array(termItem) });

const projectItem = z.strictObject({
  id: z.string().describe('项目页网址中的标识（本站所加），如 04-02：专栏 4 第 2 项'),
  zhuanlan: z.strictObject({ number: z.number().int().positive(), title: z.string(), url: published.url }).describe('所属专栏'),
  order: z.number().int().positive().describe('在专栏中的序号'),
  title: z.string().describe('项目名称，照规划原文'),
  url: published.url.describe('项目页'),
  paragraphs: z.array(z.string()).describe('项目内容，照规划原文，逐段'),
  editorial: z
    .strictObject({
      category: z.enum(NETWORK_CATEGORIES).nullable().describe('所属“一网”的分类；null 表示不归入其中之一'),
      notes: editorialNotes,
    })
    .describe('本站编者所加，不属于规划原文'),
});

export const projectsDocumentSchema = z.strictObject({ ...dataDocument, projects: z.array(projectItem) });

const phaseItem = z.strictObject({
  phase: z.number().int().positive().describe('阶段序号'),
  title: z.string().describe('阶段名称，照规划原文'),
  period: z.string().describe('时期，照规划原文，如 2021-2022 年'),
  start: z.number().int().describe('起始年'),
  end: z.number().int().describe('结束年'),
  url: published.url.describe('实施步骤页上的这一阶段'),
  source: planPlace.describe('第五章中的这一节'),
  tasks: z.array(z.string()).describe('这一阶段的任务，照规划原文，逐项'),
});

export const timelineDocumentSchema = z.strictObject({ ...dataDocument, phases: z.array(phaseItem) });

const erratumItem = z.strictObject({
  id: z.number().int().positive().describe('更正编号，发布后不变'),
  url: published.url.describe('勘误页上的这一条'),
  file: z.string().describe('所在内容文件，如 content/chapters/chapter-4.mdx'),
  field: z.string().nullable().describe('数据字段；null 表示正文'),
  place: z.strictObject({ label: z.string(), url: published.url }).describe('更正所在的网页'),
  original: z.string().describe('原文的写法'),
  corrected: z.string().describe('本版更正后的写法'),
  reason: z.string().describe('理由（编者）'),
  basis: z.string().nullable().describe('依据，如官方发布的更正通知；null 表示未注明'),
  date: z.iso.date().describe('更正日期'),
});

export const errataDocumentSchema = z.strictObject({ ...dataDocument, errata: z.array(erratumItem) });

const citedDocumentItem = z.strictObject({
  id: z.string().describe('引用文件页上的标识（本站所加）'),
  title: z.string().describe('书名，照规划原文（不含书名号）'),
  url: published.url.describe('引用文件页上的这一份'),
  citedIn: z.array(planPlace).describe('规划中提到它的地方，按规划的顺序'),
  editorial: z
    .strictObject({
      level: z.enum(DOCUMENT_LEVELS).describe('发布层级'),
      officialUrl: z.url().nullable().describe('官方发布的网址，编者核实后补录；null 表示尚未补录'),
      note: z.string().nullable().describe('编者注'),
    })
    .describe('本站编者所加，不属于规划原文'),
});

export const documentsDocumentSchema = z.strictObject({ ...dataDocument, documents: z.array(citedDocumentItem) });

const indicatorItem = z.strictObject({
  ...indicatorRowData.shape,
  method: z.string().describe('计算方法，照附件 1'),
  notes: editorialNotes,
});

export const indicatorsDocumentSchema = z.strictObject({ ...dataDocument, indicators: z.array(indicatorItem) });
