/**
 * The documents the plan cites in 《》: the editors' list
 * (content/documents.yaml) and the places in the plan's words that name each.
 * The content check holds the two to each other (every title cited is
 * listed, every title listed is cited); /documents/ and the open data show
 * them.
 */
import { toString } from 'mdast-util-to-string';
import { entriesOf } from '../edition/entries.ts';
import { derived, entryPath, type Edition } from '../edition/index.ts';
import { chapterPath, projectPath, type SitePath } from '../edition/routes.ts';
import { DOCUMENT_LEVELS, documentsFileSchema, type CitedDocument } from '../schemas.ts';
import { nameKey } from '../shared/normalize.ts';
import { structureOf } from './plan-index.ts';

/** A place in the plan's words that names a document. */
export interface Mention {
  /** The title as printed there, without 《》. */
  title: string;
  /** Where, in words: 第一章第二节一（一）第3段. */
  citation: string;
  path: SitePath;
  /** The content file it is in. */
  file: string;
}

const TITLE = /《([^《》]+)》/g;

const titlesIn = (text: string) => [...text.matchAll(TITLE)].map((match) => match[1]!);

/**
 * Every 《…》 in the plan's words, in the plan's order: the chapters'
 * paragraphs, each at its own anchor, then the projects' text, each at its
 * page. (The 专栏 and indicators hold titles and figures, never a 《》.)
 */
export const mentionsOf = derived('document-mentions', (edition: Edition): Mention[] => {
  const inChapters = structureOf(edition).flatMap(({ chapter, paragraphs }) =>
    paragraphs.flatMap((p) =>
      titlesIn(p.text).map((title) => ({ title, citation: p.citation, path: chapterPath(chapter.id, p.anchor), file: entryPath('chapters', chapter.id) })),
    ),
  );
  const inProjects = entriesOf(edition).projects.flatMap(({ id, data, file, tree }) =>
    titlesIn(toString(tree)).map((title) => ({ title, citation: `专栏项目“${data.title}”`, path: projectPath(id), file: file.path })),
  );
  return [...inChapters, ...inProjects];
});

/** The editors' list, as content/documents.yaml holds it (validated by the content check). */
export const citedDocumentsOf = derived('cited-documents', (edition: Edition): CitedDocument[] => {
  const result = documentsFileSchema.safeParse(edition.documents.data ?? {});
  return result.success ? result.data.documents : [];
});

export interface CitedDocumentEntry {
  document: CitedDocument;
  mentions: Mention[];
}

/** Each listed document with the places that cite it, grouped by level and, within one, in the order the plan first cites them. */
export function documentsByLevel(edition: Edition): { level: (typeof DOCUMENT_LEVELS)[number]; documents: CitedDocumentEntry[] }[] {
  const mentions = mentionsOf(edition);
  const firstAt = (entry: CitedDocumentEntry) => (entry.mentions[0] ? mentions.indexOf(entry.mentions[0]) : Infinity);
  const entries = citedDocumentsOf(edition).map((document) => ({
    document,
    mentions: mentions.filter((mention) => nameKey(mention.title) === nameKey(document.title)),
  }));
  return DOCUMENT_LEVELS.map((level) => ({
    level,
    documents: entries.filter((entry) => entry.document.level === level).sort((a, b) => firstAt(a) - firstAt(b)),
  })).filter((group) => group.documents.length > 0);
}
