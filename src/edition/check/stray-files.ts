/**
 * Files the build would ignore: a glossary term saved as .md or a YAML file
 * saved as .yml is silently left out of the edition, so it is an error here.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_FOLDER, type Edition } from '../index.ts';
import { COLLECTION_FILES, type CollectionName } from '../../schemas.ts';
import type { Problem } from './problems.ts';

/** Everything else content/ may hold, with what it is for. */
const KNOWN_TOP_LEVEL = new Set([
  'source',
  'plan.yaml',
  'errata.yaml',
  'redirects.yaml',
  'changes.yaml',
  'documents.yaml',
  'synonyms.yaml',
  '.import-manifest.json',
]);

export function checkStrayFiles(edition: Edition): Problem[] {
  const { top, folders: listed } = edition.listing;
  if (top.length === 0) return [{ path: CONTENT_FOLDER, message: '找不到 content/ 文件夹 (content folder missing)' }];
  const content = join(edition.root, CONTENT_FOLDER);
  const problems: Problem[] = [];
  const folders = new Map<string, { name: CollectionName; dir: string; ext: string }>(
    Object.entries(COLLECTION_FILES).map(([name, spec]) => [spec.dir, { name: name as CollectionName, ...spec }]),
  );
  for (const entry of top) {
    const folder = folders.get(entry);
    if (folder) {
      for (const name of listed.get(entry) ?? []) {
        if (name.startsWith('.')) continue;
        if (!name.endsWith(`.${folder.ext}`) || statSync(join(content, entry, name)).isDirectory()) {
          problems.push({
            path: `content/${entry}/${name}`,
            message: `此文件不会被发布：content/${entry}/ 中的文件必须以 .${folder.ext} 结尾 (file ignored by the build: wrong extension)`,
          });
        }
      }
    } else if (!KNOWN_TOP_LEVEL.has(entry) && !entry.startsWith('.')) {
      problems.push({
        path: `content/${entry}`,
        message: `content/ 中不认识的文件或文件夹，不会被发布。可用的文件夹：${[...folders.keys()].join('、')} (unknown file in content/)`,
      });
    }
  }
  return problems;
}
