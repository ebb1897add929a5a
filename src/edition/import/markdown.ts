/**
 * Writes plan text into MDX so that it reads back as exactly the same text:
 * characters Markdown or MDX would treat as syntax are escaped.
 */
const INLINE_SYNTAX = /[\\`*_{}[\]<>|~]/g;

export function escapeMarkdown(text: string): string {
  let escaped = text.replace(INLINE_SYNTAX, (char) => `\\${char}`);
  // At the start of a line these would open a heading, list or quote.
  escaped = escaped.replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#+=-])/, '\\$1');
  return escaped;
}

/** A JSX attribute value that MDX reads back verbatim. */
export function jsxString(value: string): string {
  return JSON.stringify(value);
}
