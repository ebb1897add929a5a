/**
 * The cross-link report written with every build: links per term and per
 * project, the names never linked and why, and the guards on the built pages
 * (no cross-link in a heading or in the 附件 2 list). It replays the linking
 * on every content file (src/lib/crosslinks/link.ts) and reads the built
 * HTML, and fails when the two disagree.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Entity, Lexicon, LexiconProblem } from './lexicon.ts';
import { linkTree, type Decision, type LinkScope } from './link.ts';
import { indexOccurrences, type OccurrenceIndex } from './occurrences.ts';
import { parseMdx, type Corpus } from './sources.ts';
import { linkableText } from './text.ts';

/**
 * Where the report of a build in `outDir` is written: beside the build, not in
 * it, so that it is not published (dist/ → reports/dist/crosslinks.json).
 */
export function reportPath(outDir: string): string {
  return join(dirname(outDir), 'reports', basename(outDir), 'crosslinks.json');
}

export interface EntityReport {
  ref: string;
  name: string;
  file: string;
  /** Occurrences in the plan's linkable text (what the backlinks count). */
  occurrences: number;
  /** Sections with at least one occurrence (the backlink rows). */
  sections: number;
  /** Paragraphs (and 专栏 project texts) with at least one occurrence (the backlinks' passages). */
  passages: number;
  /** Links made in the edition's text (each content file once). */
  links: number;
  /** Built pages that link to it. */
  pages: string[];
  /** Headings that name it (never linked). */
  inHeadings: string[];
  /** Why it has no link, when it has none. */
  reason?: string;
}

export interface CrosslinkReport {
  scope: LinkScope;
  totals: { termLinks: number; projectLinks: number; terms: number; projects: number; unlinkedTerms: number; unlinkedProjects: number };
  terms: EntityReport[];
  projects: EntityReport[];
  /** Refs of entries that never occur in the linkable text. */
  neverOccur: string[];
}

export interface PageLink {
  page: string;
  ref: string;
  text: string;
  /** The heading or 附件 2 list the link sits in, if any (a guard violation). */
  misplaced?: string;
}

const HEADING = /^h[1-6]$/;

function classes(node: Element): string[] {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

/** Every cross-link of a built page, with where it sits when that is forbidden. */
export function pageLinks(html: string, page: string): PageLink[] {
  const tree: HastRoot = fromHtml(html);
  const links: PageLink[] = [];
  const walk = (nodes: readonly HastContent[], misplaced: string | undefined) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      let here = misplaced;
      if (!here && HEADING.test(node.tagName)) here = `<${node.tagName}> “${hastText(node).trim()}”`;
      if (!here && classes(node).includes('glossary-list')) here = '附件 2 名词解释列表';
      const ref = node.properties['dataXref'];
      if (node.tagName === 'a' && typeof ref === 'string') {
        links.push({ page, ref, text: hastText(node), ...(here ? { misplaced: here } : {}) });
      }
      walk(node.children, here);
    }
  };
  walk(tree.children, undefined);
  return links;
}

/** HTML pages of a build, as site paths (/chapter-4/), skipping Pagefind's and Astro's assets. */
export function builtPages(outDir: string): { path: string; file: string }[] {
  const pages: { path: string; file: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(file);
      } else if (name.endsWith('.html')) {
        const rel = relative(outDir, file).replaceAll('\\', '/');
        pages.push({ path: `/${rel.replace(/(^|\/)index\.html$/, '$1')}`, file });
      }
    }
  };
  walk(outDir);
  return pages;
}

type Tally = Record<Decision, number>;
const emptyTally = (): Tally => ({ linked: 0, repeat: 0, self: 0, definition: 0, excluded: 0 });

/** Replays the linking on every chapter and project file: what happened to each name. */
export function replayLinks(lexicon: Lexicon, corpus: Corpus, scope: LinkScope): Map<string, Tally> {
  const tallies = new Map(lexicon.entities.map((e) => [e.ref, emptyTally()]));
  const files = [
    ...corpus.chapters.map((c) => ({ kind: 'chapter' as const, id: c.id, file: c.file, body: c.body })),
    ...corpus.projects.map((p) => ({ kind: 'project' as const, id: p.id, file: p.file, body: p.body })),
  ];
  for (const { kind, id, file, body } of files) {
    for (const event of linkTree(parseMdx(body), { kind, id, file }, lexicon, corpus, { scope })) {
      tallies.get(event.entity.ref)![event.decision] += 1;
    }
  }
  return tallies;
}

