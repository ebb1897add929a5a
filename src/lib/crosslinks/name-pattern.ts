/**
 * A name as the cross-links find it in running text: a pattern that matches
 * every typesetting variant of the name's key (src/shared/normalize.ts
 * `nameKey`), and which of the quotes around a match belong inside the link.
 */
import { isQuote, QUOTES } from '../../shared/normalize.ts';

const OPENING = new Set('“‘「『');
const CLOSING = new Set('”’」』');

/** A quote that opens (“‘「『); the others close, or may (the straight " and ＂). */
export function opensQuote(char: string): boolean {
  return OPENING.has(char);
}

const isAsciiWordChar = (char: string) => /^[0-9a-z]$/.test(char);
const ESCAPE = /[.*+?^${}()|[\]\\/-]/g;

/** Every character that folds to `keyChar`, as a regex fragment. */
function charPattern(keyChar: string): string {
  const variants = new Set([keyChar]);
  if (keyChar >= 'a' && keyChar <= 'z') variants.add(keyChar.toUpperCase());
  const code = keyChar.codePointAt(0)!;
  if (code >= 0x21 && code <= 0x7e) {
    for (const v of [...variants]) variants.add(String.fromCodePoint(v.codePointAt(0)! + 0xfee0));
  }
  if (keyChar === ' ') variants.add('\u3000');
  const escaped = [...variants].map((v) => v.replace(ESCAPE, '\\$&'));
  return escaped.length === 1 ? escaped[0]! : `[${escaped.join('')}]`;
}

const QUOTE_CLASS = `[${QUOTES}]`;
/** Letters and digits in either width: a Latin name must not start or end inside a Latin word (5G ≠ 15G). */
const WORD_CLASS = '[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]';

/**
 * A regex source matching `key` in any of its typeset variants: one optional
 * quote between any two characters, and one optional quote on either side (so
 * that the caller can decide whether the quote belongs inside the link).
 */
export function keyPattern(key: string, { edgeQuotes = true }: { edgeQuotes?: boolean } = {}): string {
  const chars = [...key];
  if (chars.length === 0) throw new Error('keyPattern: empty key');
  const body = chars.map(charPattern).join(`${QUOTE_CLASS}?`);
  const before = isAsciiWordChar(chars[0]!) ? `(?<!${WORD_CLASS})` : '';
  const after = isAsciiWordChar(chars.at(-1)!) ? `(?!${WORD_CLASS})` : '';
  const quote = edgeQuotes ? `${QUOTE_CLASS}?` : '';
  return `${quote}${before}${body}${after}${quote}`;
}

/**
 * Splits a raw match into the quotes that stay outside the link and the part
 * that is linked: a quote at either edge stays outside unless the inner text
 * needs it to be balanced (“三网”融合 keeps its opening quote, “四免” does not).
 */
export function trimQuotes(raw: string): { lead: string; core: string; trail: string } {
  const chars = [...raw];
  let start = 0;
  let end = chars.length;
  while (start < end && isQuote(chars[start]!)) start += 1;
  while (end > start && isQuote(chars[end - 1]!)) end -= 1;
  const inner = chars.slice(start, end);
  let depth = 0;
  let unopened = false;
  for (const char of inner) {
    if (OPENING.has(char)) depth += 1;
    else if (CLOSING.has(char)) {
      if (depth === 0) unopened = true;
      else depth -= 1;
    }
  }
  if (unopened && start > 0 && OPENING.has(chars[start - 1]!)) start -= 1;
  if (depth > 0 && end < chars.length && CLOSING.has(chars[end]!)) end += 1;
  return { lead: chars.slice(0, start).join(''), core: chars.slice(start, end).join(''), trail: chars.slice(end).join('') };
}
