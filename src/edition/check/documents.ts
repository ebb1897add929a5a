/**
 * content/documents.yaml, the documents the plan cites: each entry well
 * formed, no id or title listed twice, and the list and the plan's words
 * held to each other: a title the plan cites in 《》 that the list lacks, or a
 * title listed that the plan does not cite, is a problem naming it.
 */
import type { Edition } from '../index.ts';
import { DOCUMENTS_PATH } from '../index.ts';
import { citedDocumentsOf, mentionsOf } from '../../lib/cited-documents.ts';
import { documentsFileSchema } from '../../schemas.ts';
import { nameKey } from '../../shared/normalize.ts';
import type { Problem } from './problems.ts';
import { validateData } from './schema.ts';

/** The file's form: YAML syntax, fields, and nothing listed twice. */
export function checkDocumentsFile(edition: Edition): Problem[] {
  const file = edition.documents;
  if (!file.exists) return [];
  const problems = validateData(file, documentsFileSchema);
  if (problems.length > 0) return problems;
  const seen = { id: new Map<string, number>(), title: new Map<string, number>() };
  citedDocumentsOf(edition).forEach((document, index) => {
    for (const key of ['id', 'title'] as const) {
      const value = key === 'title' ? nameKey(document.title) : document.id;
      const first = seen[key].get(value);
      if (first === undefined) seen[key].set(value, index);
      else {
        problems.push({
          path: file.path,
          line: file.lineOf(['documents', index, key]),
          field: `documents.${index}.${key}`,
          message: `${key === 'id' ? `标识 ${document.id}` : `《${document.title}》`}已在第 ${first + 1} 条登记过，请删去重复的一条 (duplicate document)`,
        });
      }
    }
  });
  return problems;
}

/** The list against the plan's words: needs the plan's structure, so only over content that is otherwise sound. */
export function checkDocumentMentions(edition: Edition): Problem[] {
  const file = edition.documents;
  const listed = citedDocumentsOf(edition);
  const mentions = mentionsOf(edition);
  const problems: Problem[] = [];
  const listedKeys = new Set(listed.map((document) => nameKey(document.title)));
  const reported = new Set<string>();
  for (const mention of mentions) {
    const key = nameKey(mention.title);
    if (listedKeys.has(key) || reported.has(key)) continue;
    reported.add(key);
    problems.push({
      path: DOCUMENTS_PATH,
      line: file.exists ? file.lineOf(['documents']) : undefined,
      field: 'documents',
      message: `规划原文引用了《${mention.title}》（${mention.citation}，${mention.file}），引用文件表中却没有；请为它添加一条，写明 id、title 和 level (cited document not listed)`,
    });
  }
  const cited = new Set(mentions.map((mention) => nameKey(mention.title)));
  listed.forEach((document, index) => {
    if (cited.has(nameKey(document.title))) return;
    problems.push({
      path: file.path,
      line: file.lineOf(['documents', index, 'title']),
      field: `documents.${index}.title`,
      message: `《${document.title}》在规划原文中找不到；请照原文抄录书名号中的文字（不含书名号），或删去这一条 (document not cited in the plan)`,
    });
  });
  return problems;
}
