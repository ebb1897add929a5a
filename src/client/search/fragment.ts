/**
 * The parts of Pagefind's per-page data (a result's `data()`) the ranking
 * uses, and the page cut into passages at its anchors: every element with an
 * id inside the indexed region starts one (headings, paragraphs s2-1-p3,
 * 专栏 zl4 and zl4-2, table rows indicator-5, phases), so a hit can open the
 * exact paragraph it is in.
 */
import { normalizeTokens } from '../../shared/normalize.ts';

export interface PagefindAnchor {
  element: string;
  id: string;
  /** The element's own text. */
  text?: string;
  location: number;
}

export interface PagefindFragment {
  url: string;
  /** Words separated by U+200B; `location`s index into them. */
  raw_content?: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
}

export interface Passage {
  /** The id that opens the passage (null for text before the first anchor). */
  id: string | null;
  element: string | null;
  /** The anchor's own text where it has one (a heading's or a table row's). */
  anchorText: string;
  /** Token range [start, end) in the page's words. */
  start: number;
  end: number;
  /** Normal form of the passage and, per character, its token and its character in the token. */
  text: string;
  tokenOf: number[];
  charOf: number[];
}

export interface PageText {
  url: string;
  tokens: string[];
  passages: Passage[];
}

/** Pagefind marks the end of a block it joined without punctuation with a lone ". ". */
export function isBlockBreak(token: string): boolean {
  return /^\.\s*$/.test(token);
}

/** The plan's citable anchors (docs/architecture.md) win over other ids at the same place. */
const CITABLE = /^(top|s\d+(-\d+)*(-p\d+)?|p\d+|zl\d+(-\d+)?|fig\d+|table-\d+|indicator-\d+|method-\d+|phase-\d+|term-\d+)$/;

export function isCitable(id: string): boolean {
  return CITABLE.test(id);
}

function unescapeHtml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

export function pageText(fragment: PagefindFragment): PageText {
  const raw = fragment.raw_content ?? fragment.content;
  const tokens = raw.split('\u200B').map(unescapeHtml);
  // One anchor per location: the citable one if there is one.
  const byLocation = new Map<number, PagefindAnchor>();
  for (const anchor of [...fragment.anchors].sort((a, b) => a.location - b.location)) {
    const held = byLocation.get(anchor.location);
    if (!held || (!isCitable(held.id) && isCitable(anchor.id))) byLocation.set(anchor.location, anchor);
  }
  const starts = [...byLocation.values()].filter((a) => a.location < tokens.length);
  const passages: Passage[] = [];
  const cut = (anchor: PagefindAnchor | null, start: number, end: number) => {
    if (end <= start) return;
    const { text, tokenOf, charOf } = normalizeTokens(tokens, start, end);
    passages.push({
      id: anchor?.id ?? null,
      element: anchor?.element ?? null,
      anchorText: anchor?.text?.trim() ?? '',
      start,
      end,
      text,
      tokenOf,
      charOf,
    });
  };
  cut(null, 0, starts[0]?.location ?? tokens.length);
  starts.forEach((anchor, i) => cut(anchor, anchor.location, starts[i + 1]?.location ?? tokens.length));
  return { url: fragment.url, tokens, passages };
}
