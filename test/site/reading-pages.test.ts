/**
 * What every page of the reading edition carries (language, canonical URL,
 * Open Graph, skip link, edit link), the search-index contract per page type,
 * and the facts shown on project, home, timeline and 404 pages.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/edition/index.ts';
import { SITE } from '../../src/site.config.ts';
import { DIST, ROOT, htmlPages } from '../helpers/dist.ts';
import { parsePage, select, selectAll, text } from '../helpers/html.ts';

const edition = loadEdition(ROOT);

const urlOf = (page: string) => `/${page.replace(/index\.html$/, '')}`;

describe('every page', () => {
  const pages = htmlPages();

  it('is Simplified Chinese, with a title, canonical URL and Open Graph tags', () => {
    for (const page of pages) {
      const tree = parsePage(page);
      expect(select('html', tree)?.properties['lang'], page).toBe('zh-CN');
      expect(text(select('title', tree)), page).not.toBe('');
      if (page === '404.html') continue;
      const canonical = String(select('link[rel="canonical"]', tree)?.properties['href']);
      expect(canonical, page).toBe(new URL(urlOf(page), SITE.url).href);
      expect(select('meta[property="og:url"]', tree)?.properties['content'], page).toBe(canonical);
      expect(select('meta[property="og:title"]', tree)?.properties['content'], page).toBeTruthy();
      expect(select('meta[property="og:locale"]', tree)?.properties['content'], page).toBe('zh_CN');
    }
  });

  it('starts with a skip link to the main content, and loads no web fonts', () => {
    for (const page of pages) {
      const tree = parsePage(page);
      const first = select('body a', tree);
      expect(first?.properties['href'], page).toBe('#main');
      expect(select('main#main', tree), page).toBeDefined();
      expect(selectAll('link[rel="preload"][as="font"], link[href*="fonts"]', tree), page).toEqual([]);
    }
    const stylesheets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const file of stylesheets) expect(readFileSync(join(DIST, '_astro', file), 'utf8'), file).not.toMatch(/@font-face/);
  });

  it('says which words are the plan’s and which are the editors’, and where corrections are listed', () => {
    for (const page of pages) {
      const footer = select('.site-footer', parsePage(page));
      expect(text(footer), page).toContain('编者注');
      // Corrections are possible (content/errata.yaml): the footer must not claim that no word was changed.
      expect(text(footer), page).not.toMatch(/一字未改|一字不改/);
      expect(text(footer), page).toContain('勘误');
      expect(select('a[href="/errata/"]', footer), page).toBeDefined();
    }
    expect(existsSync(join(DIST, 'errata', 'index.html'))).toBe(true);
  });
});

describe('编辑此页 and 最后更新', () => {
  it('link each content page to its file in the repository', () => {
    for (const chapter of edition.collection('chapters')) {
      const link = select('.page-meta a', parsePage(`/${chapter.id}/`));
      expect(link?.properties['href']).toBe(`${SITE.repository}/edit/${SITE.branch}/content/chapters/${chapter.id}.mdx`);
    }
    const project = select('.page-meta a', parsePage('/projects/04-02/'));
    expect(project?.properties['href']).toBe(`${SITE.repository}/edit/${SITE.branch}/content/projects/04-02.mdx`);
  });

  it('show the date of the last commit that changed the file', () => {
    const time = select('.page-meta time', parsePage('/chapter-4/'));
    // In a checkout with history the date is there and well formed; outside git it is left out.
    if (time) expect(String(time.properties['dateTime'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('search index contract', () => {
  const indexed = ['/intro/', '/chapter-4/', '/annex-2/', '/projects/04-02/', '/indicators/', '/timeline/'];
  const notIndexed = ['/', '/contents/', '/full/', '/projects/', '404.html'];

  it('marks the body and type of pages that should be found', () => {
    const types: Record<string, string> = {
      '/intro/': '正文',
      '/chapter-4/': '正文',
      '/annex-2/': '正文',
      '/projects/04-02/': '专栏项目',
      '/indicators/': '指标',
      '/timeline/': '时间表',
    };
    for (const page of indexed) {
      const tree = parsePage(page);
      expect(selectAll('[data-pagefind-body]', tree), page).toHaveLength(1);
      expect(text(select('[data-pagefind-filter="type"]', tree)), page).toBe(types[page]);
      expect(text(select('[data-pagefind-meta="type"]', tree)), page).toBe(types[page]);
    }
    expect(text(select('[data-pagefind-filter="chapter"]', parsePage('/chapter-4/')))).toBe('第四章');
    expect(text(select('[data-pagefind-filter="category"]', parsePage('/projects/04-02/')))).toBe('一网通办');
  });

  it('leaves home, list, full-text and 404 pages out', () => {
    for (const page of notIndexed) expect(select('[data-pagefind-body]', parsePage(page)), page).toBeUndefined();
  });

  it('keeps site chrome out of the indexed region', () => {
    const body = select('[data-pagefind-body]', parsePage('/chapter-4/'))!;
    expect(select('nav:not([data-pagefind-ignore])', body)).toBeUndefined();
    expect(select('.site-header, .site-footer, .breadcrumbs, .prev-next', body)).toBeUndefined();
  });
});

describe('project pages', () => {
  const tree = parsePage('/projects/04-02/');

  it('show the project’s 专栏, the part of the plan it belongs to, and its place in the chapter', () => {
    const facts = text(select('.facts', tree));
    expect(facts).toContain('专栏 4　政务服务应用重点项目');
    expect(select('.facts a[href="/chapter-4/#s2-1-1"]', tree)).toBeDefined();
    expect(facts).toContain('第四章第二节一（一）');
    expect(select('a[href="/chapter-4/#zl4-2"]', tree)).toBeDefined();
  });

  it('name the part they belong to by its citation and heading, each number said once', () => {
    const projectPages = htmlPages().filter((page) => /^projects\/\d\d-\d\d\//.test(page));
    expect(projectPages.length).toBe(42);
    for (const page of projectPages) {
      const link = select('.facts a[href^="/chapter-"][href*="#s"]', parsePage(page));
      // “第四章第二节一（一）　构建…”, not “…一（一）（一）构建…”.
      if (link) expect(text(link), page).toMatch(/^第.章第.节(?:[一二三四五六七八九十]+(?:（[一二三四五六七八九十]+）)?)?　[^（一二三四五六七八九十]/);
    }
  });

  it('list the chapter paragraphs that mention the project, each by its citation and anchor', () => {
    // Read off the printed plan: 第四章第二节一（一） names 政务服务事项管理系统 in its 3rd paragraph once, in its 4th twice.
    const passages = selectAll('.backlinks .backlinks__passage', tree).map((li) => {
      const cite = select('.backlinks__cite > a', li)!;
      return [text(cite), cite.properties['href'], Number(li.properties['dataCount'])];
    });
    expect(passages).toEqual([
      ['第四章第二节一（一）第3段', '/chapter-4/#s2-1-1-p3', 1],
      ['第四章第二节一（一）第4段', '/chapter-4/#s2-1-1-p4', 2],
    ]);
    expect(text(select('.backlinks__item .backlinks__where', tree))).toContain('第四章第二节一（一）');
    // One list only: the page has a single backlinks section.
    expect(selectAll('.backlinks', tree)).toHaveLength(1);
  });

  it('exist for every project, and the 专栏 boxes in the chapters link to them', () => {
    const projects = edition.collection('projects');
    const chapter4 = parsePage('/chapter-4/');
    for (const project of projects) {
      expect(existsSync(join(DIST, 'projects', project.id, 'index.html')), project.id).toBe(true);
      expect(select(`.zhuanlan a[href="/projects/${project.id}/"]`, chapter4), project.id).toBeDefined();
    }
  });
});

describe('the projects index', () => {
  const tree = parsePage('/projects/');

  it('groups every project under its 专栏, each project tagged with its 三网 category', () => {
    const groups = selectAll('.zl-group', tree);
    expect(groups.map((g) => g.properties['id'])).toEqual(Array.from({ length: 10 }, (_, i) => `zl${i + 1}`));
    const projects = edition.collection('projects');
    expect(selectAll('.project', tree)).toHaveLength(projects.length);
    for (const project of projects) {
      const data = project.data as { category: string | null };
      const item = select(`.project:has(a[href="/projects/${project.id}/"])`, tree);
      expect(item?.properties['dataCategory'], project.id).toBe(data.category ?? '数字底座');
    }
  });

  it('has a filter of radio buttons for 专栏 and category, with CSS rules for every 专栏', () => {
    expect(selectAll('input[name="zhuanlan"]', tree)).toHaveLength(11);
    expect(selectAll('input[name="category"]', tree)).toHaveLength(5);
    // The rules come from the site's bundled CSS (linked, or inlined by Astro after the CSP).
    const linked = selectAll('link[rel="stylesheet"]', tree).map((l) => readFileSync(join(DIST, String(l.properties['href'])), 'utf8'));
    const css = [...linked, ...selectAll('style', tree).map((s) => text(s))].join('\n');
    // Selectors are minified; the control ids they hinge on are not.
    for (const input of selectAll('input[name="zhuanlan"], input[name="category"]', tree)) {
      if (input.properties['value'] === '') continue;
      expect(css, String(input.properties['id'])).toContain(`#${input.properties['id']}:checked`);
    }
  });
});

describe('other pages', () => {
  it('home says what the plan is and leads to every part', () => {
    const tree = parsePage('/');
    expect(text(select('h1', tree))).toBe('汕头市数字政府改革建设“十四五”规划');
    const facts = text(select('.facts', tree));
    expect(facts).toContain('2021—2025 年');
    for (const href of ['/intro/', '/projects/', '/indicators/', '/timeline/', '/glossary/', '/full/', '/contents/']) {
      expect(select(`main a[href="${href}"]`, tree), href).toBeDefined();
    }
    const labels = selectAll('.pillar', tree).map((p) => text(select('h3', p)));
    // The labels are the plan's own words, quoted on the page from 第二章第三节.
    const quote = text(select('.plan-quote p', tree));
    for (const label of labels) expect(quote).toContain(label);
    expect(labels).toEqual(['数字底座“一体赋能”', '政务服务“一网通办”', '市域治理“一网统管”', '政府运行“一网协同”']);
  });

  it('timeline has 第五章’s three phases with every task', () => {
    const tree = parsePage('/timeline/');
    const phases = edition
      .collection('timeline')
      .map((f) => f.data as { phase: number; tasks: string[]; period: string })
      .sort((a, b) => a.phase - b.phase);
    const items = selectAll('.phase', tree);
    expect(items).toHaveLength(3);
    phases.forEach((phase, i) => {
      expect(text(select('.phase__period', items[i]!))).toBe(phase.period);
      expect(selectAll('.phase__tasks > li', items[i]!).map((li) => text(li))).toEqual(phase.tasks);
    });
  });

  it('404 page exists, is not indexed by search engines and claims no address of its own', () => {
    const tree = parsePage('404.html');
    expect(text(select('h1', tree))).toBe('页面不存在');
    expect(select('meta[name="robots"]', tree)?.properties['content']).toBe('noindex');
    expect(select('link[rel="canonical"], meta[property="og:url"]', tree)).toBeUndefined();
  });

  it('sitemap lists the pages', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const path of ['/', '/chapter-4/', '/indicators/', '/projects/04-02/', '/full/']) {
      expect(sitemap).toContain(`<loc>${new URL(path, SITE.url).href}</loc>`);
    }
  });

  it('figure 3 has a diagram redrawn from the text, labelled as reconstructed; all five figures keep their captions', () => {
    const tree = parsePage('/chapter-3/');
    expect(selectAll('figure.plan-figure', tree).map((f) => f.properties['id'])).toEqual(['fig1', 'fig2', 'fig3', 'fig4', 'fig5']);
    const svg = select('#fig3 svg[role="img"]', tree);
    expect(text(select('title', svg!))).toContain('编者据正文重绘');
    expect(selectAll('#fig3 svg text', tree).map((t) => text(t))).toEqual([
      '用户交互层',
      '业务应用层',
      '应用支撑层',
      '数据资源层',
      '基础设施层',
      '网络安全',
      '标准规范',
      '运行管理',
    ]);
    expect(text(select('#fig3 .editorial-note', tree))).toContain('并非原图');
  });
});
