/**
 * Site-wide settings an operator may need to change, in one place. The
 * deploy workflow (.github/workflows/deploy.yml) sets them from the
 * repository; an empty variable counts as unset.
 */
export const SITE = {
  /** Canonical origin of the published edition (used for canonical URLs, sitemap, Open Graph). */
  url: process.env.SITE_URL || 'https://shantou-digital-plan.github.io',
  /**
   * The path the site is served under on that origin: `/` at a domain's root,
   * `/edition/` for a GitHub Pages project site. Every link goes through
   * sitePath() (src/lib/site-path.ts).
   */
  base: basePath(process.env.BASE_PATH),
  /** Repository whose content/ files the 编辑此页 links point to. */
  repository: process.env.REPOSITORY_URL || 'https://github.com/shantou-digital-plan/edition',
  branch: process.env.REPOSITORY_BRANCH || 'main',
  name: '汕头市数字政府改革建设“十四五”规划 · 在线版',
  shortName: '汕头数字政府规划',
  lang: 'zh-CN',
} as const;

/** `edition`, `/edition` and `/edition/` all mean `/edition/`; nothing means the root. */
function basePath(value: string | undefined): string {
  const segments = (value ?? '').split('/').filter(Boolean);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
