/**
 * Published URLs that moved (content/redirects.yaml). The build emits a page
 * at each old URL that sends the reader on; `npm run check` has validated the
 * file, and a broken one still stops the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { redirectsFileSchema, type Redirect } from '../schemas.ts';
import { contentDir } from './errata.ts';

export function readRedirects(dir: string = contentDir()): Redirect[] {
  const file = resolve(dir, 'redirects.yaml');
  if (!existsSync(file)) return [];
  const result = redirectsFileSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!result.success) {
    throw new Error(`content/redirects.yaml 有误，请先运行 npm run check 查看详情 (invalid redirects file): ${result.error.message}`);
  }
  return result.data.redirects;
}

/** Sends the reader on, keeping the #fragment they came with when the target names none. */
export const REDIRECT_SCRIPT =
  "var a=document.querySelector('a[data-redirect]');if(a){var u=new URL(a.href);if(location.hash&&!u.hash)u.hash=location.hash;location.replace(u.href)}";
