/**
 * Cross-links on the built site (DIST_DIR): where the links are, where they
 * never are, what the build report says, and whether the backlinks on term
 * and project pages count what the content files say. Occurrences are
 * counted here from the content files with plain string work, independently
 * of the plugin's matcher.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reportPath } from '../../src/lib/crosslinks/report.ts';
import { DIST, ROOT, htmlPages } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text, type Element } from '../helpers/html.ts';

const CONTENT = join(ROOT, 'content');

interface ContentEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

function entries(dir: string): ContentEntry[] {
  return readdirSync(join(CONTENT, dir))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const raw = readFileSync(join(CONTENT, dir, name), 'utf8');
      const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(raw)!;
      return { id: name.replace(/\.mdx$/, ''), data: parseYaml(front!) as Record<string, unknown>, body: body! };
    });
}

const terms = entries('glossary');
const projects = entries('projects');
const chapters = entries('chapters');

/** Quotes dropped, fullwidth forms and Latin case folded: how a name is compared. */
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[“”‘’"＂「」『』]/g, '')
    .toLowerCase();

/**
 * The running text of an MDX body, one string per paragraph: headings and
 * component blocks (editorial notes, figures, 专栏 boxes) dropped, Markdown
 * escapes undone.
 */
function paragraphs(body: string): string[] {
  return body
    .replace(/^<([A-Z]\w*)[^\n]*\/>\s*$/gm, '')
    .replace(/^<([A-Z]\w*)[^>]*>[\s\S]*?<\/\1>\s*$/gm, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#'))
    .map((block) => block.replace(/\\(.)/g, '$1'));
}

/** Non-overlapping occurrences of any of `forms` in `text`, longest form first, outside the `exclude` contexts. */
function count(text: string, forms: string[], exclude: string[] = []): number {
  let folded = fold(text);
  for (const context of exclude) folded = folded.split(fold(context)).join('\u0000');
  let n = 0;
  for (const form of [...new Set(forms.map(fold))].sort((a, b) => b.length - a.length)) {
    const parts = folded.split(form);
    n += parts.length - 1;
    folded = parts.join('\u0000');
  }
  return n;
}

const termForms = (t: ContentEntry) => [t.data['term'] as string, ...((t.data['aliases'] as string[]) ?? [])];
const chapterText = chapters.flatMap((c) => paragraphs(c.body));

const parsed = new Map<string, ReturnType<typeof parsePage>>();
function page(path: string): ReturnType<typeof parsePage> {
  if (!parsed.has(path)) parsed.set(path, parsePage(path));
  return parsed.get(path)!;
}

function linksOn(path: string, ref?: string): Element[] {
  const tree = page(path);
  return selectAll(ref ? `main a[data-xref="${ref}"]` : 'main a[data-xref]', tree);
}

describe('cross-links in the built text', () => {
  it('link 四免 and 秒批 in 第四章第二节 to their terms', () => {
    const page = parsePage('/chapter-4/');
    for (const [term, slug] of [
      ['四免', 'si-mian'],
      ['秒批', 'miao-pi'],
    ]) {
      const links = selectAll(`p:has(> a.para-num[id^="s2-"]) a[data-xref="term:${slug}"]`, page);
      expect(links.length, term).toBeGreaterThan(0);
      expect(text(links[0]), term).toBe(term);
      expect(links[0]!.properties['href'], term).toBe(`/glossary/${slug}/`);
    }
  });

  it('put no cross-link in any heading, nor in the 附件 2 list', () => {
    const offenders: string[] = [];
    for (const file of htmlPages()) {
      const page = parsePage(file);
      for (const link of selectAll(':is(h1, h2, h3, h4, h5, h6) a[data-xref], .glossary-list a[data-xref]', page)) {
        offenders.push(`${file}: ${text(link)}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(selectAll('.glossary-list dd', parsePage('/annex-2/'))).toHaveLength(23);
  });

  it('tie every link to its preview on the same page (also on the 全文 page), with the definition as its description', () => {
    const broken: string[] = [];
    let links = 0;
    for (const file of htmlPages()) {
      const tree = page(file);
      const ids = new Set(selectAll('[id]', tree).map((e) => String(e.properties['id'])));
      for (const link of selectAll('a[data-xref]', tree)) {
        links += 1;
        const description = String(link.properties['ariaDescribedBy']);
        if (!ids.has(description)) broken.push(`${file}: ${text(link)} → #${description}`);
      }
      for (const toggle of selectAll('button.xref-toggle', tree)) {
        if (!ids.has(String(toggle.properties['popoverTarget']))) broken.push(`${file}: button → #${String(toggle.properties['popoverTarget'])}`);
      }
    }
    expect(broken).toEqual([]);
    expect(links).toBeGreaterThan(200);
    const siMian = selectAll('a[data-xref="term:si-mian"]', page('/chapter-4/'))[0]!;
    expect(text(select(`[id="${String(siMian.properties['ariaDescribedBy'])}"]`, page('/chapter-4/')))).toBe(
      '政府部门核发材料原则上免提交，业务表单数据原则上免填写，可用电子印章的免用实物印章，可用电子签名的免用手写签名。',
    );
  });

  it('link every one of the 23 附件 2 terms in the body text, or report why not', () => {
    const report = JSON.parse(readFileSync(reportPath(DIST), 'utf8')) as {
      terms: { ref: string; links: number; reason?: string }[];
    };
    const annex = terms.filter((t) => typeof t.data['number'] === 'number');
    expect(annex).toHaveLength(23);
    const bodyPages = [...chapters.map((c) => `/${c.id}/`), ...projects.map((p) => `/projects/${p.id}/`)];
    const linked = new Map<string, number>();
    for (const page of bodyPages)
      for (const link of linksOn(page)) linked.set(String(link.properties['dataXref']), (linked.get(String(link.properties['dataXref'])) ?? 0) + 1);

    const unlinked: string[] = [];
    for (const term of annex) {
      const ref = `term:${term.id}`;
      const entry = report.terms.find((t) => t.ref === ref);
      expect(entry, ref).toBeDefined();
      if ((linked.get(ref) ?? 0) > 0) {
        expect(entry!.links, ref).toBeGreaterThan(0);
        continue;
      }
      unlinked.push(term.data['term'] as string);
      expect(entry!.links, ref).toBe(0);
      expect(entry!.reason, ref).toMatch(/\S/);
      // The reason holds: the term is not in the running text at all.
      expect(count(chapterText.join('\n'), termForms(term), (term.data['exclude'] as string[]) ?? []), ref).toBe(0);
    }
    // At most a few terms can be missing, each for a stated reason.
    expect(unlinked.length).toBeLessThan(annex.length / 4);
  });

  /**
   * Where each content paragraph stands in the built site: the k-th running
   * paragraph of a chapter file is the k-th top-level <p> of its page (the
   * anchors test checks those ids); a project's text is its item in its 专栏
   * box. Counted per paragraph from the content files.
   */
  let contentPassages: { href: string; text: string; project?: string }[] | undefined;
  const passagesInContent = () =>
    (contentPassages ??= [...chapters]
      .sort((a, b) => Number(a.data['order']) - Number(b.data['order']))
      .flatMap((chapter) => {
        const tree = page(`/${chapter.id}/`);
        const own = paragraphs(chapter.body);
        let k = 0;
        // Paragraphs and 专栏 items in the order the page shows them.
        // A paragraph's anchor is on its number (remark-plan-anchors.ts).
        return selectAll('article.chapter > p:has(> a.para-num), li.zhuanlan__project', tree).map((element) => {
          const anchor = element.tagName === 'p' ? select(':scope > a.para-num', element)! : element;
          const href = `/${chapter.id}/#${String(anchor.properties['id'])}`;
          if (element.tagName === 'li') {
            const id = /^\/projects\/([^/]+)\/$/.exec(String(select('.zhuanlan__more a', element)?.properties['href']))![1]!;
            return { href, text: paragraphs(projects.find((p) => p.id === id)!.body).join('\n'), project: id };
          }
          const paragraph = own[k++];
          // The pairing is right only if the words are the same.
          const words = (t: string) => fold(t).replace(/[\s\\]/g, '');
          expect(words(text(element)), href).toBe(words(paragraph ?? ''));
          return { href, text: paragraph! };
        });
      }));

  /** The passages a backlinks list shows: its first link's target and the count. */
  const shownPassages = (path: string) =>
    selectAll('.backlinks__passage', page(path)).map((li) => ({
      href: String(select('.backlinks__cite > a', li)!.properties['href']),
      count: Number(li.properties['dataCount']),
    }));

  it('give every term and project page backlinks whose counts equal the occurrences in the content, paragraph by paragraph', () => {
    const mismatches: string[] = [];
    const check = (path: string, expected: { href: string; count: number }[]) => {
      const tree = page(path);
      const total = Number(select('[data-backlinks-total]', tree)?.properties['dataBacklinksTotal']);
      const want = expected.reduce((n, p) => n + p.count, 0);
      if (total !== want) mismatches.push(`${path}: shows ${total}, content has ${want}`);
      // Each section's count is the sum of its paragraphs'.
      for (const item of selectAll('.backlinks__item', tree)) {
        const sum = selectAll('.backlinks__passage', item).reduce((n, li) => n + Number(li.properties['dataCount']), 0);
        if (Number(item.properties['dataCount']) !== sum)
          mismatches.push(`${path}: a section shows ${String(item.properties['dataCount'])}, its paragraphs ${sum}`);
      }
      const shown = shownPassages(path).map((p) => `${p.href} ×${p.count}`);
      const wanted = expected.map((p) => `${p.href} ×${p.count}`);
      if (shown.join('\n') !== wanted.join('\n')) mismatches.push(`${path}:\n  shows ${shown.join(', ')}\n  content ${wanted.join(', ')}`);
    };
    for (const term of terms) {
      const forms = termForms(term);
      const exclude = (term.data['exclude'] as string[]) ?? [];
      check(
        `/glossary/${term.id}/`,
        passagesInContent()
          .map((p) => ({ href: p.href, count: count(p.text, forms, exclude) }))
          .filter((p) => p.count > 0),
      );
    }
    for (const project of projects) {
      const forms = [project.data['title'] as string];
      check(
        `/projects/${project.id}/`,
        passagesInContent()
          .filter((p) => p.project !== project.id)
          .map((p) => ({ href: p.href, count: count(p.text, forms) }))
          .filter((p) => p.count > 0),
      );
    }
    expect(mismatches).toEqual([]);
    // The check has something to check: most terms occur in several paragraphs.
    expect(terms.filter((t) => shownPassages(`/glossary/${t.id}/`).length > 1).length).toBeGreaterThan(terms.length / 2);
  });

  it('point every backlink at a section or page that exists, and every paragraph link at that paragraph, cited as it cites itself', () => {
    const ids = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!ids.has(path)) ids.set(path, new Set(selectAll('[id]', page(path)).map((e) => String(e.properties['id']))));
      return ids.get(path)!;
    };
    const broken: string[] = [];
    let paragraphLinks = 0;
    for (const path of [...terms.map((t) => `/glossary/${t.id}/`), ...projects.map((p) => `/projects/${p.id}/`)]) {
      for (const a of selectAll('.backlinks a[href], .term-facts a[href]', page(path))) {
        const [target, hash] = String(a.properties['href']).split('#');
        if (!existsSync(join(DIST, target!, 'index.html'))) broken.push(`${path} → ${target}`);
        else if (hash && !idsOf(target!).has(hash)) broken.push(`${path} → ${target}#${hash}`);
      }
      for (const a of selectAll('.backlinks__cite > a:first-child', page(path))) {
        const [target, hash] = String(a.properties['href']).split('#');
        const element = hash ? select(`p:has(> a.para-num[id="${hash}"]), [id="${hash}"]:not(a)`, page(target!)) : undefined;
        if (element?.tagName === 'p') {
          paragraphLinks += 1;
          if (element.properties['dataCite'] !== text(a))
            broken.push(`${path}: “${text(a)}” → #${hash}, which cites itself “${String(element.properties['dataCite'])}”`);
        } else if (element?.tagName === 'li' && /^zl(\d+)-(\d+)$/.test(hash!)) {
          const [, box, item] = /^zl(\d+)-(\d+)$/.exec(hash!)!;
          if (!text(a).endsWith(`专栏 ${box} 第${item}项`)) broken.push(`${path}: “${text(a)}” → #${hash}`);
        } else {
          broken.push(`${path}: “${text(a)}” → ${String(a.properties['href'])} is not a paragraph of the plan`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(paragraphLinks).toBeGreaterThan(100);
  });

  it('cite the paragraphs of 四免 as the printed plan numbers them', () => {
    // Read off the plan: 第四章第二节一（一）, its 4th paragraph, names 四免 once.
    const rows = selectAll('.backlinks__cite > a:first-child', page('/glossary/si-mian/')).map((a) => [text(a), a.properties['href']]);
    expect(rows).toContainEqual(['第四章第二节一（一）第4段', '/chapter-4/#s2-1-1-p4']);
    expect(rows).toContainEqual(['第四章专栏 4 第2项', '/chapter-4/#zl4-2']);
  });

  it('show each term’s source, aliases and related terms', () => {
    const facts = (slug: string) =>
      Object.fromEntries(selectAll('.term-facts > div', parsePage(`/glossary/${slug}/`)).map((row) => [text(select('dt', row)), select('dd', row)!]));
    const annex = facts('san-wang-rong-he');
    expect(text(annex['出处'])).toBe('附件 2 名词解释 第 6 条');
    expect(select('a', annex['出处'])!.properties['href']).toBe('/annex-2/#term-6');
    expect(text(annex['别名'])).toBe('“三网”融合');
    // Its definition names the three networks.
    expect(selectAll('a', annex['相关名词']).map((a) => text(a))).toEqual(['一网通办', '一网统管', '一网协同']);

    const body = facts('san-heng-si-zong');
    // Its definition is the 1st paragraph under 第四章第四节: cited and linked to that paragraph.
    expect(text(body['出处'])).toBe('正文释义：第四章第四节第1段');
    expect(select('a', body['出处'])!.properties['href']).toBe('/chapter-4/#s4-p1');
    expect(selectAll('a', body['相关名词']).map((a) => text(a))).toContain('五横三纵');
  });

  it('write a report with links per term and per project, and the names never linked', () => {
    const report = JSON.parse(readFileSync(reportPath(DIST), 'utf8')) as {
      terms: { ref: string; links: number; occurrences: number; pages: string[]; reason?: string }[];
      projects: { ref: string; links: number; occurrences: number; pages: string[]; reason?: string }[];
      neverOccur: string[];
    };
    expect(report.terms).toHaveLength(terms.length);
    expect(report.projects).toHaveLength(projects.length);
    for (const entry of [...report.terms, ...report.projects]) {
      // Every page listed links to it, and a linked entry is linked on some page.
      for (const page of entry.pages) expect(linksOn(page, entry.ref).length, `${entry.ref} on ${page}`).toBeGreaterThan(0);
      expect(entry.pages.length > 0, entry.ref).toBe(entry.links > 0);
      if (entry.links === 0) expect(entry.reason, entry.ref).toMatch(/\S/);
    }
    // 三网融合 is printed only in the heading 推进“三网”融合建设.
    expect(report.neverOccur).toContain('term:san-wang-rong-he');
    expect(report.terms.find((t) => t.ref === 'term:san-wang-rong-he')!.reason).toContain('标题');
  });
});
