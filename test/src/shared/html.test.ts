/** HTML written as strings (the contents tree, search excerpts, the feed) escapes as Astro does. */
import { describe, expect, it } from 'vitest';
import { escapeAttribute, escapeText } from '../../../src/shared/html.ts';

describe('escaping', () => {
  it('escapes text as Astro escapes an expression, and attribute values as it escapes an attribute', () => {
    expect(escapeText(`A&B <c> 'd' "e" “三网”`)).toBe('A&amp;B &lt;c&gt; &#39;d&#39; &quot;e&quot; “三网”');
    expect(escapeAttribute(`/a?b=1&c="d" <e>`)).toBe('/a?b=1&amp;c=&quot;d&quot; <e>');
  });
});
