/**
 * Published URLs that moved (content/redirects.yaml). The build emits a page
 * at each old URL that sends the reader on; the content check has validated
 * the file before a build starts.
 */
import { derived, type Edition } from './edition/index.ts';
import { redirectsFileSchema, type Redirect } from '../schemas.ts';

export const redirectsOf = derived('redirects', (edition: Edition): Redirect[] => {
  const result = redirectsFileSchema.safeParse(edition.redirects.data ?? {});
  return result.success ? result.data.redirects : [];
});

/** Sends the reader on, keeping the #fragment they came with when the target names none. */
export const REDIRECT_SCRIPT =
  "var a=document.querySelector('a[data-redirect]');if(a){var u=new URL(a.href);if(location.hash&&!u.hash)u.hash=location.hash;location.replace(u.href)}";
