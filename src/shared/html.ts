/**
 * Escaping for HTML the edition writes as strings (the contents tree, the
 * feed's items, a search result's excerpt),
 * character for character as Astro escapes the expressions of a template: a
 * part of a page built here reads the same as one an Astro component renders.
 */
const TEXT_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text between tags, as Astro escapes `{expression}`. */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (char) => TEXT_ENTITIES[char]!);
}

/** A double-quoted attribute value, as Astro escapes `name={expression}`. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
