const DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals as the plan uses them for its numbering (一 … 二十九). */
export function chineseNumeral(text: string): number {
  if (text === '十') return 10;
  const tens = text.indexOf('十');
  if (tens === -1) {
    const value = DIGITS[text];
    if (value === undefined) throw new Error(`not a Chinese numeral: ${text}`);
    return value;
  }
  const high = tens === 0 ? 1 : chineseNumeral(text.slice(0, tens));
  const low = text.slice(tens + 1);
  return high * 10 + (low ? chineseNumeral(low) : 0);
}

export const NUMERAL = '[一二三四五六七八九十]+';
