/**
 * Published URLs that moved (content/redirects.yaml). The build emits a page
 * at each old URL that sends the reader on; the content check has validated
 * the file before a build starts.
 */
import { derived, type Edition } from '../edition/index.ts';
import { redirectsFileSchema, type Redirect } from '../schemas.ts';

export const redirectsOf = derived('redirects', (edition: Edition): Redirect[] => {
  const result = redirectsFileSchema.safeParse(edition.redirects.data ?? {});
  return result.success ? result.data.redirects : [];
});
