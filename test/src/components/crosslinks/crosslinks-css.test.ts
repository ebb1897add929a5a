/** The preview stylesheet must cover every preview the plugin can put after one paragraph. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LINKS_PER_BLOCK } from '../../../../src/lib/crosslinks/link.ts';
import { ROOT } from '../../../helpers/dist.ts';

// Either quote style: the formatter's choice, not the selector's meaning.
const css = readFileSync(join(ROOT, 'src', 'components', 'crosslinks', 'crosslinks.css'), 'utf8').replaceAll("'", '"');

describe('crosslinks.css', () => {
  it(`shows the preview of each of the ${MAX_LINKS_PER_BLOCK} links a paragraph may hold, on hover and on focus, and keeps it anchored while the pointer is on it`, () => {
    for (let n = 1; n <= MAX_LINKS_PER_BLOCK; n += 1) {
      for (const state of ['hover', 'focus-visible']) {
        expect(css, `link ${n}, :${state}`).toContain(`.xref[data-xref-n="${n}"]:${state}) + .xref-cards > .xref-card[data-xref-n="${n}"]`);
      }
      expect(css, `link ${n}, card hovered`).toContain(`:has(+ .xref-cards > .xref-card[data-xref-n="${n}"]:hover) .xref[data-xref-n="${n}"]`);
    }
  });
});
