import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../../src/edition/import/blocks.ts';
import { segment, SourceFormatError } from '../../../../src/edition/import/segment.ts';
import { readSourceLines } from '../../../../src/edition/import/source-lines.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const blocksOf = (name: string) => segment(readSourceLines(fixture(name)));
const paragraphs = (blocks: Block[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe('segment: paragraphs', () => {
  const blocks = blocksOf('preface.txt');

  it('rejoins printed lines into the plan’s four paragraphs of 引言', () => {
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'preface', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    const texts = paragraphs(blocks);
    expect(texts[0]).toMatch(/^贯彻落实党的十九大.+关键抉择。$/);
    // A sentence ending at the right margin, followed by a (shorter) first line, ends the paragraph.
    expect(texts[1]).toMatch(/^＂十四五＂是衔接.+大变革时代。$/);
    expect(texts[2]).toMatch(/^随着政府职能转变.+依法保护个人信息＂。/);
    expect(texts[3]).toMatch(/^为进一步明确.+编制本规划。$/);
  });

  it('joins lines without inventing spaces between ideographs, and drops the PDF’s stray ones', () => {
    expect(paragraphs(blocks)[2]).toContain('不断深入，以＂互联网+政务服务＂为核心');
  });
});

describe('segment: page breaks and 专栏', () => {
  const blocks = blocksOf('page-break.txt');

  it('drops the page number and joins the sentence it split', () => {
    const text = paragraphs(blocks)[0]!;
    expect(text).not.toMatch(/36/);
    expect(text).toContain('按照《网络安全等级保护制度 2.0》标准及省政务服务数据管理局');
  });

  it('starts a 专栏 and its indented project paragraph, then the next numbered heading', () => {
    const kinds = blocks.map((b) => b.kind);
    expect(kinds).toEqual(['title', 'paragraph', 'zhuanlan', 'paragraph', 'heading3']);
    expect(blocks[2]).toMatchObject({ kind: 'zhuanlan', number: 2, title: '政务网络强化重点项目' });
    expect(paragraphs(blocks)[1]).toMatch(/^政务外网升级改造工程。持续推进.+逐步迁移到政务外网。$/);
    expect(blocks[4]).toMatchObject({ kind: 'heading3', number: 3, label: '三、', title: '政务大数据中心' });
  });
});

describe('segment: Table 1', () => {
  const blocks = blocksOf('table-1.txt');
  const table = blocks.find((b) => b.kind === 'indicatorTable');

  it('rebuilds all 20 rows although 备注 and 第三章 interrupt it', () => {
    expect(table?.kind).toBe('indicatorTable');
    if (table?.kind !== 'indicatorTable') return;
    expect(table.caption).toBe('表 1 汕头市数字政府＂十四五＂发展主要公共指标');
    expect(table.columns).toEqual(['序号', '类别', '主要指标', '现状值', '目标值']);
    expect(table.rows.map((r) => r.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(table.rows[7]).toMatchObject({ name: '＂粤省事＂日均活跃用户数', unit: '万名', baseline: '16.5', target: '30' });
    expect(table.rows[19]).toMatchObject({ name: '一体化政务服务平台可网办事项单点登录率', unit: '%', baseline: '97.57', target: '100' });
    expect(table.rows[3]).toMatchObject({ local: true, name: '政务服务＂秒批秒报＂数量' });
    expect(table.rows[4]).toMatchObject({ baseline: null, target: '100' });
    expect(table.rows[6]).toMatchObject({ baseline: '8.0' });
  });

  it('assigns the broken category column (数字化/履职能/力) to its rows', () => {
    if (table?.kind !== 'indicatorTable') throw new Error('no table');
    expect(table.rows[9]!.category).toBe('数字化履职能力');
    expect(table.rows[10]!.category).toBe('数字化驱动能力');
    expect(table.rows[15]!.category).toBe('数字化支撑能力');
  });

  it('puts 备注 after the table, then 第三章 and its first section', () => {
    const after = blocks.slice(blocks.indexOf(table!) + 1);
    expect(after.slice(0, 4).map((b) => b.kind)).toEqual(['paragraph', 'chapter', 'section', 'paragraph']);
    expect(paragraphs(after)[0]).toMatch(/^备注：本规划列举的是.+现状值取 2021 年上半年数据。$/);
    expect(after[1]).toMatchObject({ label: '第三章', title: '总体架构' });
    expect(after[2]).toMatchObject({ label: '第一节', title: '管理架构' });
    expect(after.find((b) => b.kind === 'figure')).toMatchObject({ kind: 'figure', number: 1, caption: '图 1-汕头市＂数字政府＂管理架构图' });
  });

  it('names the source line when a row cannot be read', () => {
    const broken = fixture('table-1.txt').replace('9 ＂粤商通＂日均活跃用户数（万名） 0.165 0.33', '9 ＂粤商通＂日均活跃用户数');
    expect(() => segment(readSourceLines(broken))).toThrow(SourceFormatError);
    expect(() => segment(readSourceLines(broken))).toThrow(/plan\.txt line \d+/);
  });
});

describe('segment: the annex list', () => {
  it('reads the spaced title 名 词 解 释 as 名词解释', () => {
    const blocks = segment(readSourceLines('标题\n\n附件：1.指标计算方法\n\n2. 名 词 解 释\n'));
    expect(blocks[1]).toMatchObject({ kind: 'annexList', items: ['1.指标计算方法', '2. 名词解释'] });
  });
});
