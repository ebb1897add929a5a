/**
 * Gives every heading and top-level paragraph of a chapter its citable anchor
 * (src/lib/plan-structure.ts) and a link to it:
 *
 *   <h3 id="s2-1" data-cite="第四章第二节一">…<a class="heading-link" href="/chapter-4/#s2-1" aria-label="…"></a></h3>
 *   <p data-cite="第四章第二节一第3段"><a class="para-num" id="s2-1-p3" href="/chapter-4/#s2-1-p3" data-n="3" aria-label="第3段"></a>…</p>
 *
 * The links carry no text (their glyph and number come from CSS), so the
 * plan's text, its heading texts and the search index stay exactly the
 * plan's words. Links hold the chapter's path, so they also work on the 全文
 * page, where the chapters are rendered together. A paragraph's id is on its
 * number, which holds no text: Pagefind keeps the text of every element with
 * an id, and on the paragraph itself every paragraph would be stored twice in
 * the search index's page data (docs/architecture.md).
 *
 * Only files in content/chapters/ are touched; the chapter's label comes from
 * its frontmatter.
 */
import type { Link, Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { mdxFileOf } from '../edition/index.ts';
import { planPlaces } from '../lib/plan-structure.ts';
import { sitePath } from '../lib/site-path.ts';
import { chapterPath } from '../edition/routes.ts';

/** mdast-util-to-hast reads these from `data` (its type augmentation is not a dependency here). */
interface HastData {
  hProperties?: Record<string, unknown>;
}

interface AstroData {
  astro?: { frontmatter?: Record<string, unknown> };
}

function anchorLink(href: string, className: string, label: string, extra: Record<string, string> = {}): Link {
  return {
    type: 'link',
    url: href,
    children: [],
    data: { hProperties: { className: [className], ariaLabel: label, ...extra } } as Link['data'],
  };
}

export function remarkPlanAnchors() {
  return (tree: Root, file: VFile): void => {
    const content = mdxFileOf(file.path ?? '');
    if (content?.folder !== 'chapters') return;
    const chapterId = content.id;
    const label = (file.data as AstroData).astro?.frontmatter?.['label'];
    if (typeof label !== 'string' || label.trim() === '') {
      throw new Error(`${file.path}: 缺少章标号 label，无法生成段落引用 (frontmatter label is required for anchors)`);
    }

    for (const place of planPlaces(tree, label, file.path)) {
      if (place.kind === 'component') continue;
      const href = sitePath(chapterPath(chapterId, place.anchor));
      const { node } = place;
      const data = (node.data ?? {}) as HastData;
      if (place.kind === 'heading') {
        node.data = { ...data, hProperties: { ...data.hProperties, id: place.anchor, dataCite: place.citation } } as typeof node.data;
        node.children.push(anchorLink(href, 'heading-link', `本节链接：${place.citation}`));
      } else {
        node.data = { ...data, hProperties: { ...data.hProperties, dataCite: place.citation } } as typeof node.data;
        node.children.unshift(anchorLink(href, 'para-num', `第${place.number}段`, { dataN: String(place.number), id: place.anchor }));
      }
    }
  };
}
