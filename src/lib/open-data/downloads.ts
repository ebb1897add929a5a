/**
 * The open-data downloads (/data/): each file's address, its JSON Schema's
 * address, and what it holds, for the /data/ page, the endpoints and the
 * tests alike.
 */
export interface Download {
  /** Site path of the file. */
  path: `/${string}`;
  /** Site path of its JSON Schema, where it has one. */
  schema?: `/${string}`;
  format: 'JSON' | 'CSV';
  title: string;
  description: string;
}

export const PLAN_DATA: Download = {
  path: '/data/plan.json',
  schema: '/data/plan.schema.json',
  format: 'JSON',
  title: '规划全文',
  description:
    '全部章节：节、一、（一）各级标题及其下的段落、专栏与重点项目、图题、表 1 和附件 1 的各行、附件 2 名词解释；每一部分都有页内锚点、引用位置、网址和原文。',
};

export const DOWNLOADS: readonly Download[] = [
  PLAN_DATA,
  {
    path: '/indicators.json',
    format: 'JSON',
    title: '主要指标（表 1 与附件 1）',
    description: '20 项主要公共指标：类别、名称、单位、现状值、目标值、是否本市指标、计算方法、编者注。',
  },
  { path: '/indicators.csv', format: 'CSV', title: '主要指标（表 1 与附件 1）', description: '同上，逗号分隔，UTF-8 编码，可用电子表格软件打开。' },
];
