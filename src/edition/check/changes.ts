/**
 * content/changes.yaml, the change notes readers see: each entry well formed,
 * and each file it names there to show the note on (a file or folder of
 * content/ as it is now).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../index.ts';
import { changesFileSchema } from '../../schemas.ts';
import type { Problem } from './problems.ts';
import { validateData } from './schema.ts';

export function checkChanges(edition: Edition): Problem[] {
  const file = edition.changes;
  if (!file.exists) return [];
  const problems = validateData(file, changesFileSchema);
  if (problems.length > 0) return problems;
  const { changes } = changesFileSchema.parse(file.data ?? {});
  changes.forEach((change, index) =>
    change.files.forEach((path, i) => {
      if (existsSync(join(edition.root, path))) return;
      problems.push({
        path: file.path,
        line: file.lineOf(['changes', index, 'files', i]),
        field: `changes.${index}.files.${i}`,
        message: `${path} 不存在；请写本次改动的内容文件或文件夹（文件改过名的，写新的名字），如 content/chapters/chapter-4.mdx (no such file)`,
      });
    }),
  );
  return problems;
}
