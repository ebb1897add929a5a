/**
 * Marks each recorded correction where the corrected words stand:
 *
 *   <ins class="correction" id="erratum-3" data-editorial>黑</ins><a class="correction-mark"
 *     href="/errata/#erratum-3" aria-label="更正 3：原文作“黒”" data-pagefind-ignore></a>
 *
 * The link carries no text (its label comes from CSS), so the page's words
 * and the search index stay exactly the edition's words. A correction that
 * cannot be found stops the build: an unmarked correction would pass off the
 * edition's words as the plan's.
 */
import type { Link, Nodes, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import type { Erratum } from '../schemas.ts';
import { mdxFileOf } from '../edition/index.ts';
import { correctionsIn, erratumAnchor } from '../lib/errata.ts';
import { sitePath } from '../lib/site-path.ts';

interface Found {
  parent: Parent;
  index: number;
  node: Text;
}

function findText(tree: Root, text: string): Found[] {
  const found: Found[] = [];
  const walk = (parent: Parent) => {
    parent.children.forEach((child, index) => {
      const node = child as Nodes;
      if (node.type === 'text' && node.value.includes(text)) found.push({ parent, index, node });
      else if ('children' in node && !(node.type === 'mdxJsxFlowElement' && node.name === 'EditorialNote')) walk(node as Parent);
    });
  };
  walk(tree);
  return found;
}

function mark(erratum: Erratum): [Nodes, Link] {
  const ins = {
    type: 'correction',
    children: [{ type: 'text', value: erratum.corrected }],
    data: { hName: 'ins', hProperties: { className: ['correction'], id: erratumAnchor(erratum.id), dataEditorial: '' } },
  } as unknown as Nodes;
  const link: Link = {
    type: 'link',
    url: sitePath(`/errata/#${erratumAnchor(erratum.id)}`),
    children: [],
    data: {
      hProperties: {
        className: ['correction-mark'],
        ariaLabel: `更正 ${erratum.id}：原文作“${erratum.original}”`,
        dataPagefindIgnore: '',
      },
    },
  };
  return [ins, link];
}

export interface ErrataOptions {
  /** The recorded corrections (src/lib/errata.ts); a function, so that the dev server marks edited ones. */
  errata: () => readonly Erratum[];
}

export function remarkErrata(options: ErrataOptions) {
  return (tree: Root, file: VFile): void => {
    const content = mdxFileOf(file.path ?? '');
    if (!content) return;
    for (const erratum of correctionsIn(options.errata(), content.path)) {
      const found = findText(tree, erratum.corrected);
      if (found.length !== 1) {
        throw new Error(
          `content/errata.yaml 第 ${erratum.id} 号更正：在 ${erratum.file} 中${found.length === 0 ? '找不到' : `找到 ${found.length} 处`}“${erratum.corrected}”，无法标出更正；请运行 npm run check (correction not found in one piece)`,
        );
      }
      const { parent, index, node } = found[0]!;
      const at = node.value.indexOf(erratum.corrected);
      const before: Text = { type: 'text', value: node.value.slice(0, at) };
      const after: Text = { type: 'text', value: node.value.slice(at + erratum.corrected.length) };
      const pieces = [before, ...mark(erratum), after].filter((n) => n.type !== 'text' || (n as Text).value !== '');
      parent.children.splice(index, 1, ...(pieces as typeof parent.children));
    }
  };
}
