/**
 * The edition's remark plugins, in the order they run, with the data they
 * need from the edition: one list for Astro's Markdown processor
 * (src/integrations/edition.ts) and for the content check, which runs the
 * same plugins on every file before a build (src/plugins/replay.ts), so
 * that whatever passes the check builds.
 */
import rehypeExternalLinks from 'rehype-external-links';
import type { PluggableList } from 'unified';
import type { Edition } from '../edition/index.ts';
import { errataOf } from '../lib/errata.ts';
import { crosslinksOf } from '../lib/crosslinks/sources.ts';
import type { LinkEvent } from '../lib/crosslinks/link.ts';
import { rehypeContentSafety } from './rehype-content-safety.ts';
import { remarkCrosslinks } from './remark-crosslinks.ts';
import { remarkErrata } from './remark-errata.ts';
import { remarkPlanAnchors } from './remark-plan-anchors.ts';

export interface EditionPluginOptions {
  /** Link glossary terms and project names (off for the build that proves the words unchanged). */
  crosslinks: boolean;
  /** Told what the cross-linking did in each file (the check's replay). */
  onLinked?: (file: string, events: readonly LinkEvent[]) => void;
}

/** `edition` is a function: the dev server hands the plugins the edition as last edited. */
export function editionRemarkPlugins(edition: () => Edition, options: EditionPluginOptions): PluggableList {
  return [
    // First: it needs each corrected passage still in one piece of text.
    [remarkErrata, { errata: () => errataOf(edition()) }],
    remarkPlanAnchors,
    ...(options.crosslinks ? [[remarkCrosslinks, { data: () => crosslinksOf(edition()), onLinked: options.onLinked }] as const] : []),
  ] as PluggableList;
}

/**
 * The rehype plugins, after the remark plugins have made the body HTML: the
 * body sanitized (defence in depth behind the content check), then each
 * link that leaves the site marked as such, for sighted and screen-reader
 * readers alike, and kept from the page that opened it (rel).
 */
export const editionRehypePlugins: PluggableList = [
  rehypeContentSafety,
  [
    rehypeExternalLinks,
    {
      rel: ['noopener', 'noreferrer'],
      content: { type: 'text', value: '外部链接' },
      contentProperties: { className: ['external-link'], dataPagefindIgnore: '' },
    },
  ],
];
