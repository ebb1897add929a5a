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
  const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
  let pairs = '';
  for (const [first, last] of HAN_BLOCKS) {
    for (let code = first; code <= last; code += 1) {
      const char = String.fromCodePoint(code);
      if (used.has(char)) continue;
      for (const convert of converters) {
        const simplified = convert(char);
        if (simplified !== char && [...simplified].length === 1 && used.has(simplified)) {
          pairs += char + simplified;
          break;
        }
      }
    }
  }
  return pairs;
}
