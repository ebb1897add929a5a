/**
 * One normal form for matching queries against the plan's text, so that
 * 政务服务“好差评”, 政务服务好差评 and 政务服务 好差评 are the same string,
 * and so are IPv6 / IPV6 / ＩＰｖ６. Quotes, brackets, enumeration commas and
 * spaces carry no meaning for matching and are dropped; letters, digits and
 * the few symbols that are part of names (互联网+, 100%, 96.41) are kept.
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
