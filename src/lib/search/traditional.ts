/**
 * Build time only: which traditional (and Hong Kong / Taiwan variant)
 * characters stand for characters the plan uses, made with OpenCC
 * (opencc-js). The index stays simplified; the browser gets the pairs
 * (normalize.ts `variantTable`) and converts the query character by
 * character, so no converter ships to the browser. A character the plan
 * itself prints (著, 乾 if it did) is never converted.
 */
import * as OpenCC from 'opencc-js/t2cn';

const HAN_BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Pairs (traditional, simplified) as one string, for the Han characters of `text`. */
export function variantPairs(text: string): string {
  const used = new Set([...text].filter((c) => /\p{Script=Han}/u.test(c)));
  const candidates: string[] = [];
  for (const [first, last] of HAN_BLOCKS) {
    for (let code = first; code <= last; code += 1) {
      const char = String.fromCodePoint(code);
      if (!used.has(char)) candidates.push(char);
    }
  }
  // One call per converter, a character per line, instead of one per character (tens of thousands of calls:
  // half a second of every build). No dictionary entry spans a line break, so each line converts on its own.
  const lines = candidates.join('\n');
  const converted = (['t', 'tw', 'hk'] as const).map((from) => {
    const out = OpenCC.Converter({ from, to: 'cn' })(lines).split('\n');
    if (out.length !== candidates.length) throw new Error(`opencc-js (${from} → cn) changed the number of lines: cannot pair characters`);
    return out;
  });
  let pairs = '';
  candidates.forEach((char, i) => {
    const simplified = converted.map((out) => out[i]!).find((s) => s !== char && [...s].length === 1 && used.has(s));
    if (simplified) pairs += char + simplified;
  });
  return pairs;
}
