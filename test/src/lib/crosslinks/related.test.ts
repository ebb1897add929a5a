import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { relatedTerms } from '../../../../src/lib/crosslinks/related.ts';
import { crosslinksOf } from '../../../../src/lib/crosslinks/sources.ts';
import { loadEdition } from '../../../../src/edition/index.ts';

const { lexicon } = crosslinksOf(loadEdition(join(import.meta.dirname, '..', '..', 'plugins', 'fixtures', 'crosslinks')));
const related = (slug: string) => relatedTerms(lexicon, lexicon.byRef.get(`term:${slug}`)!).map((e) => e.name);

describe('relatedTerms', () => {
  it('lists terms an editor named, both ways', () => {
    expect(related('miao-pi')).toEqual(['四免']);
    expect(related('si-mian')).toEqual(['秒批']);
  });

  it('adds terms the definition names, and terms whose definition names this one', () => {
    // 三网融合's definition names 一网统管 and 一网协同; 一网统管's names 一网协同 (not excluded there).
    expect(related('san-wang-rong-he')).toEqual(['一网统管', '一网协同']);
    expect(related('yi-wang-xie-tong')).toEqual(['一网统管', '三网融合']);
  });
});
