/**
 * The PDF extraction turned every curly quote into the fullwidth mark ＂
 * (U+FF02). Within one paragraph or cell they alternate open/close, so an
 * odd count means the paragraph was cut in the wrong place.
 */
const STRAIGHT = '\uFF02';

export class UnpairedQuoteError extends Error {}

export function pairQuotes(text: string, where: string): string {
  let open = true;
  let out = '';
  for (const char of text) {
    if (char === STRAIGHT) {
      out += open ? '“' : '”';
      open = !open;
    } else {
      out += char;
    }
  }
  if (!open) {
    throw new UnpairedQuoteError(`${where}: odd number of ＂ in “${text.slice(0, 40)}…”`);
  }
  return out;
}
