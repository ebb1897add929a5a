/**
 * Turns printed lines into blocks: headings by the plan's own numbering,
 * paragraphs by where their printed lines end, and the two tables rebuilt.
 */
import type { Block, IndicatorRow, MethodRow } from './blocks.ts';
import { chineseNumeral, NUMERAL } from './numerals.ts';
import type { SourceLine } from './source-lines.ts';
import { joinLines, tidySpaces } from './text.ts';

export class SourceFormatError extends Error {
  constructor(line: SourceLine | undefined, message: string) {
    super(`plan.txt line ${line?.no ?? 'EOF'}: ${message}${line ? ` (“${line.text}”)` : ''}`);
  }
}

const CHAPTER = new RegExp(`^第(${NUMERAL})章\\s*(.+)$`);
const SECTION = new RegExp(`^第(${NUMERAL})节\\s*(.+)$`);
const HEADING3 = new RegExp(`^(${NUMERAL})、(.+)$`);
const HEADING4 = new RegExp(`^（(${NUMERAL})）(.+)$`);
const ZHUANLAN = /^专栏\s*(\d+)\s*(.+)$/;
const FIGURE = /^图\s*(\d+)\s*-\s*(.+)$/;
const TABLE = /^表\s*(\d+)\s+(.+)$/;
const ANNEX = /^附件\s*(\d)$/;
const ANNEX_LIST = /^附件：/;
const INDENTED = 3;

/** Categories of Table 1 and the rows they span (see categoryFor). */
export const INDICATOR_CATEGORIES = [
  { name: '数字化履职能力', from: 1, to: 10 },
  { name: '数字化驱动能力', from: 11, to: 15 },
  { name: '数字化支撑能力', from: 16, to: 20 },
] as const;
const INDICATOR_COUNT = 20;

/** Lines that always begin a new block, wherever the previous line ended. */
function startsBlock(line: SourceLine): boolean {
  const { text } = line;
  return (
    line.indent >= INDENTED ||
    CHAPTER.test(text) ||
    SECTION.test(text) ||
    ZHUANLAN.test(text) ||
    FIGURE.test(text) ||
    TABLE.test(text) ||
    ANNEX.test(text) ||
    ANNEX_LIST.test(text) ||
    HEADING3.test(text) ||
    HEADING4.test(text) ||
    text.startsWith('——')
  );
}

/**
 * Body text is set 26 ideographs to the line (52 units); a paragraph's first
 * line is 24 (its indent was lost) and its last line ends with a full stop,
 * usually early. A sentence that ends exactly at the margin ends the
 * paragraph only when the next line is a first line. Half-width digits and
 * Latin make widths inexact, so a short line alone proves nothing.
 */
const SHORT_LINE = 47;
const FIRST_LINE_MAX = 50;

function endsParagraph(line: SourceLine, next: SourceLine | undefined): boolean {
  if (!next || startsBlock(next)) return true;
  if (!/[。；：！？]$/.test(line.text)) return false;
  return line.width <= SHORT_LINE || next.width <= FIRST_LINE_MAX;
}

/** A numbered heading is a line of its own; “一、统一领导。在…” is a paragraph. */
function isStandaloneHeading(line: SourceLine): boolean {
  return !line.text.includes('。') && line.width <= SHORT_LINE;
}

class Cursor {
  index = 0;
  readonly lines: readonly SourceLine[];
  constructor(lines: readonly SourceLine[]) {
    this.lines = lines;
  }
  get current(): SourceLine | undefined {
    return this.lines[this.index];
  }
  take(): SourceLine {
    const line = this.lines[this.index];
    if (!line) throw new SourceFormatError(undefined, 'unexpected end of text');
    this.index += 1;
    return line;
  }
}

function clean(text: string): string {
  return tidySpaces(text);
}

function readParagraph(cursor: Cursor): Block {
  const first = cursor.current!;
  const parts: string[] = [];
  for (;;) {
    const line = cursor.take();
    parts.push(line.text);
    if (endsParagraph(line, cursor.current)) break;
  }
  return { kind: 'paragraph', text: clean(joinLines(parts)), line: first.no };
}

function categoryFor(row: number): string {
  const category = INDICATOR_CATEGORIES.find((c) => row >= c.from && row <= c.to);
  if (!category) throw new Error(`no category for indicator ${row}`);
  return category.name;
}

const UNIT = /^(.*)（([^（）]+)）$/;
const VALUE = '(-|\\d+(?:\\.\\d+)?)';
const ROW_WITH_VALUES = new RegExp(`^(.*?)\\s*${VALUE}\\s+${VALUE}$`);

