/**
 * Editorial metadata for the glossary: URL slugs, the plain term name and the
 * other forms the plan's text uses. Keyed by the 附件 2 number, so that a
 * change of the source text cannot silently reassign them.
 */
export interface TermMeta {
  slug: string;
  term: string;
  aliases?: string[];
  /** Slugs of terms a reader of this one should also see (shown both ways on the term pages). */
  related?: string[];
  /**
   * Passages where the name does not mean the term (false hits for the
   * cross-links), quoted with enough of the text around it to contain it.
   */
  exclude?: string[];
}

/** The optional fields of a term's frontmatter, only when set (keeps the files tidy). */
export function termExtras(meta: TermMeta): { related?: string[]; exclude?: string[] } {
  return {
    ...(meta.related?.length ? { related: meta.related } : {}),
    ...(meta.exclude?.length ? { exclude: meta.exclude } : {}),
  };
}

export const ANNEX_TERMS: Readonly<Record<number, TermMeta>> = {
  1: { slug: 'yi-jian-shi', term: '一件事', related: ['si-mian', 'miao-pi', 'ling-pao-dong'] },
  2: { slug: 'si-mian', term: '四免', related: ['miao-pi', 'ling-pao-dong'] },
  3: { slug: 'ling-pao-dong', term: '零跑动', related: ['kua-yu-tong-ban'] },
  4: { slug: 'miao-pi', term: '秒批' },
  5: { slug: 'kua-yu-tong-ban', term: '跨域通办', related: ['yi-wang-tong-ban'] },
  6: { slug: 'san-wang-rong-he', term: '三网融合', aliases: ['“三网”融合'] },
  7: { slug: 'yi-wang-tong-ban', term: '一网通办' },
  8: { slug: 'zheng-yin-he-zuo', term: '政银合作', related: ['zheng-qi-he-zuo-guan-yun-fen-li'] },
  9: { slug: 'hao-cha-ping', term: '政务服务“好差评”', aliases: ['好差评'], related: ['yi-wang-tong-ban'] },
  10: { slug: 'zheng-zhao-fen-li', term: '证照分离', related: ['shuang-sui-ji-yi-gong-kai'] },
  11: { slug: 'yi-wang-tong-guan', term: '一网统管' },
  12: { slug: 'xue-liang-gong-cheng', term: '雪亮工程', related: ['yi-wang-tong-guan'] },
  // 第四章 quotes the 一网统管 slogan “…一网决策指挥、一网协同共治”: not the term 一网协同.
  13: { slug: 'yi-wang-xie-tong', term: '一网协同', exclude: ['一网协同共治'] },
  14: { slug: 'zheng-qi-he-zuo-guan-yun-fen-li', term: '政企合作、管运分离', aliases: ['管运分离', '政企合作'] },
  15: { slug: 'hu-lian-wang-jia', term: '互联网+' },
  16: { slug: 'zheng-wu-shu-ju', term: '政务数据', related: ['gong-gong-shu-ju', 'shu-ju-pu-cha'] },
  17: { slug: 'gong-gong-shu-ju', term: '公共数据' },
  18: { slug: 'shu-ju-pu-cha', term: '数据普查' },
  19: { slug: '5g', term: '5G', related: ['ipv6'] },
  20: { slug: 'xin-chuang', term: '信创', related: ['iaas-paas'] },
  21: { slug: 'iaas-paas', term: 'IaaS、PaaS', aliases: ['IaaS', 'PaaS'] },
  22: { slug: 'ipv6', term: 'IPv6', aliases: ['IPV6'] },
  23: { slug: 'shuang-sui-ji-yi-gong-kai', term: '双随机、一公开' },
};

/**
 * Terms the plan defines in its own text. `definition` is a pattern whose
 * match, in the named chapter and section, is quoted verbatim as the definition.
 */
export interface BodyTermSpec extends TermMeta {
  chapter: number;
  section: number;
  definition: RegExp;
}

export const BODY_TERMS: readonly BodyTermSpec[] = [
  {
    slug: 'wu-heng-san-zong',
    term: '五横三纵',
    chapter: 3,
    section: 3,
    definition: /“五横”分别是[^）]+/,
  },
  {
    slug: 'san-heng-si-zong',
    term: '三横四纵',
    related: ['wu-heng-san-zong'],
    chapter: 4,
    section: 4,
    definition: /“三横”是指.+?四大安全体系。/,
  },
  {
    slug: 'yi-zheng-yi-shu',
    term: '一证一书',
    chapter: 4,
    section: 2,
    definition: /(?<=“一证一书”（)即身份证、授权委托书(?=）)/,
  },
  {
    slug: 'zong-he-chuang-kou',
    term: '综合窗口',
    chapter: 1,
    section: 1,
    definition: /市政务服务中心政府综合服务窗口（简称“综合窗口”）/,
  },
];
