/**
 * A passage's snippet for a result: a window of the passage's words around
 * where the query's terms are densest, the matched words in <mark>, escaped
 * for innerHTML. The window counts characters, not words, because Chinese
 * words are one to four characters long.
 */
import { isBlockBreak, type PageText } from './fragment.ts';
import type { PassageScore } from './rank.ts';
import { escapeText } from '../../shared/html.ts';

/** The characters of the passage that a matched term covers: per token index, the character indices in it. */
export function markedChars(scored: PassageScore): Map<number, Set<number>> {
  const marked = new Map<number, Set<number>>();
  const { tokenOf, charOf } = scored.passage;
  for (const hit of scored.hits) {
    for (const [start, end] of hit.spans) {
      for (let i = start; i < end; i += 1) {
        const token = tokenOf[i]!;
        let chars = marked.get(token);
        if (!chars) marked.set(token, (chars = new Set()));
        chars.add(charOf[i]!);
      }
    }
  }
  return marked;
}

function tokenText(token: string): string {
  return isBlockBreak(token) ? ' ' : token;
}

export interface Excerpt {
  html: string;
  text: string;
}

export function buildExcerpt(page: PageText, scored: PassageScore, maxChars = 90): Excerpt {
  const { start, end } = scored.passage;
  const markedIn = markedChars(scored);
  const marked = new Set(markedIn.keys());
  const lengths: number[] = [];
  for (let i = start; i < end; i += 1) lengths.push([...tokenText(page.tokens[i] ?? '')].length);

  // The window of at most maxChars characters holding the most marked characters.
  let from = start;
  let best = { from: start, to: start, weight: -1 };
  let size = 0;
  let weight = 0;
  for (let to = start; to < end; to += 1) {
    size += lengths[to - start]!;
    if (marked.has(to)) weight += lengths[to - start]!;
    while (size > maxChars && from < to) {
      size -= lengths[from - start]!;
      if (marked.has(from)) weight -= lengths[from - start]!;
      from += 1;
    }
    if (weight > best.weight) best = { from, to: to + 1, weight };
  }
  // Grow the window to maxChars: a little context before the hits, the rest after them.
  let chars = 0;
  for (let i = best.from; i < best.to; i += 1) chars += lengths[i - start]!;
  let lead = 0;
  const back = () => {
    best.from -= 1;
    const n = lengths[best.from - start]!;
    chars += n;
    lead += n;
  };
  while (lead < maxChars / 4 && chars < maxChars && best.from > start) back();
  while (chars < maxChars && best.to < end) chars += lengths[best.to++ - start]!;
  while (chars < maxChars && best.from > start) back();

  let html = best.from > start ? '…' : '';
  let text = html;
  let open = false;
  // Marks cover the matched characters, not the whole word Pagefind cut: 信息安全 in 与信息安全.
  for (let i = best.from; i < best.to; i += 1) {
    const piece = tokenText(page.tokens[i] ?? '');
    const inToken = markedIn.get(i);
    [...piece].forEach((c, j) => {
      const isMarked = inToken !== undefined && inToken.has(j) && c.trim() !== '';
      if (isMarked && !open) html += '<mark>';
      if (!isMarked && open) html += '</mark>';
      open = isMarked;
      html += escapeText(c);
    });
    text += piece;
  }
  if (open) html += '</mark>';
  if (best.to < end) {
    html += '…';
    text += '…';
  }
  return { html: html.replace(/\s+/g, ' ').trim(), text: text.replace(/\s+/g, ' ').trim() };
}
