/**
 * The glossary on the built site: /glossary/ shows every term with its
 * definition in the plan's words and a link to where the plan gives it,
 * grouped under an index of first characters; /annex-2/ links each entry to
 * its term page; a term page has breadcrumbs, 编辑此页 and 最后更新, and lists
 * the indicators, 专栏, projects and headings whose names contain the term.
 * Expected values come from the content files, read here with plain string
 * work, or are typed from the printed plan.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/edition/index.ts';
import { SITE } from '../../src/site.config.ts';
import { ROOT } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text, type Element, type Root } from '../helpers/html.ts';

type Data = Record<string, unknown>;
const edition = loadEdition(ROOT);
const files = (collection: Parameters<typeof edition.collection>[0]) =>
  edition.collection(collection).map((f) => ({ id: f.id, data: f.data as Data, body: f.body }));
const terms = files('glossary').map((t) => ({
  id: t.id,
  term: t.data['term'] as string,
  aliases: (t.data['aliases'] as string[] | undefined) ?? [],
  exclude: (t.data['exclude'] as string[] | undefined) ?? [],
  number: t.data['number'] as number | undefined,
  // The body is the definition: the plan's words, editorial notes aside.
  definition: t.body
    .replace(/<EditorialNote>[\s\S]*?<\/EditorialNote>/g, '')
    .replace(/\\(.)/g, '$1')
    .trim(),
}));

const parsed = new Map<string, Root>();
function page(path: string): Root {
  if (!parsed.has(path)) parsed.set(path, parsePage(path));
  return parsed.get(path)!;
}
const href = (a: Element | undefined) => String(a?.properties['href']);

/** Quotes dropped, fullwidth forms and Latin case folded: how a name is compared. */
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[“”‘’"＂「」『』]/g, '')
    .toLowerCase();

describe('the glossary page', () => {
  const glossary = page('/glossary/');
  const entries = selectAll('.glossary-entry', glossary);

  it('shows every term once, linked to its page, with its definition as the plan words it', () => {
    expect(entries).toHaveLength(terms.length);
    for (const term of terms) {
      const entry = entries.find((e) => href(select('.glossary-entry__term a', e)) === `/glossary/${term.id}/`);
      expect(entry, term.id).toBeDefined();
      expect(text(select('.glossary-entry__term', entry)), term.id).toBe(term.term);
      // Set as a quotation of the plan, nothing added to it.
      expect(text(select('blockquote.plan-quote', entry)), term.id).toBe(term.definition);
      expect(select('blockquote .editorial-note, blockquote [data-editorial]', entry), term.id).toBeUndefined();
    }
  });

  it('cites an Annex 2 term by its number, linking to its entry in 附件 2', () => {
    for (const term of terms.filter((t) => t.number !== undefined)) {
      const entry = entries.find((e) => href(select('.glossary-entry__term a', e)) === `/glossary/${term.id}/`)!;
      const source = select('.glossary-entry__source a', entry);
      expect(text(source), term.id).toBe(`附件 2 第 ${term.number} 条`);
      expect(href(source), term.id).toBe(`/annex-2/#term-${term.number}`);
      expect(select(`#term-${term.number}`, page('/annex-2/')), term.id).toBeDefined();
    }
  });

  it('cites a term defined in the text by the paragraph that holds its definition', () => {
    const inText = terms.filter((t) => t.number === undefined);
    expect(inText.length).toBeGreaterThan(0);
    for (const term of inText) {
      const entry = entries.find((e) => href(select('.glossary-entry__term a', e)) === `/glossary/${term.id}/`)!;
      const source = select('.glossary-entry__source a', entry)!;
      const [path, hash] = href(source).split('#');
      const paragraph = select(`p:has(> a.para-num[id="${hash}"])`, page(path!));
      expect(paragraph, `${term.id} → ${href(source)}`).toBeDefined();
      expect(text(paragraph), term.id).toContain(term.definition);
      // Cited as the paragraph cites itself (复制引用).
      expect(text(source), term.id).toBe(String(paragraph!.properties['dataCite']));
    }
    // Read off the plan: 一证一书 is explained in 第四章第二节一（二）, its 2nd paragraph.
    const yiZheng = entries.find((e) => href(select('.glossary-entry__term a', e)) === '/glossary/yi-zheng-yi-shu/')!;
    expect(text(select('.glossary-entry__source a', yiZheng))).toBe('第四章第二节一（二）第2段');
  });

  it('groups the terms under their first characters, every group reachable from the index by its anchor', () => {
    const index = selectAll('.head-index a', glossary);
    const groups = selectAll('.glossary-group', glossary);
    expect(index.map((a) => text(a))).toEqual(groups.map((g) => text(select('h2', g))));
    for (const [i, a] of index.entries()) expect(href(a)).toBe(`#${String(groups[i]!.properties['id'])}`);
    // Every name (term or alias) in a group starts with the group's character.
    for (const group of groups) {
      const head = fold(text(select('h2', group)));
      for (const name of [...selectAll('.glossary-entry__term', group), ...selectAll('.glossary-see__name', group)]) {
        expect(fold(text(name)).startsWith(head), `${text(name)} under ${head}`).toBe(true);
      }
    }
  });

  it('orders the Chinese first characters by pinyin and puts Latin letters and digits last', () => {
    // Pinyin typed from the dictionary; same-syllable characters (证, 政) may come in either order.
    const PINYIN: Record<string, string> = {
      公: 'gong',
      管: 'guan',
      好: 'hao',
      互: 'hu',
      跨: 'kua',
      零: 'ling',
      秒: 'miao',
      三: 'san',
      数: 'shu',
      双: 'shuang',
      四: 'si',
      五: 'wu',
      信: 'xin',
      雪: 'xue',
      一: 'yi',
      证: 'zheng',
      政: 'zheng',
      综: 'zong',
    };
    const heads = selectAll('.head-index a', glossary).map((a) => text(a));
    const han = heads.filter((h) => /\p{Script=Han}/u.test(h));
    expect(heads.slice(0, han.length)).toEqual(han);
    expect(heads.slice(han.length)).toEqual(['5', 'I', 'P']);
    for (const head of han) expect(PINYIN[head], head).toBeDefined();
    const pinyin = han.map((h) => PINYIN[h]!);
    expect(pinyin).toEqual([...pinyin].sort());
  });

  it('lists an alias that starts with another character under that character, pointing to the term', () => {
    const see = selectAll('.glossary-see', glossary).map((p) => [text(select('.glossary-see__name', p)), href(select('a', p))]);
    // content/glossary: 好差评 for 政务服务“好差评”, 管运分离 for 政企合作、管运分离, PaaS for IaaS、PaaS.
    expect(see).toEqual(
      expect.arrayContaining([
        ['好差评', '/glossary/hao-cha-ping/'],
        ['管运分离', '/glossary/zheng-qi-he-zuo-guan-yun-fen-li/'],
        ['PaaS', '/glossary/iaas-paas/'],
      ]),
    );
    expect(see).toHaveLength(3);
  });

  it('is not indexed for search (each definition is found on its term page), and has 编辑此页 and breadcrumbs', () => {
    expect(select('[data-pagefind-body]', glossary)).toBeUndefined();
    expect(select('.glossary-groups[data-pagefind-ignore="all"]', glossary)).toBeDefined();
    expect(selectAll('.breadcrumbs li', glossary).map((li) => text(li))).toEqual(['首页', '名词解释']);
    expect(href(select('.page-meta a', glossary))).toBe(`${SITE.repository}/tree/${SITE.branch}/content/glossary`);
  });

  it('ships no script of its own: the same scripts as a page without features', () => {
    // Scripts that run: not the JSON-LD data block, which describes each page differently.
    const scripts = (path: string) =>
      selectAll('script:not([type="application/ld+json"])', page(path)).map((s) => `${String(s.properties['src'] ?? '')}|${text(s)}`);
    expect(scripts('/glossary/')).toEqual(scripts('/timeline/'));
    expect(scripts('/glossary/miao-pi/')).toEqual(scripts('/timeline/'));
  });
});

describe('附件 2', () => {
  it('links every entry’s name to its term page, the plan’s words unchanged around it', () => {
    const items = selectAll('.glossary-list__item', page('/annex-2/'));
    const annexTerms = terms.filter((t) => t.number !== undefined);
    expect(items).toHaveLength(annexTerms.length);
    for (const term of annexTerms) {
      const item = items.find((i) => i.properties['id'] === `term-${term.number}`);
      const link = select('dt a', item);
      expect(href(link), term.id).toBe(`/glossary/${term.id}/`);
      const file = files('glossary').find((f) => f.id === term.id)!;
      expect(text(select('dt', item)), term.id).toBe(`${term.number}.${String(file.data['label'])}${String(file.data['separator'])}`);
    }
  });
});

describe('term pages', () => {
  it('have breadcrumbs through 名词解释, 编辑此页 for their file and 最后更新 from its history', () => {
    for (const term of terms) {
      const tree = page(`/glossary/${term.id}/`);
      const crumbs = selectAll('.breadcrumbs li', tree);
      expect(
        crumbs.map((li) => text(li)),
        term.id,
      ).toEqual(['首页', '名词解释', term.term]);
      expect(href(select('a', crumbs[1])), term.id).toBe('/glossary/');
      expect(select('[aria-current="page"]', crumbs[2]), term.id).toBeDefined();
      expect(href(select('.page-meta a', tree)), term.id).toBe(`${SITE.repository}/edit/${SITE.branch}/content/glossary/${term.id}.mdx`);
    }
    // The last commit that touched the file, as git tells it (none outside a git checkout: then no date is shown).
    let committed: string;
    try {
      committed = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content/glossary/miao-pi.mdx'], { cwd: ROOT, encoding: 'utf8' }).trim();
    } catch {
      committed = '';
    }
    const time = select('.page-meta time', page('/glossary/miao-pi/'));
    if (committed) {
      expect(time?.properties['dateTime']).toBe(committed);
      const [y, m, d] = committed.split('-').map(Number);
      expect(text(select('.page-meta p', page('/glossary/miao-pi/')))).toBe(`最后更新：${y}年${m}月${d}日`);
    } else {
      expect(time).toBeUndefined();
    }
  });
});

/** The plan's named things, read from the content files: kind, name, and the page or anchor they live at. */
function namedThings(): { kind: string; name: string; href: string }[] {
  const NUMBERING = /^(第[一二三四五六七八九十]+节|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)[\s　]*/;
  const named: { kind: string; name: string; href: string }[] = [];
  for (const { data } of files('indicators'))
    named.push({ kind: 'indicator', name: String(data['name']), href: `/indicators/#indicator-${String(data['number'])}` });
  for (const { data } of files('zhuanlan'))
    named.push({ kind: 'zhuanlan', name: String(data['title']), href: `/${String(data['chapter'])}/#zl${String(data['number'])}` });
  for (const { id, data } of files('projects')) named.push({ kind: 'project', name: String(data['title']), href: `/projects/${id}/` });
  for (const { id, data, body } of files('chapters')) {
    named.push({ kind: 'heading', name: String(data['title']), href: `/${id}/` });
    for (const line of body.split('\n').filter((l) => /^#{2,4} /.test(l))) {
      named.push({ kind: 'heading', name: line.replace(/^#+ /, '').replace(NUMBERING, '').replace(/\\(.)/g, '$1').trim(), href: '' });
    }
  }
  return named;
}

/** Whether `name` contains the term or an alias outside the term's exclusion contexts. */
function contains(name: string, term: (typeof terms)[number]): boolean {
  let folded = fold(name);
  for (const context of term.exclude) folded = folded.split(fold(context)).join('\u0000');
  return [term.term, ...term.aliases].some((form) => folded.includes(fold(form)));
}

describe('names that contain a term', () => {
  const listed = (id: string) =>
    selectAll('.term-names__item', page(`/glossary/${id}/`)).map((li) => ({
      kind: String(li.properties['dataKind']),
      label: text(select('.term-names__kind', li)),
      name: text(select('.term-names__name', li)),
      href: href(select('.term-names__name', li)),
      mark: text(select('mark', li)),
      where: text(select('.term-names__where', li)),
      baseline: li && select('.term-names__figures', li)?.properties['dataBaseline'],
      target: li && select('.term-names__figures', li)?.properties['dataTarget'],
      figures: text(select('.term-names__figures', li)),
    }));

  it('list 政务服务“秒批秒报”数量 on 秒批, with Table 1’s figures 55 → 300 件', () => {
    const [indicator, ...rest] = listed('miao-pi');
    expect(rest).toEqual([]);
    expect(indicator).toMatchObject({
      kind: 'indicator',
      label: '指标',
      name: '政务服务“秒批秒报”数量',
      href: '/indicators/#indicator-4',
      mark: '秒批',
      where: '表 1 第 4 项',
      baseline: '55',
      target: '300',
    });
    expect(indicator!.figures).toMatch(/现状值 55 件.*2025 年目标值 300 件/);
    // The row it links to is that indicator's.
    expect(text(select('#indicator-4 .indicator-data__name', page('/indicators/')))).toBe('政务服务“秒批秒报”数量');
  });

  it('list the 专栏, projects and headings named after a term, of each kind, in the plan’s order', () => {
    // Read off the plan: Table 1 row 11, 专栏 8, and 第四章第二节二 are named after 一网统管.
    expect(listed('yi-wang-tong-guan').map((r) => [r.label, r.name, r.where])).toEqual([
      ['指标', '“一网统管”行业覆盖率', '表 1 第 11 项'],
      ['专栏', '“一网统管”重点项目', '第四章专栏 8'],
      ['章节标题', '推进“一网统管”，提升政府治理能力', '第四章第二节二'],
    ]);
    expect(listed('yi-wang-tong-guan')[0]!.figures).toMatch(/现状值 无基线.*2025 年目标值 100%/);
    // 互联网+ inside the names of five projects, each of which is also a name the cross-links know.
    expect(listed('hu-lian-wang-jia').map((r) => r.name)).toEqual([
      '“互联网+救助”',
      '“互联网+教育”',
      '“互联网+退役军人服务”',
      '“互联网+不动产登记”',
      '“互联网+气象”',
    ]);
    // An alias counts: 好差评.
    expect(listed('hao-cha-ping').map((r) => r.name)).toEqual(['政务服务“好差评”', '政务服务“好差评”系统']);
  });

  it('are exactly the named things whose names contain the term or an alias, on every term page', () => {
    const named = namedThings();
    const missing: string[] = [];
    const extra: string[] = [];
    let total = 0;
    for (const term of terms) {
      const expected = named.filter((n) => contains(n.name, term)).map((n) => `${n.kind} ${n.name}`);
      const shown = listed(term.id);
      total += shown.length;
      const got = shown.map((r) => `${r.kind} ${r.name}`);
      missing.push(...expected.filter((e) => !got.includes(e)).map((e) => `${term.id}: ${e}`));
      extra.push(...got.filter((g) => !expected.includes(g)).map((g) => `${term.id}: ${g}`));
      for (const row of shown) {
        expect([term.term, ...term.aliases].map(fold), `${term.id}: ${row.name}`).toContain(fold(row.mark));
        const known = named.find((n) => n.kind === row.kind && n.name === row.name && n.href);
        if (known) expect(row.href, `${term.id}: ${row.name}`).toBe(known.href);
      }
      const summary = text(select('.term-names__summary', page(`/glossary/${term.id}/`)));
      expect(summary, term.id).toContain(shown.length > 0 ? `以下 ${shown.length} 个` : '没有');
    }
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    expect(total).toBeGreaterThan(10);
  });

  it('leave headings out of the backlinks on term pages, which list them here; project pages keep 另见标题', () => {
    for (const term of terms) expect(select('.backlinks__headings', page(`/glossary/${term.id}/`)), term.id).toBeUndefined();
    // “金审工程”三期项目 is named only in the heading （二）稳步推进“金审工程”三期项目地方配套建设.
    expect(text(select('.backlinks__headings', page('/projects/09-02/')))).toContain('稳步推进“金审工程”三期项目地方配套建设');
  });

  it('stay out of the search index, which holds the names on their own pages', () => {
    for (const term of terms) expect(select('.term-names[data-pagefind-ignore="all"]', page(`/glossary/${term.id}/`)), term.id).toBeDefined();
  });
});
