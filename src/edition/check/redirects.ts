/**
 * URLs never break. Every URL in urls.json was published once; a chapter,
 * project or term whose file is renamed or deleted must leave a redirect in
 * content/redirects.yaml, and each redirect must lead somewhere real. (The
 * built site is checked against urls.json by test/site/urls.test.ts.)
 */
import { REDIRECTS_PATH, type Edition } from '../index.ts';
import { redirectSchema, redirectsFileSchema, type Redirect } from '../../schemas.ts';
import { contentFileFor, contentPath, reservedTopLevelNames } from '../routes.ts';
import { MANIFEST_PATH, readManifest } from '../urls.ts';
import type { Problem } from './problems.ts';
import { syntaxProblems, zodProblems } from './schema.ts';

export function checkRedirects(edition: Edition): Problem[] {
  const file = edition.redirects;
  if (file.parseErrors.length > 0) return syntaxProblems(file);
  const data = file.data ?? {};
  const problems: Problem[] = [];
  const list = (data as { redirects?: unknown }).redirects;
  if (typeof data !== 'object' || Array.isArray(data) || (list !== undefined && list !== null && !Array.isArray(list))) {
    return [
      ...problems,
      { path: file.path, line: 1, field: 'redirects', message: '文件须以 redirects: 开头，其下是跳转条目的列表，每条以“- ”开头 (redirects must be a list)' },
    ];
  }

  const whole = redirectsFileSchema.safeParse(data);
  if (!whole.success) problems.push(...zodProblems({ ...file, data }, redirectsFileSchema, whole.error.issues));
  const redirects: (Redirect & { index: number })[] = ((list ?? []) as unknown[]).flatMap((raw, index) => {
    const result = redirectSchema.safeParse(raw);
    return result.success ? [{ ...result.data, index }] : [];
  });

  const reserved = reservedTopLevelNames(edition.root);
  const pages = new Set<string>(edition.files.map(contentPath).filter((url) => url !== undefined));
  const manifest = readManifest(edition.root);
  const isFixedPage = (url: string) => manifest.includes(url) && contentFileFor(url, reserved) === undefined;
  const from = new Map<string, number>();

  for (const redirect of redirects) {
    const at = (key: string) => ({ path: file.path, line: file.lineOf(['redirects', redirect.index, key]), field: `redirects.${redirect.index}.${key}` });
    if (from.has(redirect.from)) {
      problems.push({
        ...at('from'),
        message: `原网址 ${redirect.from} 已在第 ${from.get(redirect.from)! + 1} 条登记过，请删去重复的一条 (duplicate redirect)`,
      });
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
        path: file.path,
        line: file.lineOf(['redirects', redirect.index, 'to']),
        field: `redirects.${redirect.index}.to`,
        message: `新网址 ${target} 本身也是一个跳转；请直接写最终的网址 (redirect to a redirect)`,
      });
    } else if (!pages.has(target) && !isFixedPage(target)) {
      problems.push({
        path: file.path,
        line: file.lineOf(['redirects', redirect.index, 'to']),
        field: `redirects.${redirect.index}.to`,
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
