/**
 * Citable anchors derived from the plan's own structure, never from a running
 * counter over the page: 第二节 → s2, 第二节 一、 → s2-1, 第二节 一、（一）→
 * s2-1-1; the n-th paragraph directly under a heading → `${heading}-p${n}`
 * (paragraphs before the first heading: p1, p2 …). 专栏 n → zl{n}, its k-th
 * project → zl{n}-{k}; figure n → fig{n}. Made here, and read back here into
 * what a reader calls the passage (passageCitation, for search results).
 */

/** Position of a heading: [节, 一、, （一）] numbers, as deep as the heading goes. */
export type StructurePath = readonly number[];

export function headingAnchor(path: StructurePath): string {
  return `s${path.join('-')}`;
}

export function paragraphAnchor(path: StructurePath, paragraph: number): string {
  return path.length === 0 ? `p${paragraph}` : `${headingAnchor(path)}-p${paragraph}`;
}

export function zhuanlanAnchor(box: number): string {
  return `zl${box}`;
}

export function projectAnchor(box: number, order: number): string {
  return `zl${box}-${order}`;
}

export function figureAnchor(figure: number): string {
  return `fig${figure}`;
}

const CHINESE_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (the plan's numbering never exceeds 99). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CHINESE_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${CHINESE_DIGITS[n % 10]}`;
}

/**
 * The citation of a place in a chapter, as a reader writes it:
 * 第四章第二节一（一）第3段. `chapterLabel` is the chapter's label (引言, 第四章, 附件 1).
 */
export function citation(chapterLabel: string, path: StructurePath, paragraph?: number): string {
  const [section, item, subItem] = path;
  let text = chapterLabel.replace(/\s+/g, '');
  if (section !== undefined) text += `第${toChineseNumeral(section)}节`;
  if (item !== undefined) text += toChineseNumeral(item);
  if (subItem !== undefined) text += `（${toChineseNumeral(subItem)}）`;
  if (paragraph !== undefined) text += `第${paragraph}段`;
  return text;
}

/**
 * What a passage is called in a result: its citation, as a reader writes it
 * (第四章第二节一（一）第3段, 第四章专栏 4 第2项, 表 1 第5项), read back from
 * the anchor ids the pages carry.
 *
 * `chapter` is the page's citation meta (the chapter label, e.g. 第四章) for
 * the plan's own text; other pages' anchors need no chapter.
 */
export function passageCitation(id: string | null, chapter: string): string | null {
  if (id === null || id === 'top') return null;
  let m = /^s(\d+(?:-\d+)*)(?:-p(\d+))?$/.exec(id);
  if (m) return citation(chapter, m[1]!.split('-').map(Number), m[2] === undefined ? undefined : Number(m[2]));
  if ((m = /^p(\d+)$/.exec(id))) return citation(chapter, [], Number(m[1]));
  if ((m = /^zl(\d+)(?:-(\d+))?$/.exec(id))) return `${chapter}专栏 ${m[1]}${m[2] ? ` 第${m[2]}项` : ''}`;
  if ((m = /^fig(\d+)$/.exec(id))) return `${chapter}图 ${m[1]}`;
  if ((m = /^table-(\d+)$/.exec(id))) return `表 ${m[1]}`;
  if ((m = /^indicator-(\d+)$/.exec(id))) return `表 1 第${m[1]}项`;
  if ((m = /^method-(\d+)$/.exec(id))) return `附件 1 第${m[1]}项`;
  if ((m = /^phase-(\d+)$/.exec(id))) return `第${toChineseNumeral(Number(m[1]))}阶段`;
  if ((m = /^term-(\d+)$/.exec(id))) return `附件 2 第 ${m[1]} 条`;
  return null;
}