function indicatorRow(number: number, nameText: string, baseline: string, target: string, line: SourceLine, category: string): IndicatorRow {
  const name = clean(nameText);
  const local = name.startsWith('★');
  const unitMatch = UNIT.exec(local ? name.slice(1) : name);
  if (!unitMatch) throw new SourceFormatError(line, `indicator ${number} has no unit in （）`);
  return {
    number,
    category,
    name: unitMatch[1]!,
    unit: unitMatch[2]!,
    local,
    baseline: baseline === '-' ? null : baseline,
    target,
    line: line.no,
  };
}

/**
 * Table 1 is printed across two pages: the category column comes out as
 * broken single lines (数字化/履职能/力) after the row number, and the table's
 * 备注 and the headings of 第三章 fall between its rows. The rows are rebuilt
 * here; the interrupting blocks are returned to follow the table.
 */
function readIndicatorTable(cursor: Cursor): Block[] {
  const captionLine = cursor.take();
  const caption = clean(TABLE.exec(captionLine.text)![0]);
  const columns = cursor.take().text.split(/\s+/);
  if (columns.length !== 5) throw new SourceFormatError(cursor.lines[cursor.index - 1], 'expected 5 column headings in Table 1');
  const rows: IndicatorRow[] = [];
  const after: Block[] = [];
  const labelRows = new Map<string, number>();
  while (rows.length < INDICATOR_COUNT) {
    const line = cursor.take();
    const expected = rows.length + 1;
    const full = new RegExp(`^${expected}\\s+(.+?)\\s+${VALUE}\\s+${VALUE}$`).exec(line.text);
    if (full) {
      rows.push(indicatorRow(expected, full[1]!, full[2]!, full[3]!, line, categoryFor(expected)));
    } else if (line.text === String(expected)) {
      let label = '';
      while (!INDICATOR_CATEGORIES.some((c) => c.name === label)) {
        const fragment = cursor.take();
        label += fragment.text;
        if (!INDICATOR_CATEGORIES.some((c) => c.name.startsWith(label))) {
          throw new SourceFormatError(fragment, `expected a category of Table 1 after row number ${expected}`);
        }
      }
      labelRows.set(label, expected);
      const nameParts: string[] = [];
      for (;;) {
        const part = cursor.take();
        const values = ROW_WITH_VALUES.exec(part.text);
        if (values) {
          nameParts.push(values[1]!);
          rows.push(indicatorRow(expected, joinLines(nameParts), values[2]!, values[3]!, line, categoryFor(expected)));
          break;
        }
        nameParts.push(part.text);
      }
    } else if (line.text.startsWith('备注：')) {
      const parts = [line.text];
      while (!parts.at(-1)!.endsWith('。')) parts.push(cursor.take().text);
      after.push({ kind: 'paragraph', text: clean(joinLines(parts)), line: line.no });
    } else if (CHAPTER.test(line.text) || SECTION.test(line.text)) {
      cursor.index -= 1;
      after.push(readHeading(cursor));
    } else {
      throw new SourceFormatError(line, `unexpected line in Table 1 (expected row ${expected})`);
    }
  }
  // The printed category labels stand on one row of each group; check that
  // each stands inside the range this edition assigns to it.
  for (const category of INDICATOR_CATEGORIES) {
    const row = labelRows.get(category.name);
    if (row === undefined || row < category.from || row > category.to) {
      throw new SourceFormatError(captionLine, `category ${category.name} label not found within rows ${category.from}–${category.to}`);
    }
  }
  return [{ kind: 'indicatorTable', caption, columns, rows, line: captionLine.no }, ...after];
}

/**
 * Annex 1 is a table whose cells come out one fragment per line. A row starts
 * at its number; the indicator's name (known from Table 1) is its first cell.
 */
function readMethodTable(cursor: Cursor, indicators: readonly IndicatorRow[]): Block {
  const start = cursor.current!;
  const header: string[] = [];
  while (!/计算方法$/.test(header.join(''))) header.push(cursor.take().text);
  const columns = header
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/^序 ?号/, '序号 ')
    .split(/\s+/);
  const rows: MethodRow[] = [];
  for (const indicator of indicators) {
    const first = cursor.take();
    const head = new RegExp(`^${indicator.number}(?:\\s+(.*))?$`).exec(first.text);
    if (!head) throw new SourceFormatError(first, `expected row ${indicator.number} of Annex 1`);
    const parts = head[1] ? [head[1]] : [];
    const nextNumber = new RegExp(`^${indicator.number + 1}(\\s|$)`);
    while (cursor.current && !nextNumber.test(cursor.current.text) && !ANNEX.test(cursor.current.text)) {
      parts.push(cursor.take().text);
    }
    const cellText = parts.join('').replace(/\s+/g, '');
    const name = `${indicator.name}（${indicator.unit}）`;
    if (!cellText.startsWith(name)) {
      throw new SourceFormatError(first, `Annex 1 row ${indicator.number} does not start with the name in Table 1 (${name})`);
    }
    rows.push({ number: indicator.number, name, method: cellText.slice(name.length), line: first.no });
  }
  return { kind: 'methodTable', columns, rows, line: start.no };
}

