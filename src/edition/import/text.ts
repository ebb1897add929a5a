/** Typesetting repairs that never touch a word: joining lines and spacing. */

const LATIN = /[A-Za-z0-9]/;
const IDEOGRAPH_OR_LATIN = /[\p{Script=Han}A-Za-z0-9]/u;

/**
 * Rejoins printed lines. A line break stood for a space where Latin or digits
 * meet Latin, digits or ideographs (“城域网 IPv6”, “2021 年”), as the plan
 * sets them within a line; elsewhere it stood for nothing.
 */
export function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const before = out.at(-1) ?? '';
    const after = part[0] ?? '';
    const spaced = IDEOGRAPH_OR_LATIN.test(before) && IDEOGRAPH_OR_LATIN.test(after) && (LATIN.test(before) || LATIN.test(after));
    out += (spaced ? ' ' : '') + part;
  }
  return out;
}

const CJK_PUNCTUATION = '，。、；：？！…—（）《》〈〉「」『』【】“”‘’＂·';
const IDEOGRAPH = /\p{Script=Han}/u;

function isCjkPunctuation(char: string | undefined): boolean {
  return char !== undefined && CJK_PUNCTUATION.includes(char);
}

/**
 * Drops spaces the PDF put next to Chinese punctuation or between two
 * ideographs (justification and letter-spacing); keeps the spaces the plan
 * sets between Chinese and Latin or digits (“2021 年”, “IaaS 服务”).
 */
export function tidySpaces(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  let out = '';
  chars.forEach((char, index) => {
    if (char !== ' ') {
      out += char;
      return;
    }
    const before = out.at(-1);
    const after = chars[index + 1];
    const nextToPunctuation = isCjkPunctuation(before) || isCjkPunctuation(after);
    const betweenIdeographs = IDEOGRAPH.test(before ?? '') && IDEOGRAPH.test(after ?? '');
    if (!nextToPunctuation && !betweenIdeographs) out += ' ';
  });
  return out;
}
