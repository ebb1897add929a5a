/**
 * Typesetting variants that must not stop a name from being found: quotes
 * inside or around it (“三网”融合 ↔ 三网融合), Latin case (IPV6 ↔ IPv6),
 * fullwidth and halfwidth forms (互联网＋ ↔ 互联网+). A name's *key* is its
 * text with all of these folded away; two spellings are the same name when
 * their keys are equal.
 */

/** Quote marks the plan (and editors) put inside or around names. */
export const QUOTES = '“”‘’"＂「」『』';
const QUOTE_SET = new Set(QUOTES);

const OPENING = new Set('“‘「『');
const CLOSING = new Set('”’」』');

export function isQuote(char: string): boolean {
  return QUOTE_SET.has(char);
}

/** Fullwidth ASCII (！…～) → ASCII, ideographic space → space, A–Z → a–z. */
export function foldChar(char: string): string {
  const code = char.codePointAt(0)!;
  let folded = char;
  if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCodePoint(code - 0xfee0);
  else if (code === 0x3000) folded = ' ';
  return folded >= 'A' && folded <= 'Z' ? folded.toLowerCase() : folded;
}

/** The comparison key of a name: quotes dropped, width and Latin case folded. */
export function nameKey(text: string): string {
  let key = '';
  for (const char of text) if (!isQuote(char)) key += foldChar(char);
  return key;
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
