/**
 * The edition's content schemas, in one place. content.config.ts builds the
 * collections from them (adding Astro references); the content check and the
 * tests use them directly, so editors get the same rules everywhere.
 */
import { z } from 'astro/zod';

const nonEmpty = (what: string) =>
  z.string({ error: `${what}必须是文字 (must be text)` }).trim().min(1, { error: `${what}不能为空 (must not be empty)` });

const positiveInt = (what: string) =>
  z.number({ error: `${what}必须是数字 (must be a number)` }).int({ error: `${what}必须是整数 (must be an integer)` }).positive({ error: `${what}必须大于 0 (must be positive)` });

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
    definedIn: z
      .strictObject({ chapter: nonEmpty('定义所在章 definedIn.chapter'), section: positiveInt('定义所在节 definedIn.section') })
      .optional(),
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

export const planSchema = z.strictObject({ title: nonEmpty('规划名称 title') });

/** Each collection's schema, as its files are validated (content.config.ts adds Astro's references to some). */
export const COLLECTION_SCHEMAS = {
  chapters: chapterSchema,
  zhuanlan: zhuanlanSchema,
  projects: projectSchema,
  glossary: glossarySchema,
  indicators: indicatorSchema,
  timeline: phaseSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

export type Chapter = z.infer<typeof chapterSchema>;
export type Project = z.infer<typeof projectSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Phase = z.infer<typeof phaseSchema>;

/** A date as editors write it in YAML: 2026-01-31. */
const isoDate = (what: string) =>
  z
    .string({ error: `${what}须写成 2026-01-31 这样的日期 (date as YYYY-MM-DD)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${what}须写成 2026-01-31 这样的日期 (date as YYYY-MM-DD)` });

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
  words: z.array(nonEmpty('读者的说法 words'), { error: 'words 必须是说法的列表，如 [不见面审批] (must be a list)' }).min(1, { error: 'words 至少要有一个说法 (at least one word)' }),
  see: z.array(nonEmpty('规划中的名称 see'), { error: 'see 必须是规划中名称的列表，如 [零跑动, 一网通办] (must be a list)' }).min(1, { error: 'see 至少要有一个规划中的名称 (at least one name)' }),
  note: nonEmpty('说明 note').optional(),
});

export const synonymsFileSchema = z.strictObject({
  synonyms: z.array(synonymSchema, { error: 'synonyms 必须是同义词条目的列表 (must be a list)' }).default([]),
});

export type Erratum = z.infer<typeof erratumSchema>;
export type Synonym = z.infer<typeof synonymSchema>;
export type Redirect = z.infer<typeof redirectSchema>;
