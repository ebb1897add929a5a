/**
 * remark plugin: links glossary terms and 专栏 project names where the plan's
 * text names them (src/lib/crosslinks/link.ts does the linking). The lexicon
 * is read from the content folder (CONTENT_DIR, else content/) and checked
 * first: a shared alias, an exclusion that cannot apply, or names crossing
 * each other in the text stop the build with the files to fix.
 *
 * The previews' stylesheet reaches the pages through crosslinkStyles()
 * (remark-crosslinks-styles.ts).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { LexiconError } from '../lib/crosslinks/lexicon.ts';
import { LINK_SCOPE, LINK_SCOPES, linkTree, targetOf, type LinkScope } from '../lib/crosslinks/link.ts';
import { crossings } from '../lib/crosslinks/occurrences.ts';
import { defaultContentDir, loadCrosslinkData } from '../lib/crosslinks/sources.ts';
import { linkableText } from '../lib/crosslinks/text.ts';

export interface CrosslinksOptions {
  /** The content folder (default: CONTENT_DIR, else content/). */
  contentDir?: string;
  /** Which occurrence is linked (default LINK_SCOPE: the first in each 节; the build report assumes the default). */
  scope?: LinkScope;
}

export function remarkCrosslinks(options: CrosslinksOptions = {}) {
  const scope = options.scope ?? LINK_SCOPE;
  if (!LINK_SCOPES.includes(scope)) {
    throw new Error(`remarkCrosslinks: scope “${scope}” 无效，应为 ${LINK_SCOPES.join('、')} 之一 (invalid scope)`);
  }
  const contentDir = options.contentDir ?? defaultContentDir();
  return (tree: Root, file: VFile): void => {
    const target = targetOf(file.path ?? '', contentDir);
    if (!target) return;
    const { corpus, lexicon } = loadCrosslinkData(contentDir);

    // Names that cross each other in this file's text would be cut and mislinked.
    const crossed = linkableText(tree).flatMap(({ node }) =>
      crossings(lexicon, node.value).map(({ winner, cut }) => ({
        files: [target.file, winner.entity.file, cut.entity.file],
        message:
          `第 ${node.position?.start.line ?? '?'} 行：“${winner.core}”（${winner.entity.name}）与“${cut.core}”（${cut.entity.name}）交叉重叠，` +
          `后者会被切断、误链接；请在“${winner.entity.name}”的 exclude 中写明这段原文 (names cross in the text and would mislink)`,
      })),
    );
    if (crossed.length > 0) throw new LexiconError(crossed);

    linkTree(tree, target, lexicon, corpus, { scope });
  };
}

export default remarkCrosslinks;
