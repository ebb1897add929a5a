/**
 * 图 1, 2, 4 and 5 as 第三章 describes them: each drawn from one section,
 * its banner from the section's opening paragraph and one layer per
 * numbered paragraph after the figure. Every word is quoted from the
 * paragraph it cites (test/site/figures.test.ts holds the figures to
 * that); the order is the text's, and no link between parts is drawn, as
 * the text states none.
 */
import type { DiagramSpec } from './layered-layout.ts';

/** The chapter whose paragraphs the figures cite (and where they stand). */
export const FIGURES_CHAPTER = 'chapter-3';

export const LAYERED_FIGURES: Record<number, DiagramSpec> = {
  1: {
    number: 1,
    title: '管理架构示意图（编者据第三章第一节重绘）',
    banner: { cites: 's1-p1', lines: ['“政企合作、管运分离”', '“统一领导、统筹管理、专业运营、智库支撑”'] },
    layers: [
      { name: '一、统一领导', cites: 's1-p2', items: ['市政府', '各级数字政府改革建设工作领导小组'] },
      { name: '二、统筹管理', cites: 's1-p3', items: ['市政务服务数据管理局', '区（县）政务服务数据管理局', '各级各部门'] },
      { name: '三、专业运营', cites: 's1-p4', items: ['汕头市“数字政府”建设运营中心', '信息技术服务企业'] },
      { name: '四、智库支持', cites: 's1-p5', items: ['汕头市数字政府改革建设专家委员会', '电子政务专家库', '专家、研究院所和第三方咨询机构'] },
    ],
  },
  2: {
    number: 2,
    title: '业务架构示意图（编者据第三章第二节重绘）',
    banner: { cites: 's2-p1', lines: ['“服务、治理、协同”三大业务域', '“整体协同、平台驱动”'] },
    layers: [
      { name: '一、完善本地数字政府服务体系', cites: 's2-p2', items: ['优化营商环境', '提升民生服务', '省级统一应用+本地特色应用'] },
      { name: '二、健全本地数字政府治理体系', cites: 's2-p3', items: ['加强城市治理', '推进乡村治理', '推进市场治理', '加强生态治理', '加强市域治理'] },
      { name: '三、优化本地数字政府协同机制', cites: 's2-p4', items: ['推进协同联动', '提高工作效能', '推动党群和民主法治信息化建设'] },
    ],
  },
  4: {
    number: 4,
    title: '数据架构示意图（编者据第三章第四节重绘）',
    banner: { cites: 's4-p1', lines: ['上联省级、下通区级', '省、市、区一体化、服务化数据架构'] },
    layers: [
      { name: '一、数据源', cites: 's4-p2', items: ['公共数据资源', '社会数据资源', '业务库', '共享库'] },
      { name: '二、数据资源池', cites: 's4-p3', items: ['汇聚库', '基础库', '主题库', '专题库'] },
      { name: '三、数据支撑平台', cites: 's4-p4', items: ['一体化政务大数据中心汕头分节点', '数据服务管理', '数据资源管理', '数据目录管理'] },
      { name: '四、数据服务', cites: 's4-p5', items: ['基础信息资源', '主题信息资源', '专题信息资源', '共享', '开放授权'] },
    ],
  },
  5: {
    number: 5,
    title: '安全架构示意图（编者据第三章第五节重绘）',
    banner: { cites: 's5-p1', lines: ['“安全可信，合规可控”', '“事前、事中、事后”'] },
    layers: [
      { name: '一、安全合规', cites: 's5-p2', items: ['网络安全防护体系建设'] },
      { name: '二、安全管理', cites: 's5-p3', items: ['安全组织', '安全人员', '责任分工', '制度流程'] },
      { name: '三、安全监管', cites: 's5-p4', items: ['安全指导', '安全监测', '通报预警', '监督考核', '市委网信办', '市公安局', '市委机要保密局'] },
      { name: '四、安全运营', cites: 's5-p5', items: ['安全识别', '安全防护', '事件响应与处置', '安全分析与监测'] },
      { name: '五、安全技术', cites: 's5-p6', items: ['安全基础资源', '安全运营支撑', '基础安全', '应用安全', '数据安全', '新技术应用安全'] },
    ],
  },
};
