/**
 * The cross-link report written with every build: links per term and per
 * project, the pages that show them, the names never linked and why. It is
 * made from what the content check computed (the occurrence index and the
 * plugins' replay, src/plugins/replay.ts): the check and the report see the
 * same linking the build does.
 */
import { basename, dirname, join } from 'node:path';
import type { Entity, Lexicon, LexiconProblem } from './lexicon.ts';
import type { Decision, LinkEvent, LinkScope } from './link.ts';
import type { OccurrenceIndex } from './occurrences.ts';
import type { Corpus } from './sources.ts';
import { chapterPath, projectPath } from '../../edition/routes.ts';

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
  totals: {
    termLinks: number;
    projectLinks: number;
    documentLinks: number;
    terms: number;
    projects: number;
    documents: number;
    unlinkedTerms: number;
    unlinkedProjects: number;
  };
  terms: EntityReport[];
  projects: EntityReport[];
  documents: EntityReport[];
  /** Refs of entries that never occur in the linkable text. */
  neverOccur: string[];
}

type Tally = Record<Decision, number>;
const emptyTally = (): Tally => ({ linked: 0, repeat: 0, self: 0, definition: 0, excluded: 0 });

/** What happened to each name over all files. */
function tally(lexicon: Lexicon, replay: readonly { events: readonly LinkEvent[] }[]): Map<string, Tally> {
  const tallies = new Map(lexicon.entities.map((e) => [e.ref, emptyTally()]));
  for (const { events } of replay) for (const event of events) tallies.get(event.entity.ref)![event.decision] += 1;
  return tallies;
}

/** The pages that show a content file's text: a chapter on its page and the 全文; a project also in its box. */
function pagesShowing(corpus: Corpus, index: OccurrenceIndex): Map<string, string[]> {
  return new Map<string, string[]>([
    ...corpus.chapters.map((c): [string, string[]] => [c.file, [chapterPath(c.id), '/full/']]),
    ...corpus.projects.map((p): [string, string[]] => {
      const chapter = index.projectChapters.get(p.id);
      return [p.file, [projectPath(p.id), ...(chapter ? [chapterPath(chapter)] : []), '/full/']];
    }),
  ]);
}

function reasonFor(entity: Entity, index: OccurrenceIndex, tally: Tally): string | undefined {
  const occ = index.byRef.get(entity.ref)!;
  if (occ.total === 0) {
    if (occ.inHeadings.length > 0) return `正文中只出现在标题里（标题不加链接）：${occ.inHeadings.map((h) => h.text).join('；')}`;
    if (occ.excluded > 0) return `正文中的 ${occ.excluded} 处都在 exclude 所列语境中，不是此名词`;
    return entity.kind === 'project' ? '除项目自身的文字外，正文中没有提到此项目' : '正文中没有出现';
  }
  if (tally.definition > 0 && tally.repeat === 0) return '正文中只出现在本名词自己的定义里（定义处不加链接）';
  const outer = occ.nestedIn;
  if (outer) return `正文中只出现在更长的名称之内，链接给了更长的名称（如“${outer}”）`;
  return undefined;
}

export interface ReportResult {
  report: CrosslinkReport;
  problems: LexiconProblem[];
}

/** The report; `problems` lists names left unlinked for no reason the report can give (they must fail the check). */
export function buildReport(
  lexicon: Lexicon,
  corpus: Corpus,
  index: OccurrenceIndex,
  replay: readonly { file: string; events: readonly LinkEvent[] }[],
  scope: LinkScope,
): ReportResult {
  const problems: LexiconProblem[] = [];
  const tallies = tally(lexicon, replay);
  const showing = pagesShowing(corpus, index);
  const byRef = new Map<string, Set<string>>();
  for (const { file, events } of replay) {
    for (const event of events) {
      if (event.decision !== 'linked') continue;
      let pages = byRef.get(event.entity.ref);
      if (!pages) byRef.set(event.entity.ref, (pages = new Set()));
      for (const page of showing.get(file) ?? []) pages.add(page);
    }
  }

  const entries = lexicon.entities.map((entity): EntityReport => {
    const occ = index.byRef.get(entity.ref)!;
    const tally = tallies.get(entity.ref)!;
    const pages = [...(byRef.get(entity.ref) ?? [])].sort();
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
      const reason = reasonFor(entity, index, tally);
      if (reason) report.reason = reason;
      else problems.push({ files: [entity.file], message: `“${entity.name}”在正文中出现 ${occ.total} 次却没有链接，原因不明 (unlinked for no known reason)` });
    }
    return report;
  });

  const terms = entries.filter((e) => e.ref.startsWith('term:'));
  const projects = entries.filter((e) => e.ref.startsWith('project:'));
  const documents = entries.filter((e) => e.ref.startsWith('document:'));
  const sum = (list: EntityReport[]) => list.reduce((n, e) => n + e.links, 0);
  return {
    problems,
    report: {
      scope,
      totals: {
        termLinks: sum(terms),
        projectLinks: sum(projects),
        documentLinks: sum(documents),
        terms: terms.length,
        projects: projects.length,
        documents: documents.length,
        unlinkedTerms: terms.filter((e) => e.links === 0).length,
        unlinkedProjects: projects.filter((e) => e.links === 0).length,
      },
      terms,
      projects,
      documents,
      neverOccur: entries.filter((e) => e.occurrences === 0).map((e) => e.ref),
    },
  };
}
