/** What counts as the plan's words in a content file, and what is the edition's own. */
import { describe, expect, it } from 'vitest';
import { bodyPassages, isPlanField, planPassages, sectionTexts } from '../../../../src/edition/check/plan-passages.ts';
import { parseContentFile } from '../../../../src/edition/files.ts';
import { parseMdx } from '../../../../src/edition/mdx.ts';
import type { CollectionName } from '../../../../src/schemas.ts';

const mdx = (collection: CollectionName, text: string) => parseContentFile(collection, `content/${collection}/x.mdx`, text);
const withTree = (file: ReturnType<typeof mdx>) => [file, parseMdx(file.body)] as const;

describe('planPassages', () => {
  it('takes headings and paragraphs with their lines, and leaves editorial notes out', () => {
    const file = mdx(
      'chapters',
      '---\nlabel: 第二章\ntitle: 总体要求\n---\n\n## 第一节　指导思想\n\n第一段\\*文字。\n\n<EditorialNote>\n编者的话。\n</EditorialNote>\n',
    );
    expect(bodyPassages(...withTree(file))).toEqual([
      { field: 'body', text: '## 第一节　指导思想', line: 6 },
      { field: 'body', text: '第一段*文字。', line: 8 },
    ]);
  });

  it('takes a component’s attributes by value, so reformatting a literal is no change', () => {
    const a = bodyPassages(...withTree(mdx('chapters', '---\nlabel: a\n---\n\n<IndicatorTable caption={"表 1"} columns={["序号","指标"]} />\n')));
    const b = bodyPassages(...withTree(mdx('chapters', '---\nlabel: a\n---\n\n<IndicatorTable caption="表 1" columns={[ "序号", "指标" ]} />\n')));
    expect(a.map((p) => p.text)).toEqual(b.map((p) => p.text));
  });

  it('takes the plan’s fields of a data file and not the editorial ones', () => {
    const term = mdx('glossary', '---\nterm: 秒批\naliases: [秒办]\nnumber: 11\nlabel: “秒批”\nseparator: ：\nrelated: [si-mian]\n---\n\n定义。\n');
    expect(planPassages(...withTree(term)).map((p) => `${p.field}=${p.text}`)).toEqual(['label=“秒批”', 'separator=：', 'body=定义。']);
  });

  it('knows which fields hold plan text', () => {
    expect(isPlanField('indicators', 'method')).toBe(true);
    expect(isPlanField('indicators', 'notes')).toBe(false);
    expect(isPlanField('chapters', 'sections.1.title')).toBe(true);
    expect(isPlanField('chapters', 'summary')).toBe(false);
    expect(isPlanField('timeline', 'tasks.3')).toBe(true);
    expect(isPlanField('indicators', 'body')).toBe(false);
  });
});

describe('sectionTexts', () => {
  it('joins each section’s paragraphs, leaving headings and components out', () => {
    const chapter = mdx(
      'chapters',
      '---\nlabel: 第二章\nsections:\n  - number: 1\n    label: 第一节\n    title: 甲\n  - number: 2\n    label: 第二节\n    title: 乙\n---\n\n## 第一节　甲\n\n### 一、小标题\n\n一段。\n\n二段。\n\n## 第二节　乙\n\n<Zhuanlan number={1} />\n\n三段。\n',
    );
    expect(sectionTexts(...withTree(chapter))).toEqual(
      new Map([
        [1, '一段。二段。'],
        [2, '三段。'],
      ]),
    );
  });
});
