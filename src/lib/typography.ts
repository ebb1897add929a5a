/**
 * Chinese line-breaking the browser does not know: a line may break between
 * any two characters, but a break inside a short quotation (“十四五”) splits
 * a name in two. Pages keep such runs whole (CSS .keep-together).
 */

export interface TextRun {
  text: string;
  /** A quotation short enough to keep on one line, marks included. */
  keep: boolean;
}

/** Quotations longer than this may wrap: keeping them whole could overflow a phone's line. */
const MAX_KEPT = 10;

export function quotationRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(/“[^“”]+”/g)) {
    if (match[0].length > MAX_KEPT) continue;
    if (match.index > last) runs.push({ text: text.slice(last, match.index), keep: false });
    runs.push({ text: match[0], keep: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), keep: false });
  return runs;
}
