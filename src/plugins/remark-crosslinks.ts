/**
 * remark plugin: links glossary terms and 专栏 project names where the plan's
 * text names them (src/lib/crosslinks/link.ts does the linking), with the
 * lexicon of the edition being built (src/lib/crosslinks/sources.ts). The
 * content check has vetted that lexicon (shared aliases, exclusions, names
 * crossing in the text) before any page is compiled.
 *
 * The previews' stylesheet comes with every rendered body
 * (src/components/content/ContentBody.astro).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { LINK_SCOPE, LINK_SCOPES, linkTree, targetOf, type LinkEvent, type LinkScope } from '../lib/crosslinks/link.ts';
import type { CrosslinkData } from '../lib/crosslinks/sources.ts';

export interface CrosslinksOptions {
  /** The lexicon and corpus to link with; a function, so that the dev server links with edited content. */
  data: () => CrosslinkData;
  /** Which occurrence is linked (default LINK_SCOPE: the first in each 节; the build report assumes the default). */
  scope?: LinkScope;
  /** Told what happened to every name found in a file (the content check's replay, src/plugins/replay.ts). */
  onLinked?: ((file: string, events: readonly LinkEvent[]) => void) | undefined;
}

export function remarkCrosslinks(options: CrosslinksOptions) {
  const scope = options.scope ?? LINK_SCOPE;
  if (!LINK_SCOPES.includes(scope)) {
    throw new Error(`remarkCrosslinks: scope “${scope}” 无效，应为 ${LINK_SCOPES.join('、')} 之一 (invalid scope)`);
  }
  return (tree: Root, file: VFile): void => {
    const target = targetOf(file.path ?? '');
    if (!target) return;
    const { corpus, lexicon } = options.data();
    const events = linkTree(tree, target, lexicon, corpus, { scope });
    options.onLinked?.(target.file, events);
  };
}
