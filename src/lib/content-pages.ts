/**
 * The page that shows a content file, in words and as a site path: for the
 * corrections listed on /errata/ and the changes in the feed.
 */
import { chapterHeading } from './navigation.ts';
import { entriesOf } from '../edition/entries.ts';
import { ERRATA_PATH, getEdition, type Edition } from '../edition/index.ts';
import { chapterPath, projectPath, termPath } from '../edition/routes.ts';

export interface ContentPage {
  label: string;
  path: `/${string}`;
  /** The page marks each correction of its text at the corrected words (#erratum-N). */
  marksCorrections: boolean;
}

export function pageOf(file: string, edition: Edition = getEdition()): ContentPage | undefined {
  if (file === ERRATA_PATH) return { label: '勘误', path: '/errata/', marksCorrections: false };
  const [, collection, id] = /^content\/([a-z]+)\/(.+)\.(?:mdx|yaml)$/.exec(file) ?? [];
  const entries = entriesOf(edition);
  const find = <T extends { id: string }>(list: T[]) => list.find((entry) => entry.id === id);
  switch (collection) {
    case 'chapters': {
      const c = find(entries.chapters);
      return c && { label: chapterHeading(c), path: chapterPath(c.id), marksCorrections: true };
    }
    case 'projects': {
      const p = find(entries.projects);
      return p && { label: `专栏项目：${p.data.title}`, path: projectPath(p.id), marksCorrections: true };
    }
    case 'glossary': {
      const t = find(entries.glossary);
      return t && { label: `名词解释：${t.data.term}`, path: termPath(t.id), marksCorrections: true };
    }
    case 'indicators': {
      const i = find(entries.indicators);
      return i && { label: `主要指标第 ${i.data.number} 项：${i.data.name}`, path: '/indicators/', marksCorrections: false };
    }
    case 'zhuanlan': {
      const b = find(entries.zhuanlan);
      return b && { label: `专栏 ${b.data.number}：${b.data.title}`, path: chapterPath(b.data.chapter), marksCorrections: false };
    }
    case 'timeline': {
      const t = find(entries.timeline);
      return t && { label: `实施步骤：${t.data.title}`, path: '/timeline/', marksCorrections: false };
    }
  }
  return undefined;
}
