/**
 * The terms under which the edition may be reused (LICENSE at the root):
 * the plan's text is an official document outside copyright; what the
 * editors add and the open data are CC BY 4.0; the code is MIT. Shown on
 * /about/, /data/ and in every footer.
 */
import { SITE } from '../site.config.ts';

export const EDITORIAL_LICENCE = {
  name: '知识共享署名 4.0 国际许可协议',
  short: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans',
} as const;

export const CODE_LICENCE = {
  name: 'MIT 许可证',
  url: `${SITE.repository}/blob/${SITE.branch}/LICENSE`,
} as const;

/** Where readers report an error: the repository's issues. */
export const ISSUES_URL = `${SITE.repository}/issues`;
