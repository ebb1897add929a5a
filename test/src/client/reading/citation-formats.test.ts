import { describe, expect, it } from 'vitest';
import { gbt7714Reference, markdownLink, plainCitation, type CitedPassage } from '../../../../src/client/reading/citation-formats.ts';

const passage: CitedPassage = {
  planTitle: '汕头市数字政府改革建设“十四五”规划',
  locator: '第四章第二节一（一）第4段',
  url: 'https://example.org/chapter-4/#s2-1-1-p4',
};

describe('citation formats', () => {
  it('plain: the title in book-title marks, the locator, and the URL on its own line', () => {
    expect(plainCitation(passage)).toBe('《汕头市数字政府改革建设“十四五”规划》第四章第二节一（一）第4段\nhttps://example.org/chapter-4/#s2-1-1-p4');
  });

  it('GB/T 7714—2015: title, [EB/OL], the locator, the access date as YYYY-MM-DD, the URL, a closing full stop', () => {
    const reference = gbt7714Reference(passage, new Date(2026, 11, 1, 23, 30));
    expect(reference).toBe('汕头市数字政府改革建设“十四五”规划[EB/OL]: 第四章第二节一（一）第4段[2026-12-01]. https://example.org/chapter-4/#s2-1-1-p4.');
    // No guessed responsible party or date: the text starts with the title.
    expect(reference.startsWith(passage.planTitle)).toBe(true);
    expect(gbt7714Reference(passage, new Date(2027, 0, 9))).toContain('[2027-01-09]');
  });

  it('Markdown: a link whose text is the citation; brackets and parentheses cannot break it', () => {
    expect(markdownLink(passage)).toBe('[《汕头市数字政府改革建设“十四五”规划》第四章第二节一（一）第4段](https://example.org/chapter-4/#s2-1-1-p4)');
    const odd = markdownLink({ planTitle: 'a]b[c', locator: 'x', url: 'https://e.org/a(b)' });
    expect(odd).toBe('[《a\\]b\\[c》x](https://e.org/a%28b%29)');
  });
});

describe('citation formats of a document whose metadata editors have filled in', () => {
  const known: CitedPassage = { ...passage, issuer: '汕头市人民政府', documentNumber: '汕府〔2022〕12号', published: '2022-03-18' };

  it('plain: the 文号 after the title', () => {
    expect(plainCitation(known)).toBe(
      '《汕头市数字政府改革建设“十四五”规划》（汕府〔2022〕12号）第四章第二节一（一）第4段\nhttps://example.org/chapter-4/#s2-1-1-p4',
    );
  });

  it('GB/T 7714—2015: the issuing body as 主要责任者, the 文号 as 其他题名信息, the publication date before the access date', () => {
    expect(gbt7714Reference(known, new Date(2026, 11, 1))).toBe(
      '汕头市人民政府. 汕头市数字政府改革建设“十四五”规划: 汕府〔2022〕12号[EB/OL]: 第四章第二节一（一）第4段(2022-03-18)[2026-12-01]. https://example.org/chapter-4/#s2-1-1-p4.',
    );
  });

  it('leaves out each field still unknown, and only that one', () => {
    expect(gbt7714Reference({ ...passage, published: '2022-03-18' }, new Date(2026, 11, 1))).toBe(
      '汕头市数字政府改革建设“十四五”规划[EB/OL]: 第四章第二节一（一）第4段(2022-03-18)[2026-12-01]. https://example.org/chapter-4/#s2-1-1-p4.',
    );
  });
});
