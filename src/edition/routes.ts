/**
 * Where the edition's entries are published: one function per kind of page,
 * and from a content file to its page and back. The paths are the site's own
 * (`/projects/04-02/`); sitePath() and publicUrl() (src/lib/site-path.ts) put
 * them under the base path or the published address. The pages that publish
 * them are src/pages/[chapter].astro, projects/[id].astro and glossary/[id].astro.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectAnchor, zhuanlanAnchor } from '../shared/anchors.ts';
import { entryPath, type ContentFile } from './index.ts';

export type SitePath = `/${string}`;

/** A chapter's page (chapter-4, preface, appendix-1), or a place in it by its anchor. */
export function chapterPath(chapterId: string, anchor?: string): SitePath {
  return anchor ? `/${chapterId}/#${anchor}` : `/${chapterId}/`;
}

/** A 专栏 where it stands in its chapter. */
export function zhuanlanPath(chapterId: string, box: number): SitePath {
  return chapterPath(chapterId, zhuanlanAnchor(box));
}

/** A project where it is listed in its 专栏, in the chapter. */
export function projectInChapterPath(chapterId: string, box: number, order: number): SitePath {
  return chapterPath(chapterId, projectAnchor(box, order));
}

/** A project's own page. */
export function projectPath(id: string): SitePath {
  return `/projects/${id}/`;
}

/** A document the plan cites, on the list of 引用文件. */
export function citedDocumentPath(id: string): SitePath {
  return `/documents/#${id}`;
}

/** 专栏重点项目, the list of every project, or one 专栏's group in it. */
export function projectListPath(box?: number): SitePath {
  return box === undefined ? '/projects/' : `/projects/#${zhuanlanAnchor(box)}`;
}

/** A term's own page in 名词解释. */
export function termPath(id: string): SitePath {
  return `/glossary/${id}/`;
}

/** The page an entry of `chapters`, `projects` or `glossary` is published on; the other collections have no page of their own. */
export function contentPath(file: Pick<ContentFile, 'collection' | 'id'>): SitePath | undefined {
  switch (file.collection) {
    case 'chapters':
      return chapterPath(file.id);
    case 'projects':
      return projectPath(file.id);
    case 'glossary':
      return termPath(file.id);
    default:
      return undefined;
  }
}

/** Top-level names taken by the site itself: the project's pages (src/pages) and build folders. */
export function reservedTopLevelNames(root: string): Set<string> {
  const names = new Set(['_astro', 'pagefind', '404', 'sitemap-index', 'sitemap-0']);
  const pages = join(root, 'src', 'pages');
  if (existsSync(pages)) {
    for (const entry of readdirSync(pages, { withFileTypes: true })) {
      if (entry.name.startsWith('[')) continue;
      names.add(entry.isDirectory() ? entry.name : entry.name.replace(/\.(astro|md|mdx|ts|js)$/, ''));
    }
  }
  names.delete('index');
  return names;
}

/** For a URL of the content's shape, the file that would publish it. */
export function contentFileFor(url: string, reservedTopLevel: ReadonlySet<string>): string | undefined {
  const match = /^\/(?:(projects|glossary)\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(url);
  if (!match) return undefined;
  if (match[1]) return entryPath(match[1] as 'projects' | 'glossary', match[2]!);
  return reservedTopLevel.has(match[2]!) ? undefined : entryPath('chapters', match[2]!);
}
