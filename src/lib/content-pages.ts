/**
 * The page that shows a content file or folder, in words and as a site path:
 * for the corrections listed on /errata/, and the pages a change note
 * touched (/changes/, the feed).
 */
import { chapterHeading } from './navigation.ts';
import { entriesOf } from '../edition/entries.ts';
import { CONTENT_FOLDER, DOCUMENTS_PATH, ERRATA_PATH, PLAN_PATH, collectionFolder, getEdition, type Edition } from '../edition/index.ts';
import { chapterPath, projectPath, termPath } from '../edition/routes.ts';

export interface ContentPage {
  label: string;
  path: `/${string}`;
  /** The page marks each correction of its text at the corrected words (#erratum-N). */
  marksCorrections: boolean;
}

/** The pages that show a whole folder of content/: the list of its entries (all of content/: the contents). */
const FOLDER_PAGES = new Map<string, Omit<ContentPage, 'marksCorrections'>>([
  [CONTENT_FOLDER, { label: '全书各页', path: '/contents/' }],
  [collectionFolder('chapters'), { label: '规划正文各章', path: '/contents/' }],
  [collectionFolder('zhuanlan'), { label: '各章专栏', path: '/projects/' }],
  [collectionFolder('projects'), { label: '专栏项目', path: '/projects/' }],
  [collectionFolder('glossary'), { label: '名词解释', path: '/glossary/' }],
  [collectionFolder('indicators'), { label: '主要指标', path: '/indicators/' }],
  [collectionFolder('timeline'), { label: '实施步骤', path: '/timeline/' }],
]);

export function pageOf(file: string, edition: Edition = getEdition()): ContentPage | undefined {
  if (file === ERRATA_PATH) return { label: '勘误', path: '/errata/', marksCorrections: false };
  if (file === PLAN_PATH) return { label: '首页（文件信息）', path: '/', marksCorrections: false };
  if (file === DOCUMENTS_PATH) return { label: '引用文件', path: '/documents/', marksCorrections: false };
  const folder = FOLDER_PAGES.get(file.replace(/\/$/, ''));
  if (folder) return { ...folder, marksCorrections: false };
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

/** The pages that show any of `files`, each once, in the order of the files (a file no page shows, such as the search's synonyms, adds none). */
export function pagesOf(files: readonly string[], edition: Edition = getEdition()): ContentPage[] {
  return [...new Map(files.flatMap((file) => pageOf(file, edition) ?? []).map((page) => [page.path, page])).values()];
}
