/** How chapters are named and ordered in the edition's navigation. */
import { sitePath } from './site-path.ts';
import { chapterPath } from '../edition/routes.ts';

/** A chapter as navigation names it: an Astro entry or the edition's (src/lib/plan-index.ts). */
interface ChapterLike {
  id: string;
  data: { label: string; title: string };
}

/** 第四章　主要任务; 引言 alone where label and title are the same. */
export function chapterHeading(chapter: ChapterLike): string {
  return chapter.data.label === chapter.data.title ? chapter.data.title : `${chapter.data.label}　${chapter.data.title}`;
}

export function chapterHref(chapter: ChapterLike): string {
  return sitePath(chapterPath(chapter.id));
}

export interface Neighbours<C extends ChapterLike> {
  previous: C | undefined;
  next: C | undefined;
}

/** The chapters before and after `id` in the plan's order. */
export function neighbours<C extends ChapterLike>(chapters: readonly C[], id: string): Neighbours<C> {
  const index = chapters.findIndex((c) => c.id === id);
  if (index === -1) throw new Error(`no chapter “${id}”`);
  return { previous: chapters[index - 1], next: chapters[index + 1] };
}

/** The primary navigation, shared by the header and the home page. */
export const PRIMARY_NAV = [
  { href: sitePath('/contents/'), label: '目录' },
  { href: sitePath('/projects/'), label: '专栏项目' },
  { href: sitePath('/indicators/'), label: '主要指标' },
  { href: sitePath('/timeline/'), label: '实施步骤' },
  { href: sitePath('/glossary/'), label: '名词解释' },
  { href: sitePath('/full/'), label: '全文' },
] as const;
