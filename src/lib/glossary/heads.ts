/**
 * The glossary page's order, as a term dictionary is arranged: entries under
 * their first character (字头), the characters in the order of their pinyin
 * (the zh-CN collation of ICU, which Node ships), and names that begin with a
 * Latin letter or a digit after them, as 《现代汉语词典》 puts 西文字母开头的词语
 * at the end. A reader who knows a term's first character finds its group
 * from the index bar; one who knows it by an alias (好差评 for 政务服务“好差评”)
 * finds the alias under its own first character, pointing to the term.
 */
import { foldChar, isQuote, nameKey } from '../../shared/normalize.ts';

const collator = new Intl.Collator('zh-CN');
const HAN = /^\p{Script=Han}$/u;

/** The first character that counts: opening quotes skipped, width folded, Latin in capitals (ipv6 → I). */
export function headOf(name: string): string {
  for (const char of name) {
    if (isQuote(char) || /\s/u.test(char)) continue;
    return foldChar(char).toUpperCase();
  }
  return '';
}

/** The group's anchor: ASCII and stable (I → head-i, 秒 → head-u79d2). */
export function headId(head: string): string {
  return /^[0-9A-Za-z]$/.test(head) ? `head-${head.toLowerCase()}` : `head-u${head.codePointAt(0)!.toString(16)}`;
}

/** Chinese characters by pinyin, then Latin letters and digits. */
export function compareHeads(a: string, b: string): number {
  const rank = (head: string) => (HAN.test(head) ? 0 : 1);
  return rank(a) - rank(b) || collator.compare(a, b);
}

/** Names within a group: by pinyin, quotes not counted (政务服务“好差评” sorts as 政务服务好差评). */
export function compareNames(a: string, b: string): number {
  return collator.compare(nameKey(a), nameKey(b)) || collator.compare(a, b);
}

export interface IndexName {
  /** The name as the index shows it. */
  name: string;
  /** The term's slug (its file name in content/glossary). */
  id: string;
  /** The term's own name, when `name` is an alias listed under its own first character (见 the term). */
  see?: string | undefined;
}

/**
 * Every term by its name, and each alias that begins with another
 * character than the term (and than the term's other aliases) as a
 * cross-reference: an alias under the term's own first character would only
 * repeat the entry next to it.
 */
export function indexNames(terms: readonly { id: string; term: string; aliases: readonly string[] }[]): IndexName[] {
  return terms.flatMap(({ id, term, aliases }) => {
    const heads = new Set([headOf(term)]);
    const names: IndexName[] = [{ name: term, id }];
    for (const alias of aliases) {
      const head = headOf(alias);
      if (head === '' || heads.has(head)) continue;
      heads.add(head);
      names.push({ name: alias, id, see: term });
    }
    return names;
  });
}

export interface HeadGroup<T> {
  head: string;
  id: string;
  items: T[];
}

/** `items` grouped by the first character of their names, groups and items in index order. */
export function groupByHead<T>(items: readonly T[], nameOf: (item: T) => string): HeadGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const head = headOf(nameOf(item));
    if (head === '') throw new Error(`名词“${nameOf(item)}”没有可用作字头的字 (a name made of quotes only)`);
    const group = groups.get(head) ?? [];
    group.push(item);
    groups.set(head, group);
  }
  return [...groups]
    .sort(([a], [b]) => compareHeads(a, b))
    .map(([head, group]) => ({ head, id: headId(head), items: group.sort((a, b) => compareNames(nameOf(a), nameOf(b))) }));
}
