/**
 * The ways a reader can cite a passage of the plan (CiteTools): the plain
 * citation, a GB/T 7714—2015 reference to the whole document with the
 * passage as its locator, and a Markdown link.
 */

export interface CitedPassage {
  /** The plan's title, without book-title marks. */
  planTitle: string;
  /** Where the passage is, e.g. 第四章第二节一（一）第4段. */
  locator: string;
  /** The passage's canonical URL (with its anchor). */
  url: string;
}

/** 《题名》locator, then the URL on its own line. */
export function plainCitation({ planTitle, locator, url }: CitedPassage): string {
  return `《${planTitle}》${locator}\n${url}`;
}

/**
 * GB/T 7714—2015, electronic resource ([EB/OL]): 题名[EB/OL]: 引文位置[引用日期]. 获取和访问路径.
 * The locator stands where the standard puts 引文页码. The source text names
 * neither the issuing body (主要责任者) nor a publication date, so they are
 * left out rather than guessed.
 */
export function gbt7714Reference({ planTitle, locator, url }: CitedPassage, accessed: Date): string {
  return `${planTitle}[EB/OL]: ${locator}[${isoDate(accessed)}]. ${url}.`;
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
