/** How chapters are named and ordered in the edition's navigation. */
import type { ChapterEntry } from './content.ts';

/** 第四章　主要任务; 引言 alone where label and title are the same. */
export function chapterHeading(chapter: ChapterEntry): string {
  return chapter.data.label === chapter.data.title ? chapter.data.title : `${chapter.data.label}　${chapter.data.title}`;
}

export function chapterHref(chapter: ChapterEntry): string {
  return `/${chapter.id}/`;
}

export interface Neighbours {
  previous: ChapterEntry | undefined;
  next: ChapterEntry | undefined;
}

/** The chapters before and after `id` in the plan's order. */
export function neighbours(chapters: readonly ChapterEntry[], id: string): Neighbours {
  const index = chapters.findIndex((c) => c.id === id);
  if (index === -1) throw new Error(`no chapter “${id}”`);
  return { previous: chapters[index - 1], next: chapters[index + 1] };
}

/** The primary navigation, shared by the header and the home page. */
export const PRIMARY_NAV = [
  { href: '/contents/', label: '目录' },
  { href: '/projects/', label: '专栏项目' },
  { href: '/indicators/', label: '主要指标' },
  { href: '/timeline/', label: '实施步骤' },
  { href: '/glossary/', label: '名词解释' },
  { href: '/full/', label: '全文' },
] as const;