/** A longer name that the entity's occurrences sit in (互联网+ in “互联网+救助”). */
function container(lexicon: Lexicon, corpus: Corpus, entity: Entity): string | undefined {
  const bodies = [...corpus.chapters.map((c) => c.body), ...corpus.projects.map((p) => p.body)];
  for (const body of bodies) {
    for (const { node } of linkableText(parseMdx(body))) {
      const linked = lexicon.matcherIn(node.value).scan(node.value).filter((f) => !f.excluded);
      for (const own of lexicon.matcherFor(entity).scan(node.value)) {
        const outer = linked.find((f) => f.entity !== entity && f.start <= own.start && own.end <= f.end);
        if (outer) return outer.entity.name;
      }
    }
  }
  return undefined;
}

function reasonFor(entity: Entity, index: OccurrenceIndex, tally: Tally, lexicon: Lexicon, corpus: Corpus): string | undefined {
  const occ = index.byRef.get(entity.ref)!;
  if (occ.total === 0) {
    if (occ.inHeadings.length > 0) return `正文中只出现在标题里（标题不加链接）：${occ.inHeadings.map((h) => h.text).join('；')}`;
    if (occ.excluded > 0) return `正文中的 ${occ.excluded} 处都在 exclude 所列语境中，不是此名词`;
    return entity.kind === 'project' ? '除项目自身的文字外，正文中没有提到此项目' : '正文中没有出现';
  }
  if (tally.definition > 0 && tally.repeat === 0) return '正文中只出现在本名词自己的定义里（定义处不加链接）';
  const outer = container(lexicon, corpus, entity);
  if (outer) return `正文中只出现在更长的名称之内，链接给了更长的名称（如“${outer}”）`;
  return undefined;
}

export interface ReportResult {
  report: CrosslinkReport;
  problems: LexiconProblem[];
}

/** The report over a build in `outDir`; `problems` lists what must fail the build. */
export function buildReport(lexicon: Lexicon, corpus: Corpus, outDir: string, scope: LinkScope): ReportResult {
  const index = indexOccurrences(lexicon, corpus);
  const problems: LexiconProblem[] = [...index.problems];
  const tallies = replayLinks(lexicon, corpus, scope);

  const byRef = new Map<string, Set<string>>();
  for (const { path, file } of builtPages(outDir)) {
    for (const link of pageLinks(readFileSync(file, 'utf8'), path)) {
      if (link.misplaced) {
        problems.push({ files: [relative(process.cwd(), file)], message: `交叉链接“${link.text}”落在${link.misplaced}之中，标题和附件 2 列表不得加链接 (a cross-link landed in a heading)` });
      }
      if (!lexicon.byRef.has(link.ref)) {
        problems.push({ files: [relative(process.cwd(), file)], message: `链接指向未知条目 ${link.ref} (unknown cross-link target)` });
        continue;
      }
      let pages = byRef.get(link.ref);
      if (!pages) byRef.set(link.ref, (pages = new Set()));
      pages.add(path);
    }
  }

  const entries = lexicon.entities.map((entity): EntityReport => {
    const occ = index.byRef.get(entity.ref)!;
    const tally = tallies.get(entity.ref)!;
    const pages = [...(byRef.get(entity.ref) ?? [])].sort();
    if ((tally.linked > 0) !== (pages.length > 0)) {
      problems.push({
        files: [entity.file],
        message: `内容文件中链接 ${tally.linked} 处，而构建出的页面中${pages.length ? `有链接（${pages.join('、')}）` : '没有链接'}：两者不一致，请检查 astro.config.mjs 是否启用了 remarkCrosslinks (report and build disagree)`,
      });
    }
    const report: EntityReport = {
      ref: entity.ref,
      name: entity.name,
      file: entity.file,
      occurrences: occ.total,
      sections: occ.backlinks.length,
      passages: occ.backlinks.reduce((n, b) => n + b.passages.length, 0),
      links: tally.linked,
      pages,
      inHeadings: occ.inHeadings.map((h) => `${h.location.citation} ${h.text}`),
    };
    if (tally.linked === 0) {
      const reason = reasonFor(entity, index, tally, lexicon, corpus);
      if (reason) report.reason = reason;
      else problems.push({ files: [entity.file], message: `“${entity.name}”在正文中出现 ${occ.total} 次却没有链接，原因不明 (unlinked for no known reason)` });
    }
    return report;
  });

  const terms = entries.filter((e) => e.ref.startsWith('term:'));
  const projects = entries.filter((e) => e.ref.startsWith('project:'));
  const sum = (list: EntityReport[]) => list.reduce((n, e) => n + e.links, 0);
  return {
    problems,
    report: {
      scope,
      totals: {
        termLinks: sum(terms),
        projectLinks: sum(projects),
        terms: terms.length,
        projects: projects.length,
        unlinkedTerms: terms.filter((e) => e.links === 0).length,
        unlinkedProjects: projects.filter((e) => e.links === 0).length,
      },
      terms,
      projects,
      neverOccur: entries.filter((e) => e.occurrences === 0).map((e) => e.ref),
    },
  };
}
