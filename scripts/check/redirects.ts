/**
 * URLs never break. Every URL in urls.json was published once; a chapter,
 * project or term whose file is renamed or deleted must leave a redirect in
 * content/redirects.yaml, and each redirect must lead somewhere real. (The
 * built site is checked against urls.json by test/site/urls.test.ts.)
 */
import { redirectSchema, redirectsFileSchema, type Redirect } from '../../src/schemas.ts';
import { readDataFile, type ContentFile } from '../lib/content-files.ts';
import { contentFileFor, contentUrl, MANIFEST_PATH, readManifest } from '../lib/urls.ts';
import type { Problem } from './problems.ts';
import { syntaxProblems, unknownFieldProblems, zodProblems } from './schema.ts';
import { reservedTopLevelNames } from './slugs.ts';

export const REDIRECTS_PATH = 'content/redirects.yaml';

export function checkRedirects(root: string, files: readonly ContentFile[]): Problem[] {
  const file = readDataFile(root, REDIRECTS_PATH);
  if (file.parseErrors.length > 0) return syntaxProblems(file);
  const data = file.data ?? {};
  const problems: Problem[] = unknownFieldProblems({ ...file, data }, redirectsFileSchema);
  const list = (data as { redirects?: unknown }).redirects;
  if (typeof data !== 'object' || Array.isArray(data) || (list !== undefined && list !== null && !Array.isArray(list))) {
    return [...problems, { path: file.path, line: 1, field: 'redirects', message: '文件须以 redirects: 开头，其下是跳转条目的列表，每条以“- ”开头 (redirects must be a list)' }];
  }

  const redirects: (Redirect & { index: number })[] = [];
  ((list ?? []) as unknown[]).forEach((raw, index) => {
    const result = redirectSchema.safeParse(raw);
    if (result.success) redirects.push({ ...result.data, index });
    else problems.push(...zodProblems({ ...file, data }, result.error.issues, ['redirects', index]));
  });

  const reserved = reservedTopLevelNames();
  const pages = new Set(files.map(contentUrl).filter((url): url is string => url !== undefined));
  const manifest = readManifest(root);
  const isFixedPage = (url: string) => manifest.includes(url) && contentFileFor(url, reserved) === undefined;
  const from = new Map<string, number>();

  for (const redirect of redirects) {
    const at = (key: string) => ({ path: file.path, line: file.lineOf(['redirects', redirect.index, key]), field: `redirects.${redirect.index}.${key}` });
    if (from.has(redirect.from)) {
      problems.push({ ...at('from'), message: `原网址 ${redirect.from} 已在第 ${from.get(redirect.from)! + 1} 条登记过，请删去重复的一条 (duplicate redirect)` });
    }
    from.set(redirect.from, redirect.index);
    if (pages.has(redirect.from) || isFixedPage(redirect.from) || redirect.from === '/') {
      problems.push({ ...at('from'), message: `原网址 ${redirect.from} 现在仍是一个页面，不能同时是跳转；请删去这条跳转 (redirect from a live page)` });
    }
  }
  for (const redirect of redirects) {
    const target = redirect.to.replace(/#.*$/, '');
    if (from.has(target)) {
      problems.push({
        path: file.path, line: file.lineOf(['redirects', redirect.index, 'to']), field: `redirects.${redirect.index}.to`,
        message: `新网址 ${target} 本身也是一个跳转；请直接写最终的网址 (redirect to a redirect)`,
      });
    } else if (!pages.has(target) && !isFixedPage(target)) {
      problems.push({
        path: file.path, line: file.lineOf(['redirects', redirect.index, 'to']), field: `redirects.${redirect.index}.to`,
        message: `新网址 ${target} 不是本站的页面；请写现有页面的网址，如 /glossary/yi-wang-tong-ban/ (redirect to a page that does not exist)`,
      });
    }
  }

  for (const url of manifest) {
    const source = contentFileFor(url, reserved);
    if (source === undefined || pages.has(url) || from.has(url)) continue;
    problems.push({
      path: source,
      message: `网址 ${url} 已经发布（见 ${MANIFEST_PATH}），但 ${source} 已不存在（被删除或改名）。已发布的网址不能失效：请在 ${REDIRECTS_PATH} 登记跳转，from: ${url}，to: 新的网址 (published URL removed without a redirect)`,
    });
  }
  return problems;
}
