/**
 * Pagefind page data made by hand for unit tests: blocks of words (written
 * with spaces where Pagefind's segmentation would cut) become the U+200B
 * separated content and anchors Pagefind returns from `data()`. As on the
 * built pages, a heading's anchor holds its text and a paragraph's anchor is
 * its number, which holds none (remark-plan-anchors.ts).
 */
import type { PagefindFragment } from '../../../../src/client/search/fragment.ts';

export interface Block {
  id?: string;
  element?: string;
  words: string;
}

export function fragment(url: string, title: string, blocks: Block[], meta: Record<string, string> = {}): PagefindFragment {
  const tokens: string[] = [];
  const anchors: PagefindFragment['anchors'] = [];
  for (const block of blocks) {
    if (block.id) {
      const element = block.element ?? 'a';
      anchors.push({ element, id: block.id, text: /^h\d$/.test(element) ? block.words.replace(/ /g, '') : '', location: tokens.length });
    }
    tokens.push(...block.words.split(' '), '. ');
  }
  const raw = tokens.join('\u200B');
  return { url, raw_content: raw, content: raw.replace(/\u200B/g, ''), meta: { title, ...meta }, filters: {}, anchors };
}
