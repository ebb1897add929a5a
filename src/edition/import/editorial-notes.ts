/**
 * Editorial notes on errors in the original. The plan's words stay as printed;
 * each note is placed after the paragraph that contains its anchor text and
 * is shown as editorial, apart from the plan's words.
 */
export interface EditorialNoteSpec {
  /** Text that occurs in exactly one paragraph of the plan. */
  anchor: string;
  note: string;
}

export const EDITORIAL_NOTES: readonly EditorialNoteSpec[] = [
  {
    anchor: '网页黒链',
    note: '原文“网页黒链”中的“黒”为日文字形，应为“黑”（网页黑链）。本版照录原文。',
  },
  {
    anchor: '按照统一标准清晰、整合、比对',
    note: '原文“清晰、整合、比对”疑为“清洗、整合、比对”之误（数据清洗）。本版照录原文。',
  },
  {
    anchor: '广东省中小微企信用信息和融资对接平台',
    note: '原文此处作“中小微企信用信息”，专栏 7 同一平台作“中小微企业信用信息”，疑脱“业”字。本版照录原文。',
  },
];

/** Editorial notes attached to indicators (by number), shown with the data. */
export const INDICATOR_NOTES: Readonly<Record<number, readonly string[]>> = {
  5: ['附件 1 原文此行计算方法前多出一个“）”，疑为排版残留。本版照录原文。'],
  14: [
    '附件 1 原文为本指标（视频终端接入大数据中心数量）给出的计算方法“部门确认的数据共享需求满足情况的数量/部门数据共享需求总量×100%”是数据共享需求满足率的算法，与指标名称不符，疑与第 12 项错位。本版照录原文。',
  ],
};
