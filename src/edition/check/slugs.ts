/**
 * File names become URLs (/glossary/<file name>/), so they must be URL-safe,
 * must not differ only in letter case (they collide on Windows and macOS
 * disks and in readers' memory), and a chapter must not take the name of a
 * fixed page such as /glossary/.
 */
import type { ContentFile, Edition } from '../index.ts';
import type { Problem } from './problems.ts';
import { reservedTopLevelNames } from '../routes.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkSlugs(edition: Edition): Problem[] {
  const files: readonly ContentFile[] = edition.files;
  const problems: Problem[] = [];
  const seen = new Map<string, ContentFile>();
  for (const file of files) {
    if (!ID.test(file.id)) {
      problems.push({
        path: file.path,
        message: `文件名 “${file.id}” 会成为网址的一部分，只能用小写字母、数字和连字符，如 yi-wang-tong-ban (file name must be a lowercase ASCII slug)`,
      });
    }
    const key = `${file.collection}/${file.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        path: file.path,
        message: `文件名与 ${first.path} 只差大小写，两者会成为同一个网址；请改名或合并 (duplicate slug)`,
      });
    } else {
      seen.set(key, file);
    }
  }
  const reserved = reservedTopLevelNames(edition.root);
  for (const chapter of files.filter((f) => f.collection === 'chapters')) {
    if (reserved.has(chapter.id.toLowerCase())) {
      problems.push({
        path: chapter.path,
        message: `章的网址 /${chapter.id}/ 已被网站的固定页面占用，请换一个文件名 (chapter slug collides with a site page)`,
      });
    }
  }
  return problems;
}
