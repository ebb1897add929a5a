/**
 * The search-quality set: queries a reader would type, with the result that
 * should come first, written by hand from reading the plan (not from what the
 * search returns). quality.browser.test.ts runs every query through the real search
 * page in Chromium against the real index and reports top-1 / top-3 accuracy.
 *
 * `expect` lists the acceptable answers; a result counts when the place it
 * leads to first (its best passage, else the page) is one of them:
 * - `/glossary/yi-wang-tong-ban/` — that page;
 * - `/chapter-1/#s1-2` — that part of the chapter: the heading s1-2 or any
 *   paragraph under it (s1-2-p4), as the anchor scheme nests
 *   (docs/architecture.md).
 *
 * Names are typed the way readers type them: without the plan's quotation
 * marks (粤省事, not “粤省事”), aliases (好差评, 管运分离, IPV6), short forms of
 * long project names (应急内涝监测系统).
 */

export type QualityGroup = 'term' | 'indicator' | 'project' | 'question' | TypingClass;

/**
 * How readers type otherwise than the plan prints (issue #12): traditional
 * characters, pinyin in full or by initials, loose spacing and full-width
 * characters, phrases without quotes, and words the plan does not use.
 */
export type TypingClass = 'traditional' | 'pinyin' | 'initials' | 'spacing' | 'phrase' | 'zero';
export const TYPING_CLASSES: TypingClass[] = ['traditional', 'pinyin', 'initials', 'spacing', 'phrase', 'zero'];

export interface QualityCase {
  query: string;
  group: QualityGroup;
  /** A name (its own page must come first) or free text. */
  name?: boolean;
  expect: string[];
  /**
   * Free text without quotes (group 'phrase'): the first result must lead to a
   * passage that holds this phrase contiguous, and mark the phrase only.
   */
  phrase?: string;
  /** Why the answer is what it is, where that is not obvious. */
  note?: string;
}

const term = (query: string, slug: string, note?: string): QualityCase => ({
  query,
  group: 'term',
  expect: [`/glossary/${slug}/`],
  ...(note ? { note } : {}),
});
const indicator = (query: string, n: number, also: string[] = [], note?: string): QualityCase => ({
  query,
  group: 'indicator',
  expect: [`/indicators/#indicator-${n}`, ...also],
  ...(note ? { note } : {}),
});
const project = (query: string, id: string): QualityCase => ({ query, group: 'project', expect: [`/projects/${id}/`] });
const question = (query: string, expect: string[], note: string): QualityCase => ({ query, group: 'question', expect, note });

const TERM = (slug: string) => `/glossary/${slug}/`;
const PROJECT = (id: string) => `/projects/${id}/`;
const INDICATOR = (n: number) => `/indicators/#indicator-${n}`;
/** A name typed otherwise: its own page first. */
const typedName = (group: TypingClass, query: string, expect: string, note?: string): QualityCase => ({
  query,
  group,
  name: true,
  expect: [expect],
  ...(note ? { note } : {}),
});
/** Free text typed otherwise: one of these places first. */
const typedText = (group: TypingClass, query: string, expect: string[], note: string): QualityCase => ({ query, group, name: false, expect, note });
/** A phrase typed without quotes: a passage holding it contiguous first. */
const unquoted = (phrase: string): QualityCase => ({ query: phrase, group: 'phrase', name: false, expect: [], phrase });
/** Words the plan does not use, or a name mistyped: a suggestion must lead to one of these. */
const zero = (query: string, expect: string[], note: string): QualityCase => ({ query, group: 'zero', name: false, expect, note });

