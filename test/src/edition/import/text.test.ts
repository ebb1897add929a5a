import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../../src/edition/import/markdown.ts';
import { pairQuotes, UnpairedQuoteError } from '../../../../src/edition/import/quotes.ts';
import { printedWidth, readSourceLines } from '../../../../src/edition/import/source-lines.ts';
import { joinLines, tidySpaces } from '../../../../src/edition/import/text.ts';

describe('readSourceLines', () => {
  it('drops blank lines and page numbers, keeps line numbers and indents', () => {
    const lines = readSourceLines('甲乙\n\n- 39 -\n\n    丙丁\n');
    expect(lines).toEqual([
      { no: 1, indent: 0, text: '甲乙', width: 4 },
      { no: 5, indent: 4, text: '丙丁', width: 4 },
    ]);
  });

  it('counts ideographs and fullwidth forms double, ASCII single', () => {
    expect(printedWidth('＂一网通办＂')).toBe(12);
    expect(printedWidth('5G 网络')).toBe(7);
  });
});

describe('pairQuotes', () => {
  it('turns alternating ＂ into “ ”', () => {
    expect(pairQuotes('推进＂一网通办＂和＂秒批＂', 'x')).toBe('推进“一网通办”和“秒批”');
  });

  it('refuses an odd count, naming where', () => {
    expect(() => pairQuotes('＂粤信', 'plan.txt line 386')).toThrow(UnpairedQuoteError);
    expect(() => pairQuotes('＂粤信', 'plan.txt line 386')).toThrow(/line 386/);
  });
});

describe('joinLines and tidySpaces', () => {
  it('joins ideographs directly and Latin or digits with a space', () => {
    expect(joinLines(['推进骨干网和城域网', 'IPv6 互联互通'])).toBe('推进骨干网和城域网 IPv6 互联互通');
    expect(joinLines(['截至 2021 年', '8 月底'])).toBe('截至 2021 年 8 月底');
    expect(joinLines(['数字政', '府＂'])).toBe('数字政府＂');
  });

  it('drops justification spaces next to Chinese punctuation and between ideographs', () => {
    expect(tidySpaces('制度， 厘清各方')).toBe('制度，厘清各方');
    expect(tidySpaces('创新应用 ，提升')).toBe('创新应用，提升');
    expect(tidySpaces('名 词 解 释')).toBe('名词解释');
    expect(tidySpaces('IaaS 是 Infrastructure as a Service')).toBe('IaaS 是 Infrastructure as a Service');
  });
});

describe('escapeMarkdown', () => {
  it('escapes what Markdown or MDX would read as syntax', () => {
    expect(escapeMarkdown('保障系统 7*24 小时')).toBe('保障系统 7\\*24 小时');
    expect(escapeMarkdown('19. 5G：第五代')).toBe('19\\. 5G：第五代');
    expect(escapeMarkdown('a<b>{c}')).toBe('a\\<b\\>\\{c\\}');
    expect(escapeMarkdown('+不动产登记')).toBe('\\+不动产登记');
  });
});
