/**
 * Tables as CSV downloads: RFC 4180 (CRLF rows, cells quoted only where they
 * hold a comma, a quote or a line break), with a UTF-8 byte-order mark so that
 * spreadsheet programs read the Chinese text correctly.
 */

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export interface Table {
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

export function toCsv({ columns, rows }: Table): string {
  return `\uFEFF${[columns, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
