/**
 * Where each term and project occurs in the plan: per section (the deepest
 * numbered heading above the text), with a count, and within it every
 * paragraph that names it, with its anchor, citation, count and a snippet, in
 * reading order. A 专栏 project's text counts where its box stands, as the
 * project's item in the box (#zl4-2). Term and project pages show this as
 * backlinks; the build report uses it to explain names that are never linked.
 *
 * Counting is per entry on its own (互联网+ also counts inside “互联网+救助”),
 * over exactly the text the plugin may link (src/lib/crosslinks/text.ts).
 * Anchors and citations come from the walker the anchors plugin uses
 * (src/lib/plan-structure.ts), so every link here lands on an id of the page.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { planPlaces, type ComponentPlace, type HeadingPlace, type ParagraphPlace } from '../plan-structure.ts';
import type { Entity, Found, Lexicon, LexiconProblem } from './lexicon.ts';
import type { ChapterSource, Corpus, ProjectFile } from './sources.ts';
import { linkableText } from './text.ts';
import { sitePath } from '../site-path.ts';
import { chapterPath, projectInChapterPath, projectPath } from '../../edition/routes.ts';

/** A section of a chapter: under its deepest numbered heading, or before the first heading. */
export interface Location {
  /** The section's anchor in its chapter (/chapter-4/#s2-1-1), or the chapter (/chapter-4/). */
  href: string;
  /** 第四章第二节一（一）, or the chapter's label (引言, 第四章). */
  citation: string;
  /** The section heading as printed, or the chapter's title. */
  title: string;
  chapter: { id: string; label: string };
  /** The chapter's content file. */
  file: string;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/** One paragraph of the plan (or one 专栏 project's text) that names the entity. */
export interface Passage {
  kind: 'paragraph' | 'project';
  /** The paragraph's own anchor (/chapter-4/#s2-1-1-p3), or the project's item in its box (/chapter-4/#zl4-2). */
  href: string;
  /** 第四章第二节一（一）第3段, 第四章专栏 4 第2项 */
  citation: string;
  /** The content file the text comes from. */
  file: string;
  /** For a project's text: the project. */
  project?: { id: string; title: string; href: string };
  count: number;
  /** Around the first occurrence in the passage. */
  snippet: Snippet;
}

export interface Backlink {
  location: Location;
  /** Occurrences in the section (the sum over its passages). */
  count: number;
  /** The section's passages that name the entity, in reading order. */
  passages: Passage[];
}

export interface Occurrences {
  entity: Entity;
  /** Every section where the entity occurs in linkable text, in reading order. */
  backlinks: Backlink[];
  total: number;
  /** Headings that name the entity (headings are never linked). */
  inHeadings: { location: Location; text: string }[];
  /** Matches dropped as false hits by the entity's exclusions. */
  excluded: number;
  /** A longer name that one of its occurrences stands inside (互联网+ in “互联网+救助”), which takes the link there. */
  nestedIn: string | undefined;
}

export interface OccurrenceIndex {
  byRef: ReadonlyMap<string, Occurrences>;
  /** The chapter each project's text is shown in (in its 专栏), by project id. */
  projectChapters: ReadonlyMap<string, string>;
  /** Names crossing each other in the text: one of them would be cut and mislinked. */
  problems: LexiconProblem[];
}

const SNIPPET_CONTEXT = 18;

export function snippetOf(text: string, found: Pick<Found, 'start' | 'end'>): Snippet {
  const from = Math.max(0, found.start - SNIPPET_CONTEXT);
  const to = Math.min(text.length, found.end + SNIPPET_CONTEXT);
  return {
    before: (from > 0 ? '…' : '') + text.slice(from, found.start),
    match: text.slice(found.start, found.end),
    after: text.slice(found.end, to) + (to < text.length ? '…' : ''),
  };
}

/** The names in one run of text: what linking finds (leftmost-longest), and each candidate entity's own occurrences. */
interface TextScan {
  linked: Found[];
  own: Map<Entity, Found[]>;
}

function scanText(lexicon: Lexicon, text: string): TextScan {
  const linked = lexicon
    .matcherIn(text)
    .scan(text)
    .filter((f) => !f.excluded);
  const own = new Map(lexicon.candidates(text).map((entity) => [entity, lexicon.matcherFor(entity).scan(text)]));
  return { linked, own };
}

function crossingsIn({ linked, own }: TextScan): { winner: Found; cut: Found }[] {
  const result: { winner: Found; cut: Found }[] = [];
  for (const [entity, found] of own) {
    for (const hit of found) {
      if (hit.excluded) continue;
      for (const other of linked) {
        if (other.entity === entity) continue;
        const overlap = other.start < hit.end && hit.start < other.end;
        const nested = (other.start <= hit.start && hit.end <= other.end) || (hit.start <= other.start && other.end <= hit.end);
        if (overlap && !nested) result.push({ winner: other, cut: hit });
      }
    }
  }
  return result;
}

/** Where a run of text stands: its section, and its passage (without count and snippet). */
type Place = { location: Location; passage: Omit<Passage, 'count' | 'snippet'> };

interface Collector {
  add(place: Place, tree: Root, self?: Entity): void;
  heading(location: Location, text: string): void;
}

function collector(lexicon: Lexicon, byRef: Map<string, Occurrences>, problems: LexiconProblem[]): Collector {
  return {
    add({ location, passage }, tree, self) {
      for (const { node } of linkableText(tree)) {
        const text = node.value;
        const scan = scanText(lexicon, text);
        for (const { winner, cut } of crossingsIn(scan)) {
          problems.push({
            files: [passage.file, winner.entity.file, cut.entity.file],
            line: node.position?.start.line,
            message:
              `“${text.slice(Math.max(0, Math.min(winner.start, cut.start) - 6), Math.max(winner.end, cut.end) + 6)}”中，` +
              `“${winner.core}”（${winner.entity.name}）与“${cut.core}”（${cut.entity.name}）交叉重叠，后者会被切断、误链接；` +
              `请在“${winner.entity.name}”的 exclude 中写明这段原文 (names cross in the text and would mislink)`,
          });
        }
        for (const [entity, found] of scan.own) {
          if (entity === self) continue;
          const hits = found.filter((f) => !f.excluded);
          const entry = byRef.get(entity.ref)!;
          entry.excluded += found.length - hits.length;
          if (hits.length === 0) continue;
          entry.nestedIn ??= scan.linked.find((f) => f.entity !== entity && hits.some((h) => f.start <= h.start && h.end <= f.end))?.entity.name;
          let row = entry.backlinks.at(-1);
          if (row?.location !== location) {
            row = { location, count: 0, passages: [] };
            entry.backlinks.push(row);
          }
          // A paragraph's text can come in several runs (around a link or emphasis): one passage.
          const last = row.passages.at(-1);
          if (last?.href === passage.href) last.count += hits.length;
          else row.passages.push({ ...passage, count: hits.length, snippet: snippetOf(text, hits[0]!) });
          row.count += hits.length;
          entry.total += hits.length;
        }
      }
    },
    heading(location, text) {
      for (const entity of lexicon.candidates(text)) {
        if (
          lexicon
            .matcherFor(entity)
            .scan(text)
            .some((f) => !f.excluded)
        ) {
          byRef.get(entity.ref)!.inHeadings.push({ location, text });
        }
      }
    },
  };
}

function chapterLocation(chapter: ChapterSource, heading: HeadingPlace | undefined): Location {
  return {
    href: sitePath(chapterPath(chapter.id, heading?.anchor)),
    citation: heading ? heading.citation : chapter.label.replace(/\s+/g, ''),
    title: heading ? heading.text : chapter.title,
    chapter: { id: chapter.id, label: chapter.label },
    file: chapter.file,
  };
}

/**
 * A top-level block of a chapter as a passage: a paragraph by its own anchor.
 * Any other block with linkable text (a list, a table: the plan has none
 * today) has no anchor of its own, so it is cited by its section.
 */
function blockPassage(chapter: ChapterSource, location: Location, paragraph: ParagraphPlace | undefined): Place {
  return {
    location,
    passage: paragraph
      ? { kind: 'paragraph', href: sitePath(chapterPath(chapter.id, paragraph.anchor)), citation: paragraph.citation, file: chapter.file }
      : { kind: 'paragraph', href: location.href, citation: location.citation, file: chapter.file },
  };
}

function projectPassage(chapter: ChapterSource, location: Location, project: ProjectFile): Place {
  return {
    location,
    passage: {
      kind: 'project',
      href: sitePath(projectInChapterPath(chapter.id, project.box.number, project.order)),
      citation: `${chapter.label.replace(/\s+/g, '')}专栏 ${project.box.number} 第${project.order}项`,
      file: project.file,
      project: { id: project.id, title: project.title, href: sitePath(projectPath(project.id)) },
    },
  };
}

/** Every entity's occurrences over the whole plan, in reading order. */
export function indexOccurrences(lexicon: Lexicon, corpus: Corpus): OccurrenceIndex {
  const byRef = new Map<string, Occurrences>(
    lexicon.entities.map((entity) => [entity.ref, { entity, backlinks: [], total: 0, inHeadings: [], excluded: 0, nestedIn: undefined }]),
  );
  const problems: LexiconProblem[] = [];
  const collect = collector(lexicon, byRef, problems);
  const projectChapters = new Map<string, string>();

  for (const chapter of corpus.chapters) {
    const { tree } = chapter;
    const places = planPlaces(tree, chapter.label, chapter.file);
    const headings = new Map(places.filter((p): p is HeadingPlace => p.kind === 'heading').map((p) => [p.node as RootContent, p]));
    const paragraphs = new Map(places.filter((p): p is ParagraphPlace => p.kind === 'paragraph').map((p) => [p.node as Paragraph, p]));
    const boxes = new Map(
      places.filter((p): p is ComponentPlace => p.kind === 'component' && p.name === 'Zhuanlan').map((p) => [p.node as RootContent, p.number]),
    );
    let location = chapterLocation(chapter, undefined);
    for (const block of tree.children) {
      const heading = headings.get(block);
      if (heading) {
        location = chapterLocation(chapter, heading);
        collect.heading(location, heading.text);
        continue;
      }
      const box = boxes.get(block);
      if (box !== undefined) {
        for (const project of corpus.projects.filter((p) => p.box.number === box)) {
          projectChapters.set(project.id, chapter.id);
          const self = lexicon.byRef.get(`project:${project.id}`);
          collect.add(projectPassage(chapter, location, project), project.tree, self);
        }
        continue;
      }
      const paragraph = block.type === 'paragraph' ? paragraphs.get(block) : undefined;
      collect.add(blockPassage(chapter, location, paragraph), { type: 'root', children: [block] });
    }
  }
  for (const project of corpus.projects) {
    if (!projectChapters.has(project.id)) {
      problems.push({
        files: [project.file],
        message: `专栏 ${project.box.number} 没有出现在任何章节的 <Zhuanlan number={${project.box.number}} /> 中，项目正文无处显示 (project box not placed)`,
      });
    }
  }
  return { byRef, projectChapters, problems };
}
