/**
 * Reads the extracted PDF text into printed lines: blank separator lines and
 * page numbers are typesetting, not plan text, so they are dropped here.
 */
export interface SourceLine {
  /** 1-based line number in plan.txt, for error messages and overrides. */
  no: number;
  /** Leading spaces: three or more mark a paragraph's first line. */
  indent: number;
  text: string;
  /** Printed width in half-width units (CJK and fullwidth forms count 2). */
  width: number;
}

const PAGE_NUMBER = /^-\s*\d+\s*-$/;
const WIDE_CHAR =
  /[\u1100-\u115F\u2014\u2018\u2019\u201C\u201D\u2026\u2E80-\u303F\u3040-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u00D7\u00B7]/u;

export function printedWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE_CHAR.test(char) ? 2 : 1;
  return width;
}

export function readSourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  source.split(/\r?\n/).forEach((raw, index) => {
    const text = raw.trim().replace(/ {2,}/g, '  ');
    if (text === '' || PAGE_NUMBER.test(text)) return;
    lines.push({
      no: index + 1,
      indent: raw.length - raw.trimStart().length,
      text,
      width: printedWidth(text),
    });
  });
  return lines;
}
