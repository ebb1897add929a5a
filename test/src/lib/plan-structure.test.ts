import type { Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { outline, parseChineseNumeral, planPlaces, type HeadingPlace } from '../../../src/lib/plan-structure.ts';

const parse = (mdx: string) => unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root;

const CHAPTER = `开头第一段。

开头第二段。

## 第一节　甲

节下第一段。

### 一、乙

<EditorialNote>
编者注里的段落不算规划段落。
</EditorialNote>

一下第一段。

<Zhuanlan number={4} />

一下第二段，在专栏之后。

#### （二）丙

（二）下第一段。

### 十二、丁

## 第二节　戊

第二节下第一段。
`;

describe('planPlaces', () => {
  const places = planPlaces(parse(CHAPTER), '第四章', 'fixture.mdx');
  const byAnchor = new Map(places.flatMap((p) => (p.kind === 'component' ? [] : [[p.anchor, p] as const])));

  it('numbers paragraphs under the heading they stand under, from the plan’s own numbering', () => {
    expect([...byAnchor.keys()]).toEqual(['p1', 'p2', 's1', 's1-p1', 's1-1', 's1-1-p1', 's1-1-p2', 's1-1-2', 's1-1-2-p1', 's1-12', 's2', 's2-p1']);
  });

  it('writes citations as a reader would', () => {
    expect(byAnchor.get('p2')?.citation).toBe('第四章第2段');
    expect(byAnchor.get('s1')?.citation).toBe('第四章第一节');
    expect(byAnchor.get('s1-1-p2')?.citation).toBe('第四章第一节一第2段');
    expect(byAnchor.get('s1-1-2-p1')?.citation).toBe('第四章第一节一（二）第1段');
    expect(byAnchor.get('s1-12')?.citation).toBe('第四章第一节十二');
  });

  it('keeps the paragraph text and skips text inside components', () => {
    expect(byAnchor.get('s1-1-p2')?.text).toBe('一下第二段，在专栏之后。');
    expect(places.some((p) => p.kind === 'paragraph' && p.text.includes('编者注'))).toBe(false);
  });

  it('keeps each heading’s title without its numbering', () => {
    expect(byAnchor.get('s1')).toMatchObject({ text: '第一节　甲', title: '甲' });
    expect(byAnchor.get('s1-1-2')).toMatchObject({ text: '（二）丙', title: '丙' });
  });

  it('outlines the 节 with their 一、 headings, leaving （一） out', () => {
    const headings = places.filter((p): p is HeadingPlace => p.kind === 'heading');
    expect(outline(headings).map(({ section, items }) => [section.anchor, items.map((i) => i.anchor)])).toEqual([
      ['s1', ['s1-1', 's1-12']],
      ['s2', []],
    ]);
  });

  it('records where each component stands', () => {
    expect(places.filter((p) => p.kind === 'component')).toMatchObject([
      { name: 'EditorialNote', number: undefined, path: [1, 1] },
      { name: 'Zhuanlan', number: 4, path: [1, 1] },
    ]);
  });

  it('gives the same anchors for the same text every time', () => {
    const again = planPlaces(parse(CHAPTER), '第四章', 'fixture.mdx');
    expect(again.map((p) => (p.kind === 'component' ? p.name : p.anchor))).toEqual(places.map((p) => (p.kind === 'component' ? p.name : p.anchor)));
  });

  it('rejects a heading that does not follow the plan’s numbering, naming the file and line', () => {
    expect(() => planPlaces(parse('段落。\n\n## 概述\n'), '第一章', 'content/chapters/x.mdx')).toThrow(
      /content\/chapters\/x\.mdx:3: 标题“概述”不符合规划的编号层级/,
    );
  });

  it('rejects a heading that skips a level', () => {
    expect(() => planPlaces(parse('#### （一）甲\n'), '第一章', 'x.mdx')).toThrow(/缺少上一级标题/);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十九', 29],
  ])('%s → %i', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it('rejects what is not a numeral', () => {
    expect(() => parseChineseNumeral('甲')).toThrow(/not a Chinese numeral/);
  });
});
