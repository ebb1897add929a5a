/**
 * The ways a reader can cite a passage of the plan (CiteTools): the plain
 * citation, a GB/T 7714—2015 reference to the whole document with the
 * passage as its locator, and a Markdown link.
 */

/** What content/plan.yaml says of the document, once editors have filled it in: each omitted while unknown. */
export interface CitedDocument {
  /** 发文机关, the 主要责任者 of GB/T 7714. */
  issuer?: string | undefined;
  /** 文号, e.g. 汕府〔2022〕12号. */
  documentNumber?: string | undefined;
  /** 发布日期, YYYY-MM-DD. */
  published?: string | undefined;
}

export interface CitedPassage extends CitedDocument {
  /** The plan's title, without book-title marks. */
  planTitle: string;
  /** Where the passage is, e.g. 第四章第二节一（一）第4段. */
  locator: string;
  /** The passage's canonical URL (with its anchor). */
  url: string;
}

/** 《题名》（文号）locator, then the URL on its own line. */
export function plainCitation({ planTitle, documentNumber, locator, url }: CitedPassage): string {
  return `《${planTitle}》${documentNumber ? `（${documentNumber}）` : ''}${locator}\n${url}`;
}

/**
 * GB/T 7714—2015, electronic resource ([EB/OL]):
 * 主要责任者. 题名: 文号[EB/OL]: 引文位置(发布日期)[引用日期]. 获取和访问路径.
 * The locator stands where the standard puts 引文页码. The source text names
 * neither the issuing body (主要责任者) nor a 文号 or publication date: each
 * is left out, rather than guessed, until editors fill it in (plan.yaml).
 */
export function gbt7714Reference({ planTitle, issuer, documentNumber, published, locator, url }: CitedPassage, accessed: Date): string {
  const responsible = issuer ? `${issuer}. ` : '';
  const other = documentNumber ? `: ${documentNumber}` : '';
  const date = published ? `(${published})` : '';
  return `${responsible}${planTitle}${other}[EB/OL]: ${locator}${date}[${isoDate(accessed)}]. ${url}.`;
}

/** [《题名》locator](url) */
export function markdownLink({ planTitle, locator, url }: CitedPassage): string {
  const label = `《${planTitle}》${locator}`.replace(/[[\]\\]/g, '\\$&');
  return `[${label}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** The reader's calendar date, YYYY-MM-DD (the standard's 引用日期). */
function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
