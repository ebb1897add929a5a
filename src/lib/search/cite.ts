/**
 * What a passage is called in a result: its citation, as a reader writes it
 * (第四章第二节一（一）第3段, 第四章专栏 4 第2项, 表 1 第5项), read back from the
 * anchor ids the pages carry (src/lib/anchors.ts makes them; this reads them).
 */
import { citation, toChineseNumeral } from '../anchors.ts';

/**
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
