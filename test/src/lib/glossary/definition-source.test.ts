/** Where a definition is cited, over the fixture content of test/src/plugins/fixtures/crosslinks. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../../../src/edition/index.ts';
import { definitionSource, definitionSourceOf } from '../../../../src/lib/glossary/definition-source.ts';
import { getPlanStructure } from '../../../../src/lib/plan-index.ts';

const edition = loadEdition(join(import.meta.dirname, '..', '..', 'plugins', 'fixtures', 'crosslinks'));

describe('definitionSource', () => {
  it('cites an Annex 2 term by its number, linking to its entry in the list', () => {
    // miao-pi.mdx: number 2.
    expect(definitionSourceOf('miao-pi', edition)).toEqual({
      kind: 'annex',
      citation: '附件 2 第 2 条',
      label: '附件 2 名词解释 第 2 条',
      path: '/annex-2/#term-2',
    });
  });

  it('cites a term defined in the text by the paragraph that holds the definition', () => {
    // chapter-1.mdx: the definition of 综合窗口 is in the 2nd paragraph under 第一节.
    expect(definitionSourceOf('zong-he-chuang-kou', edition)).toEqual({
      kind: 'text',
      citation: '第一章第一节第2段',
      label: '正文释义：第一章第一节第2段',
      path: '/chapter-1/#s1-p2',
    });
  });

  it('falls back to the section when no single paragraph holds the definition', () => {
    const source = definitionSource({ definedIn: { chapter: 'chapter-1', section: 1 }, definition: '不在任何一段中的文字' }, getPlanStructure(edition));
    expect(source).toMatchObject({ citation: '第一章第一节', path: '/chapter-1/#s1' });
  });

  it('knows no term that has no file', () => {
    expect(() => definitionSourceOf('no-such-term', edition)).toThrow(/unknown term/);
  });
});
