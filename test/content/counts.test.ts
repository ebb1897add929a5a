/**
 * The imported content has the plan's structure and figures. Expected values
 * are typed from the printed plan, not taken from the importer.
 */
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/edition/index.ts';
import type { CollectionName } from '../../src/schemas.ts';
import { ROOT } from '../helpers/dist.ts';

type Data = Record<string, unknown>;
const edition = loadEdition(ROOT);
const read = (name: CollectionName) => edition.collection(name).map((file) => ({ id: file.id, data: file.data as Data, body: file.body }));

describe('imported content', () => {
  const chapters = read('chapters');

  it('has 引言, 第一章…第六章 and 附件 1–2 in order, with their sections', () => {
    const ordered = [...chapters].sort((a, b) => Number(a.data.order) - Number(b.data.order));
    expect(ordered.map((c) => `${c.data.label as string}|${c.data.title as string}`)).toEqual([
      '引言|引言',
      '第一章|发展现状',
      '第二章|总体要求',
      '第三章|总体架构',
      '第四章|主要任务',
      '第五章|实施步骤',
      '第六章|保障措施',
      '附件 1|指标计算方法',
      '附件 2|名词解释',
    ]);
    expect(ordered.filter((c) => c.data.kind !== 'annex')).toHaveLength(7);
    const sections = Object.fromEntries(
      ordered.map((c) => [c.data.label, (c.data.sections as { title: string }[]).map((s) => s.title)]),
    );
    expect(sections['第一章']).toEqual(['建设现状', '存在问题']);
    expect(sections['第二章']).toEqual(['指导思想', '工作原则', '发展目标']);
    expect(sections['第三章']).toEqual(['管理架构', '业务架构', '技术架构', '数据架构', '安全架构', '关系定位']);
    expect(sections['第四章']).toEqual(['强化基础设施建设', '推进“三网”融合建设', '建立数据管理应用新模式', '构建数字政府安全体系']);
    expect(sections['第五章']).toEqual([
      '夯实基础，改革攻坚（2021-2022 年）',
      '示范突破，深化应用（2023-2024 年）',
      '融合创新，全面提升（2025 年）',
    ]);
    expect(sections['第六章']).toEqual(['完善组织保障', '健全机制保障', '加大资金保障', '强化人才保障', '加强考核保障', '加强宣传保障']);
  });

  it('keeps the plan’s numbered headings (一、 and （一）) as headings', () => {
    const chapter4 = chapters.find((c) => c.id === 'chapter-4')!.body;
    expect(chapter4).toMatch(/^### 一、政务云$/m);
    expect(chapter4).toMatch(/^#### （四）建立统一运维运营管理体系$/m);
    expect(chapter4).toMatch(/^### 二、推进“一网统管”，提升政府治理能力$/m);
    // A numbered paragraph with a run-in heading stays a paragraph.
    expect(chapter4).toMatch(/^（一）健全政务云管理机制。加强政务云的精细化管理/m);
  });

  it('has 10 专栏 with 42 projects, each in place in 第四章', () => {
    const boxes = read('zhuanlan').sort((a, b) => Number(a.data.number) - Number(b.data.number));
    expect(boxes.map((b) => b.data.title)).toEqual([
      '政务云强化重点项目',
      '政务网络强化重点项目',
      '政务大数据中心重点项目',
      '政务服务应用重点项目',
      '公共服务重点项目',
      '民生服务重点项目',
      '营商环境优化重点项目',
      '“一网统管”重点项目',
      '“一网协同”重点建设项目',
      '数据治理重点工程',
    ]);
    const projects = read('projects');
    expect(projects).toHaveLength(42);
    const perBox = boxes.map((b) => projects.filter((p) => p.data.zhuanlan === b.id).length);
    expect(perBox).toEqual([1, 1, 3, 5, 2, 4, 3, 13, 8, 2]);
    const chapter4 = chapters.find((c) => c.id === 'chapter-4')!.body;
    for (const box of boxes) expect(chapter4).toContain(`<Zhuanlan number={${box.data.number as number}} />`);
    const titles = projects.map((p) => p.data.title);
    expect(titles).toEqual(expect.arrayContaining(['政务云', '政务服务“好差评”系统', '汕头亚青会信息技术与通信系统', '“智慧检务”', '深化数据资源开发利用和治理']));
    const category = (title: string) => projects.find((p) => p.data.title === title)!.data.category;
    expect(category('“粤省事”')).toBe('一网通办');
    expect(category('“智慧水务”')).toBe('一网统管');
    expect(category('“数字政协”')).toBe('一网协同');
    expect(category('政务云')).toBeNull();
  });

  it('has the 23 terms of 附件 2 and the terms the text defines', () => {
    const terms = read('glossary');
    const annex = terms.filter((t) => t.data.number !== undefined).sort((a, b) => Number(a.data.number) - Number(b.data.number));
    expect(annex).toHaveLength(23);
    expect(annex.map((t) => t.data.term)).toEqual([
      '一件事', '四免', '零跑动', '秒批', '跨域通办', '三网融合', '一网通办', '政银合作', '政务服务“好差评”', '证照分离',
      '一网统管', '雪亮工程', '一网协同', '政企合作、管运分离', '互联网+', '政务数据', '公共数据', '数据普查', '5G', '信创',
      'IaaS、PaaS', 'IPv6', '双随机、一公开',
    ]);
    expect(annex.find((t) => t.data.term === '四免')!.body.trim()).toBe(
      '政府部门核发材料原则上免提交，业务表单数据原则上免填写，可用电子印章的免用实物印章，可用电子签名的免用手写签名。',
    );
    const aliases = (term: string) => annex.find((t) => t.data.term === term)!.data.aliases;
    expect(aliases('政务服务“好差评”')).toContain('好差评');
    expect(aliases('政企合作、管运分离')).toContain('管运分离');
    expect(aliases('IPv6')).toContain('IPV6');
    const body = terms.filter((t) => t.data.definedIn !== undefined);
    expect(body.map((t) => t.data.term)).toEqual(expect.arrayContaining(['三横四纵', '五横三纵']));
    expect(body.find((t) => t.data.term === '三横四纵')!.data.definedIn).toEqual({ chapter: 'chapter-4', section: 4 });
    expect(body.find((t) => t.data.term === '五横三纵')!.data.definedIn).toEqual({ chapter: 'chapter-3', section: 3 });
    expect(chapters.find((c) => c.id === 'annex-2')!.body).toContain('（备注：附件 1、2 摘自《广东省数字政府改革建设“十四五”规划》）');
  });

  it('has the 20 indicators of Table 1 with their exact values', () => {
    const indicators = read('indicators').sort((a, b) => Number(a.data.number) - Number(b.data.number));
    expect(indicators).toHaveLength(20);
    const row = (i: (typeof indicators)[number]) =>
      [i.data.number, i.data.name, i.data.unit, i.data.baseline, i.data.target, i.data.local ? '★' : ''].join('|');
    expect(indicators.map(row)).toEqual([
      '1|“零跑动”事项覆盖率|%|73.3|80|',
      '2|一窗综合受理率|%|96.41|100|',
      '3|“一件事”主题集成服务数量|件|21|300|',
      '4|政务服务“秒批秒报”数量|件|55|300|★',
      '5|“粤智助”政府服务自助机镇街覆盖率|%||100|',
      '6|高频服务事项“跨省通办”比例|%|57.7|100|',
      '7|政务服务“好差评”|分|8.0|9.5|',
      '8|“粤省事”日均活跃用户数|万名|16.5|30|',
      '9|“粤商通”日均活跃用户数|万名|0.165|0.33|',
      '10|“粤政易”日均活跃度|%|38.86|60|',
      '11|“一网统管”行业覆盖率|%||100|',
      '12|应共享的数据需求满足率|%|100|100|',
      '13|公共数据资源社会开放数据集|个|154|300|',
      '14|视频终端接入大数据中心数量|万路||0.5|',
      '15|感知终端接入大数据中心数量|万路||0.5|',
      '16|政务云资源算力规模|万核|1|1.5|',
      '17|政务外网接入率|%|100|100|',
      '18|电子证照用证率|%|8|40|',
      '19|政府部门电子印章覆盖率|%|100|100|',
      '20|一体化政务服务平台可网办事项单点登录率|%|97.57|100|',
    ]);
    // “-” in the table means no baseline, not zero.
    expect(indicators.filter((i) => i.data.baseline === null).map((i) => i.data.number)).toEqual([5, 11, 14, 15]);
    const categories = indicators.map((i) => i.data.category);
    expect(categories.slice(0, 10).every((c) => c === '数字化履职能力')).toBe(true);
    expect(categories.slice(10, 15).every((c) => c === '数字化驱动能力')).toBe(true);
    expect(categories.slice(15).every((c) => c === '数字化支撑能力')).toBe(true);
    expect(indicators[0]!.data.method).toBe('省市县三级“零跑动”事项数/许可事项总数×100%');
    expect(indicators[15]!.data.method).toBe('数据统计');
    // Annex 1 gives indicator 14 the data-sharing method: kept verbatim, flagged.
    expect(indicators[13]!.data.method).toBe('部门确认的数据共享需求满足情况的数量/部门数据共享需求总量×100%');
    expect((indicators[13]!.data.notes as string[]).join('')).toMatch(/数据共享需求满足率/);
  });

  it('has the three phases of 第五章 as a timeline', () => {
    const phases = read('timeline').sort((a, b) => Number(a.data.phase) - Number(b.data.phase));
    expect(phases.map((p) => [p.data.title, p.data.period, p.data.start, p.data.end, (p.data.tasks as string[]).length])).toEqual([
      ['夯实基础，改革攻坚', '2021-2022 年', 2021, 2022, 6],
      ['示范突破，深化应用', '2023-2024 年', 2023, 2024, 2],
      ['融合创新，全面提升', '2025 年', 2025, 2025, 2],
    ]);
    const chapter5 = chapters.find((c) => c.id === 'chapter-5')!.body;
    for (const phase of phases) for (const task of phase.data.tasks as string[]) expect(chapter5).toContain(task);
  });

  it('keeps the five figure captions, each with a note that the figure is missing', () => {
    const figures = chapters.flatMap((c) => [...c.body.matchAll(/<Figure number=\{(\d)\}>(.+?)<\/Figure>/g)].map((m) => m[2]));
    expect(figures).toEqual([
      '图 1-汕头市“数字政府”管理架构图',
      '图 2-汕头市“数字政府”业务架构图',
      '图 3-汕头市“数字政府”技术架构图',
      '图 4-汕头市“数字政府”数据架构图',
      '图 5-汕头市“数字政府”安全架构图',
    ]);
  });
});
