/**
 * The normal forms of text, for matching and comparing it: one module, so
 * that what counts as “the same words” is decided once.
 *
 * - `normalize`: for matching queries against the plan's text (the search),
 *   so that 政务服务“好差评”, 政务服务好差评 and 政务服务 好差评 are the same
 *   string, and so are IPv6 / IPV6 / ＩＰｖ６. Quotes, brackets, enumeration
 *   commas and spaces carry no meaning for matching and are dropped; letters,
 *   digits and the few symbols that are part of names (互联网+, 100%, 96.41)
 *   are kept.
 * - `nameKey`: a name's identity (the cross-links, the glossary's order, the
 *   check's duplicate names): quotes inside or around it dropped (“三网”融合 ↔
 *   三网融合), width and Latin case folded (互联网＋ ↔ 互联网+, IPV6 ↔ IPv6);
 *   everything else kept, so that its characters map one to one onto the
 *   text a name is found in.
 * - `wordsOnly`: the plan's wording, for proving two texts say the same words
 *   (the fidelity tests): letters and digits, width folded, case kept.
 */

const KEPT = /[\p{L}\p{N}+%.]/u;

/** Characters already normalised: a page's text is mostly the same few thousand characters. */
const normalized = new Map<string, string>();

/** The normal form of one character, or '' when the character is dropped. */
export function normalizeChar(char: string): string {
  let out = normalized.get(char);
  if (out === undefined) {
    out = '';
    for (const c of char.normalize('NFKC').toLowerCase()) if (KEPT.test(c)) out += c;
    normalized.set(char, out);
  }
  return out;
}

/** The normal form of a whole string. */
export function normalize(text: string): string {
  let out = '';
  for (const c of text) out += normalizeChar(c);
  return out;
}

/** Han characters (the plan's text); runs of them are matched by character bigrams. */
export const HAN = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * A text's normal form with, for each kept character, the index of the token
 * it came from: matches found in the normal form map back to the tokens to
 * highlight.
 */
export interface NormalizedTokens {
  text: string;
  /** tokenOf[i] = index (into the tokens given) of the token holding text[i]. */
  tokenOf: number[];
  /** charOf[i] = index of the character (code point) in that token: a match inside a longer word (信息安全 in 与信息安全) marks only itself. */
  charOf: number[];
}

export function normalizeTokens(tokens: readonly string[], from = 0, to = tokens.length): NormalizedTokens {
  let text = '';
  const tokenOf: number[] = [];
  const charOf: number[] = [];
  for (let i = from; i < to; i += 1) {
    let at = 0;
    for (const c of tokens[i] ?? '') {
      const n = normalizeChar(c);
      for (const d of n) {
        text += d;
        tokenOf.push(i);
        charOf.push(at);
      }
      at += 1;
    }
  }
  return { text, tokenOf, charOf };
}

/**
 * The traditional → simplified table the browser gets, as one string of
 * pairs (網网雲云…), made at build time (traditional.ts) for the characters
 * the plan uses only: a few KB instead of a converter's dictionaries.
 */
export function variantTable(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/** A query as the plan would print it: 一網通辦 → 一网通办. One character for one, so positions stay. */
export function simplify(text: string, variants: ReadonlyMap<string, string>): string {
  if (variants.size === 0) return text;
  let out = '';
  for (const c of text) out += variants.get(c) ?? c;
  return out;
}

/**
 * Spaces a reader types inside Chinese that carry no meaning: between single
 * characters (秒 批, 数 据 共 享) and between a number and its unit
 * (2025 年, 87 %). Spaces between words (社保卡 持卡人数) still separate
 * keywords.
 */
export function tightenSpacing(text: string): string {
  return text.replace(/(?<=(?:^|\s)\p{Script=Han})\s+(?=\p{Script=Han}(?:\s|$))/gu, '').replace(/(?<=\d)\s+(?=[年月日%％])/gu, '');
}

/** What a query becomes before it meets the names and the index: half-width, simplified, tightened. */
export function prepareQuery(raw: string, variants: ReadonlyMap<string, string> = new Map()): string {
  return tightenSpacing(simplify(raw.normalize('NFKC'), variants));
}

/** Quote marks the plan (and editors) put inside or around names. */
export const QUOTES = '“”‘’"＂「」『』';
const QUOTE_SET = new Set(QUOTES);

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

/** The words of a text and nothing else: letters and digits only, fullwidth forms folded. */
export function wordsOnly(text: string): string {
  return text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');
}