function readGlossary(cursor: Cursor): Block[] {
  const blocks: Block[] = [];
  let expected = 1;
  while (cursor.current && !cursor.current.text.startsWith('（备注：')) {
    const first = cursor.take();
    const head = new RegExp(`^${expected}\\.\\s*(.+)$`).exec(first.text);
    if (!head) throw new SourceFormatError(first, `expected term ${expected} of Annex 2`);
    const parts = [head[1]!];
    const nextTerm = new RegExp(`^${expected + 1}\\.`);
    while (cursor.current && !nextTerm.test(cursor.current.text) && !cursor.current.text.startsWith('（备注：')) {
      parts.push(cursor.take().text);
    }
    const text = joinLines(parts);
    const colon = /[：:]/.exec(text);
    if (!colon) throw new SourceFormatError(first, `term ${expected} has no ：`);
    blocks.push({
      kind: 'glossaryEntry',
      number: expected,
      label: clean(text.slice(0, colon.index)),
      separator: colon[0],
      definition: clean(text.slice(colon.index + 1)),
      line: first.no,
    });
    expected += 1;
  }
  return blocks;
}

function readHeading(cursor: Cursor): Block {
  const line = cursor.take();
  const text = line.text;
  let match: RegExpExecArray | null;
  if ((match = CHAPTER.exec(text))) {
    return { kind: 'chapter', number: chineseNumeral(match[1]!), label: `第${match[1]}章`, title: clean(match[2]!), line: line.no };
  }
  if ((match = SECTION.exec(text))) {
    return { kind: 'section', number: chineseNumeral(match[1]!), label: `第${match[1]}节`, title: clean(match[2]!), line: line.no };
  }
  throw new SourceFormatError(line, 'expected a chapter or section heading');
}

export function segment(lines: readonly SourceLine[]): Block[] {
  const cursor = new Cursor(lines);
  const blocks: Block[] = [];
  let indicators: IndicatorRow[] = [];
  const titleLine = cursor.take();
  blocks.push({ kind: 'title', text: clean(titleLine.text), line: titleLine.no });

  while (cursor.current) {
    const line = cursor.current;
    const text = line.text;
    let match: RegExpExecArray | null;
    if (text === '引言') {
      cursor.take();
      blocks.push({ kind: 'preface', title: text, line: line.no });
    } else if (CHAPTER.test(text) || SECTION.test(text)) {
      blocks.push(readHeading(cursor));
    } else if ((match = ZHUANLAN.exec(text))) {
      cursor.take();
      blocks.push({ kind: 'zhuanlan', number: Number(match[1]), title: clean(match[2]!), line: line.no });
    } else if ((match = FIGURE.exec(text))) {
      cursor.take();
      blocks.push({ kind: 'figure', number: Number(match[1]), caption: clean(text), line: line.no });
    } else if (TABLE.test(text)) {
      const tableBlocks = readIndicatorTable(cursor);
      indicators = (tableBlocks[0] as Extract<Block, { kind: 'indicatorTable' }>).rows;
      blocks.push(...tableBlocks);
    } else if (ANNEX_LIST.test(text)) {
      const items = [cursor.take().text.replace(ANNEX_LIST, '')];
      while (cursor.current && /^\d\.\s*/.test(cursor.current.text)) items.push(cursor.take().text);
      blocks.push({ kind: 'annexList', items: items.map(clean), line: line.no });
    } else if ((match = ANNEX.exec(text))) {
      cursor.take();
      const number = Number(match[1]);
      const titleLine = cursor.take();
      blocks.push({ kind: 'annex', number, label: `附件 ${number}`, title: clean(titleLine.text), line: line.no });
      if (number === 1) blocks.push(readMethodTable(cursor, indicators));
      if (number === 2) blocks.push(...readGlossary(cursor));
    } else if ((match = HEADING3.exec(text)) && isStandaloneHeading(line)) {
      cursor.take();
      blocks.push({ kind: 'heading3', number: chineseNumeral(match[1]!), label: `${match[1]}、`, title: clean(match[2]!), line: line.no });
    } else if ((match = HEADING4.exec(text)) && isStandaloneHeading(line)) {
      cursor.take();
      blocks.push({ kind: 'heading4', number: chineseNumeral(match[1]!), label: `（${match[1]}）`, title: clean(match[2]!), line: line.no });
    } else {
      blocks.push(readParagraph(cursor));
    }
  }
  return blocks;
}