export const QUALITY_SET: QualityCase[] = [
  // 附件 2 名词解释: all 23 terms (aliases where readers use them).
  term('一件事', 'yi-jian-shi'),
  term('四免', 'si-mian'),
  term('零跑动', 'ling-pao-dong'),
  term('秒批', 'miao-pi'),
  term('跨域通办', 'kua-yu-tong-ban'),
  term('三网融合', 'san-wang-rong-he'),
  term('一网通办', 'yi-wang-tong-ban'),
  term('政银合作', 'zheng-yin-he-zuo'),
  term('好差评', 'hao-cha-ping'),
  term('证照分离', 'zheng-zhao-fen-li'),
  term('一网统管', 'yi-wang-tong-guan'),
  term('雪亮工程', 'xue-liang-gong-cheng'),
  term('一网协同', 'yi-wang-xie-tong'),
  term('管运分离', 'zheng-qi-he-zuo-guan-yun-fen-li'),
  term('互联网+', 'hu-lian-wang-jia'),
  term('政务数据', 'zheng-wu-shu-ju'),
  term('公共数据', 'gong-gong-shu-ju'),
  term('数据普查', 'shu-ju-pu-cha'),
  term('5G', '5g'),
  term('信创', 'xin-chuang'),
  term('PaaS', 'iaas-paas'),
  term('IPV6', 'ipv6', 'the plan writes both IPv6 and IPV6'),
  term('双随机一公开', 'shuang-sui-ji-yi-gong-kai'),
  // Terms the chapters define in passing.
  term('三横四纵', 'san-heng-si-zong'),
  term('五横三纵', 'wu-heng-san-zong'),
  term('一证一书', 'yi-zheng-yi-shu'),
  term('综合窗口', 'zong-he-chuang-kou'),
  // The same terms asked as questions or in other spellings.
  term('什么是秒批', 'miao-pi'),
  term('一网通办是什么意思', 'yi-wang-tong-ban'),
  term('“三网”融合', 'san-wang-rong-he'),
  term('政企合作、管运分离', 'zheng-qi-he-zuo-guan-yun-fen-li'),

  // 表 1: all 20 indicators.
  indicator('零跑动事项覆盖率', 1),
  indicator('一窗综合受理率', 2),
  indicator('一件事主题集成服务数量', 3),
  indicator('政务服务秒批秒报数量', 4),
  indicator('粤智助政府服务自助机镇街覆盖率', 5),
  indicator('高频服务事项跨省通办比例', 6),
  indicator('政务服务好差评', 7, ['/glossary/hao-cha-ping/'], 'indicator 7 has exactly the name of term 9; both are that name’s own page'),
  indicator('粤省事日均活跃用户数', 8),
  indicator('粤商通日均活跃用户数', 9),
  indicator('粤政易日均活跃度', 10),
  indicator('一网统管行业覆盖率', 11),
  indicator('应共享的数据需求满足率', 12),
  indicator('公共数据资源社会开放数据集', 13),
  indicator('视频终端接入大数据中心数量', 14),
  indicator('感知终端接入大数据中心数量', 15),
  indicator('政务云资源算力规模', 16),
  indicator('政务外网接入率', 17),
  indicator('电子证照用证率', 18),
  indicator('政府部门电子印章覆盖率', 19),
  indicator('一体化政务服务平台可网办事项单点登录率', 20),

  // 专栏 1–10: every project.
  project('政务云', '01-01'),
  project('政务外网升级改造工程', '02-01'),
  project('政务大数据中心应用强化工程', '03-01'),
  project('数据资源库建设完善工程', '03-02'),
  project('数据质量提升行动', '03-03'),
  project('政务服务好差评系统', '04-01'),
  project('政务服务事项管理系统', '04-02'),
  project('粤省事', '04-03'),
  project('粤商通', '04-04'),
  project('粤省心', '04-05'),
  project('区域医疗卫生信息平台二期', '05-01'),
  project('互联网+救助', '05-02'),
  project('互联网+教育', '06-01'),
  project('互联网医院平台', '06-02'),
  project('社保卡一卡通', '06-03'),
  project('互联网+退役军人服务', '06-04'),
  project('公共资源交易一张网', '07-01'),
  project('中小企业融资平台', '07-02'),
  project('互联网+不动产登记', '07-03'),
  project('交通综合执法信息系统', '08-01'),
  project('营商环境大数据平台', '08-02'),
  project('智慧住建大平台', '08-03'),
  project('广东省行政执法信息平台和行政执法监督网络平台本地化部署以及推广运用项目', '08-04'),
  project('智慧戒毒', '08-05'),
  project('应急内涝监测系统', '08-06'),
  project('粤平安社会治理云平台汕头分平台', '08-07'),
  project('智慧城管', '08-08'),
  project('互联网+气象', '08-09'),
  project('智慧水利', '08-10'),
  project('智慧水务', '08-11'),
  project('智慧消防', '08-12'),
  project('亚青会信息技术与通信系统', '08-13'),
  project('粤政易', '09-01'),
  project('金审工程三期', '09-02'),
  project('政府网站集约化平台', '09-03'),
  project('数字党建', '09-04'),
  project('数字政协', '09-05'),
  project('数字政法', '09-06'),
  project('智慧法院', '09-07'),
  project('智慧检务', '09-08'),
  project('开展公共数据资源普查和目录编制行动', '10-01'),
  project('深化数据资源开发利用和治理', '10-02'),

  // What a citizen or a member of staff would ask.
  question(
    '内涝怎么监测',
    ['/projects/08-06/', '/chapter-4/#s2-2', '/chapter-4/#zl8-6', '/chapter-1/#s1-6'],
    '汕头市应急内涝监测系统: the project, its paragraph in 第四章第二节二 and its 专栏 8 entry; 第一章第一节六 describes the 内涝监测平台 already built',
  ),
  question('社保卡 持卡人数 目标', ['/chapter-4/#s2-1-3'], '第四章第二节一（三）: 2025 年社保卡持卡人数达到 550 万以上'),
  question(
    '政务云 多少核',
    ['/chapter-1/#s1-2', '/indicators/#indicator-16'],
    'Iaas 资源 8820 核 vCPU (第一章第一节二); 政务云资源算力规模 1→1.5 万核 (表 1 第16项)',
  ),
  question('首席数据官', ['/chapter-6/#s1', '/chapter-4/#s3-1'], '探索设立首席数据官 (第六章第一节); 首席数据官制度 (第四章第三节一)'),
  question('5G基站有多少', ['/chapter-1/#s1-2'], '5G 基站累计建成开通 4000 座 (第一章第一节二)'),
  question('粤省事注册用户有多少', ['/chapter-1/#s1-4'], '粤省事·汕头实名注册用户数累计 434 万 (第一章第一节四)'),
  question('汕头有几个数据中心', ['/chapter-1/#s1-2'], '我市现有数据中心 5 个 (第一章第一节二)'),
  question('好差评制度', ['/chapter-1/#s1-4', '/chapter-4/#s2-1-1'], '“好差评”制度率先建立 (第一章第一节四); 推进政务服务“好差评”工作 (第四章第二节一（一）)'),
  question('网上可办率是多少', ['/chapter-1/#s1-4'], '依申请类政务服务事项网上可办率 87％ (第一章第一节四)'),
  question('亚青会用了什么网络', ['/projects/08-13/', '/chapter-4/#s2-2', '/chapter-4/#zl8-13'], '有线和无线两大核心网络 (第四章第二节二; 专栏 8 第13项)'),
  question('2025年底要达到什么', ['/chapter-5/#s3', '/timeline/#phase-3'], '至 2025 年底，数字政府能力全面提升 (第五章第三节)'),
  question(
    '一网统管基础平台',
    ['/chapter-3/#s2', '/chapter-3/#s6', '/chapter-4/#s2-2'],
    '省“一网统管”基础平台（“粤治慧”） (第三章第二节); 三级“一网统管”基础平台 (第四章第二节二)',
  ),
  question('电子证照用证率目标', ['/indicators/#indicator-18', '/chapter-2/#indicator-18'], '表 1 第18项: 8% → 40%'),
  question('上云率达到多少', ['/chapter-4/#s1-1'], '争取五年后上云率达到 90% (第四章第一节一)'),
  question('7x24小时安全监控', ['/chapter-4/#s4-6'], '建立 7x24 小时的信息安全监控运营机制 (第四章第四节六)'),
  question('社会治理专家库', ['/chapter-4/#s2-2'], '建立汕头市社会治理专家库 (第四章第二节二)'),
  question('首贷服务中心什么时候启动', ['/chapter-1/#s1-4'], '汕头市首贷服务中心于 2021 年 10 月 22 日正式启动 (第一章第一节四)'),
  question('政务外网IPv6改造', ['/chapter-4/#s1-2-1'], '推进全市政务外网 IPv6 改造 (第四章第一节二（一）)'),
  question('数字政府需要什么人才', ['/chapter-6/#s4'], '强化人才保障 (第六章第四节)'),
  question('没纳入规划的项目 资金', ['/chapter-6/#s3'], '对没有纳入数字政府建设规划的项目，原则上不予安排资金 (第六章第三节)'),
  question('政务服务中心进驻多少事项', ['/chapter-1/#s1-4'], '进驻政务服务事项 1939 项 (第一章第一节四)'),
  question('跨省通办比例目标', ['/indicators/#indicator-6', '/chapter-2/#indicator-6'], '高频服务事项“跨省通办”比例 57.7% → 100% (表 1 第6项)'),
  question('大数据中心汕头分节点什么时候建成', ['/chapter-1/#s1-2'], '于 2021 年 11 月完成政务大数据中心汕头分节点建设 (第一章第一节二)'),
  question('政务外网覆盖多少村居', ['/chapter-1/#s1-2'], '完成 6 区 1 县、67 个镇街、1086 个村居政务外网建设 (第一章第一节二)'),
  question('实施步骤分哪三个阶段', ['/timeline/', '/chapter-5/'], '第五章实施步骤: 2021-2022、2023-2024、2025 年三个阶段'),

  // Traditional characters, as readers in 潮汕, Hong Kong, Taiwan and overseas type.
  typedName('traditional', '一網通辦', TERM('yi-wang-tong-ban')),
  typedName('traditional', '政務雲', PROJECT('01-01')),
  typedName('traditional', '一網統管', TERM('yi-wang-tong-guan')),
  typedName('traditional', '一網協同', TERM('yi-wang-xie-tong')),
  typedName('traditional', '零跑動', TERM('ling-pao-dong')),
  typedName('traditional', '跨域通辦', TERM('kua-yu-tong-ban')),
  typedName('traditional', '三網融合', TERM('san-wang-rong-he')),
  typedName('traditional', '政銀合作', TERM('zheng-yin-he-zuo')),
  typedName('traditional', '好差評', TERM('hao-cha-ping')),
  typedName('traditional', '證照分離', TERM('zheng-zhao-fen-li')),
  typedName('traditional', '管運分離', TERM('zheng-qi-he-zuo-guan-yun-fen-li')),
  typedName('traditional', '互聯網+', TERM('hu-lian-wang-jia')),
  typedName('traditional', '政務數據', TERM('zheng-wu-shu-ju')),
  typedName('traditional', '公共數據', TERM('gong-gong-shu-ju')),
  typedName('traditional', '數據普查', TERM('shu-ju-pu-cha')),
  typedName('traditional', '雙隨機一公開', TERM('shuang-sui-ji-yi-gong-kai')),
  typedName('traditional', '三橫四縱', TERM('san-heng-si-zong')),
  typedName('traditional', '五橫三縱', TERM('wu-heng-san-zong')),
  typedName('traditional', '一證一書', TERM('yi-zheng-yi-shu')),
  typedName('traditional', '綜合窗口', TERM('zong-he-chuang-kou')),
  typedName('traditional', '粵省事', PROJECT('04-03')),
  typedName('traditional', '粵商通', PROJECT('04-04')),
  typedName('traditional', '電子證照用證率', INDICATOR(18)),
  typedName('traditional', '政務外網接入率', INDICATOR(17)),
  typedName('traditional', '數字黨建', PROJECT('09-04')),
  typedText('traditional', '內澇怎麼監測', ['/projects/08-06/', '/chapter-4/#s2-2', '/chapter-4/#zl8-6', '/chapter-1/#s1-6'], 'as 内涝怎么监测'),
  typedText('traditional', '首席數據官', ['/chapter-6/#s1', '/chapter-4/#s3-1'], 'as 首席数据官'),
  typedText('traditional', '粵省事註冊用戶有多少', ['/chapter-1/#s1-4'], 'as 粤省事注册用户有多少'),

  // Pinyin in full, without tones, as typed without an input method.
  typedName('pinyin', 'yiwangtongban', TERM('yi-wang-tong-ban')),
  typedName('pinyin', 'yiwangtongguan', TERM('yi-wang-tong-guan')),
  typedName('pinyin', 'yiwangxietong', TERM('yi-wang-xie-tong')),
  typedName('pinyin', 'miaopi', TERM('miao-pi')),
  typedName('pinyin', 'lingpaodong', TERM('ling-pao-dong')),
  typedName('pinyin', 'kuayutongban', TERM('kua-yu-tong-ban')),
  typedName('pinyin', 'sanwangronghe', TERM('san-wang-rong-he')),
  typedName('pinyin', 'zhengyinhezuo', TERM('zheng-yin-he-zuo')),
  typedName('pinyin', 'haochaping', TERM('hao-cha-ping')),
  typedName('pinyin', 'zhengzhaofenli', TERM('zheng-zhao-fen-li')),
  typedName('pinyin', 'xinchuang', TERM('xin-chuang')),
  typedName('pinyin', 'shujupucha', TERM('shu-ju-pu-cha')),
  typedName('pinyin', 'zhengwushuju', TERM('zheng-wu-shu-ju')),
  typedName('pinyin', 'gonggongshuju', TERM('gong-gong-shu-ju')),
  typedName('pinyin', 'sanhengsizong', TERM('san-heng-si-zong')),
  typedName('pinyin', 'wuhengsanzong', TERM('wu-heng-san-zong')),
  typedName('pinyin', 'yizhengyishu', TERM('yi-zheng-yi-shu')),
  typedName('pinyin', 'zonghechuangkou', TERM('zong-he-chuang-kou')),
  typedName('pinyin', 'yijianshi', TERM('yi-jian-shi')),
  typedName('pinyin', 'simian', TERM('si-mian')),
  typedName('pinyin', 'zhengwuyun', PROJECT('01-01')),
  typedName('pinyin', 'yueshengshi', PROJECT('04-03')),
  typedName('pinyin', 'yueshangtong', PROJECT('04-04')),
  typedName('pinyin', 'yuezhengyi', PROJECT('09-01')),
  typedName('pinyin', 'zhihuixiaofang', PROJECT('08-12')),
  typedName('pinyin', 'shuzidangjian', PROJECT('09-04')),
  typedName('pinyin', 'zhengwuwaiwangjierulv', INDICATOR(17), '率 typed lv, as pinyin keyboards take ü'),

  // Pinyin initials.
  typedName('initials', 'ywtb', TERM('yi-wang-tong-ban')),
  typedName('initials', 'ywtg', TERM('yi-wang-tong-guan')),
  typedName('initials', 'ywxt', TERM('yi-wang-xie-tong')),
  typedName('initials', 'lpd', TERM('ling-pao-dong')),
  typedName('initials', 'kytb', TERM('kua-yu-tong-ban')),
  typedName('initials', 'swrh', TERM('san-wang-rong-he')),
  typedName('initials', 'zyhz', TERM('zheng-yin-he-zuo')),
  typedName('initials', 'hcp', TERM('hao-cha-ping')),
  typedName('initials', 'zzfl', TERM('zheng-zhao-fen-li')),
  typedName('initials', 'xlgc', TERM('xue-liang-gong-cheng')),
  typedName('initials', 'sjpc', TERM('shu-ju-pu-cha')),
  typedName('initials', 'zwsj', TERM('zheng-wu-shu-ju')),
  typedName('initials', 'ggsj', TERM('gong-gong-shu-ju')),
  typedName('initials', 'shsz', TERM('san-heng-si-zong')),
  typedName('initials', 'whsz', TERM('wu-heng-san-zong')),
  typedName('initials', 'yzys', TERM('yi-zheng-yi-shu')),
  typedName('initials', 'zhck', TERM('zong-he-chuang-kou')),
  typedName('initials', 'ssjygk', TERM('shuang-sui-ji-yi-gong-kai')),
  typedName('initials', 'mp', TERM('miao-pi')),
  typedName('initials', 'yst', PROJECT('04-04')),
  typedName('initials', 'zhxf', PROJECT('08-12')),
  typedName('initials', 'szdj', PROJECT('09-04')),
  typedName('initials', 'zhfy', PROJECT('09-07')),
  typedName('initials', 'dzzzyzl', INDICATOR(18)),

  // Loose spacing, full-width letters and digits, capitals.
  typedName('spacing', '秒 批', TERM('miao-pi')),
  typedName('spacing', '一网 通办', TERM('yi-wang-tong-ban')),
  typedName('spacing', '一 网 通 办', TERM('yi-wang-tong-ban')),
  typedName('spacing', '零 跑 动', TERM('ling-pao-dong')),
  typedName('spacing', '好 差 评', TERM('hao-cha-ping')),
  typedName('spacing', '信 创', TERM('xin-chuang')),
  typedName('spacing', 'ＩＰｖ６', TERM('ipv6')),
  typedName('spacing', '５Ｇ', TERM('5g')),
  typedName('spacing', 'ＰａａＳ', TERM('iaas-paas')),
  typedName('spacing', '互联网＋', TERM('hu-lian-wang-jia')),
  typedName('spacing', '互联网 + 教育', PROJECT('06-01')),
  typedName('spacing', '粤 省 事', PROJECT('04-03')),
  typedName('spacing', '政务 云', PROJECT('01-01')),
  typedName('spacing', '　政务外网接入率　', INDICATOR(17), 'ideographic spaces around'),
  typedName('spacing', '电子证照 用证率', INDICATOR(18)),
  typedName('spacing', 'yi wang tong ban', TERM('yi-wang-tong-ban')),
  typedName('spacing', 'Yi Wang Tong Guan', TERM('yi-wang-tong-guan')),
  typedName('spacing', 'xueliang gongcheng', TERM('xue-liang-gong-cheng')),
  typedName('spacing', 'YWTB', TERM('yi-wang-tong-ban')),
  typedText('spacing', '2025 年底要达到什么', ['/chapter-5/#s3', '/timeline/#phase-3'], 'as 2025年底要达到什么'),
  typedText('spacing', '２０２５年底要达到什么', ['/chapter-5/#s3', '/timeline/#phase-3'], 'full-width digits'),
  typedText('spacing', '５Ｇ基站有多少', ['/chapter-1/#s1-2'], 'as 5G基站有多少'),
  typedText('spacing', '政务外网 ＩＰｖ６ 改造', ['/chapter-4/#s1-2-1'], 'as 政务外网IPv6改造'),
  typedText('spacing', '首贷服务中心 什么 时候 启动', ['/chapter-1/#s1-4'], 'as 首贷服务中心什么时候启动'),

  // Phrases of the plan typed without quotes.
  unquoted('数据共享'),
  unquoted('电子政务'),
  unquoted('信息资源'),
  unquoted('资源共享'),
  unquoted('信息共享'),
  unquoted('业务协同'),
  unquoted('信息安全'),
  unquoted('安全保障'),
  unquoted('数据开放'),
  unquoted('数据汇聚'),
  unquoted('数据交换'),
  unquoted('管理机制'),
  unquoted('技术支撑'),
  unquoted('支撑能力'),
  unquoted('线上线下'),
  unquoted('城市治理'),
  unquoted('数字经济'),
  unquoted('应急处置'),
  unquoted('监测预警'),
  unquoted('科学决策'),
  unquoted('分类分级'),
  unquoted('共享平台'),
  unquoted('运维管理'),

  // Words the plan does not use (content/synonyms.yaml) and names mistyped (您是不是要找).
  zero('不见面审批', [TERM('ling-pao-dong'), TERM('yi-wang-tong-ban')], 'the plan says 零跑动 and 一网通办'),
  zero('最多跑一次', [TERM('ling-pao-dong')], 'Zhejiang’s word for 零跑动'),
  zero('一次都不用跑', [TERM('ling-pao-dong')], 'the plan says 零跑动'),
  zero('城市大脑', [TERM('yi-wang-tong-guan')], 'the plan’s city operations platform is 一网统管'),
  zero('天网工程', [TERM('xue-liang-gong-cheng')], 'public video surveillance: 雪亮工程'),
  zero('国产化替代', [TERM('xin-chuang')], 'domestic IT: 信创'),
  zero('政务钉钉', [PROJECT('09-01')], 'the government’s collaboration app here is 粤政易'),
  zero('异地通办', [TERM('kua-yu-tong-ban')], 'the plan says 跨域通办'),
  zero('电子签章', [INDICATOR(19)], 'the plan says 电子印章'),
  zero('云计算中心', [PROJECT('01-01')], 'the plan’s cloud is 政务云'),
  zero('秒匹', [TERM('miao-pi')], 'homophone typo of 秒批'),
  zero('四兔', [TERM('si-mian')], 'look-alike typo of 四免'),
  zero('信窗', [TERM('xin-chuang')], 'typo of 信创'),
  zero('yiwangtongbna', [TERM('yi-wang-tong-ban')], 'pinyin typo'),
  zero('lingpaodogn', [TERM('ling-pao-dong')], 'pinyin typo'),
  zero('haochaiping', [TERM('hao-cha-ping')], 'pinyin typo'),
  zero('miaopii', [TERM('miao-pi')], 'pinyin typo'),
  zero('xueliangongcheng', [TERM('xue-liang-gong-cheng')], 'pinyin typo'),
  zero('yuezhenyi', [PROJECT('09-01')], 'pinyin typo (zhen for zheng)'),
  zero('zhengwuyum', [PROJECT('01-01')], 'pinyin typo'),
  zero('kuayutonban', [TERM('kua-yu-tong-ban')], 'pinyin typo'),
  zero('shujupuca', [TERM('shu-ju-pu-cha')], 'pinyin typo'),
];

/** Does a result's first destination answer the case? */
export function answers(target: string, expected: string): boolean {
  const [path, hash] = expected.split('#') as [string, string | undefined];
  const url = new URL(target, 'http://site.invalid');
  if (url.pathname !== path) return false;
  if (hash === undefined) return true;
  const got = url.hash.slice(1);
  return got === hash || got.startsWith(`${hash}-`);
}
