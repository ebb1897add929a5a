/** Parsed pages of the build, queried with CSS selectors (hast). */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readPage } from './dist.ts';

export type { Element, Root };
export { select, selectAll };

export function parsePage(urlPath: string): Root {
  return fromHtml(readPage(urlPath));
}

export function text(node: Root | Element | undefined): string {
  return node ? toText(node, { whitespace: 'normal' }).trim() : '';
}
