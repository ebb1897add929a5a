/**
 * Groups the plan's blocks into the edition's collections: chapters with
 * their sections, the 专栏 boxes and their projects, the glossary, the
 * indicators and the timeline of 第五章.
 */
import type { Block, IndicatorRow, MethodRow } from './blocks.ts';
import { ANNEX_TERMS, BODY_TERMS, termExtras } from './glossary-terms.ts';
import { pairQuotes } from './quotes.ts';
import { INDICATOR_NOTES } from './editorial-notes.ts';

export type ChapterKind = 'preface' | 'chapter' | 'annex';
export type NetworkCategory = '一网通办' | '一网统管' | '一网协同';

export interface SectionDoc {
  number: number;
  label: string;
  title: string;
}

export interface ChapterDoc {
  id: string;
  order: number;
  kind: ChapterKind;
  label: string;
  title: string;
  sections: SectionDoc[];
  body: Block[];
}

export interface ZhuanlanDoc {
  id: string;
  number: number;
  title: string;
  chapter: string;
  section: number;
}

export interface ProjectDoc {
  id: string;
  title: string;
  zhuanlan: string;
  order: number;
  category: NetworkCategory | null;
  text: string;
}

export interface TermDoc {
  id: string;
  term: string;
  aliases: string[];
  number?: number;
  label?: string;
  separator?: string;
  definedIn?: { chapter: string; section: number };
  related?: string[];
  exclude?: string[];
  definition: string;
}

export interface IndicatorDoc extends IndicatorRow {
  id: string;
  method: string;
  notes: readonly string[];
}

export interface PhaseDoc {
  id: string;
  phase: number;
  title: string;
  period: string;
  start: number;
  end: number;
  section: number;
  tasks: string[];
}

/** The plan as the importer reads it from plan.txt: the documents it writes to content/. */
export interface ImportedPlan {
  title: string;
  chapters: ChapterDoc[];
  zhuanlan: ZhuanlanDoc[];
  projects: ProjectDoc[];
  glossary: TermDoc[];
  indicators: IndicatorDoc[];
  timeline: PhaseDoc[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Replaces every ＂ with paired “ ”, per block (or per table cell). */
export function pairBlockQuotes(block: Block): Block {
  const where = `plan.txt line ${block.line}`;
  const pair = (text: string) => pairQuotes(text, where);
  switch (block.kind) {
    case 'indicatorTable':
      return {
        ...block,
        caption: pair(block.caption),
        rows: block.rows.map((row) => ({ ...row, name: pairQuotes(row.name, `plan.txt line ${row.line}`) })),
      };
    case 'methodTable':
      return {
        ...block,
        rows: block.rows.map((row): MethodRow => ({
          ...row,
          name: pairQuotes(row.name, `plan.txt line ${row.line}`),
          method: pairQuotes(row.method, `plan.txt line ${row.line}`),
        })),
      };
    case 'glossaryEntry':
      return { ...block, label: pair(block.label), definition: pair(block.definition) };
    case 'annexList':
      return { ...block, items: block.items.map(pair) };
    case 'paragraph':
      return { ...block, text: pair(block.text) };
    case 'title':
      return { ...block, text: pair(block.text) };
    case 'figure':
      return { ...block, caption: pair(block.caption) };
    case 'preface':
      return block;
    default:
      return { ...block, title: pair(block.title) };
  }
}

function categoryOf(heading: string | undefined): NetworkCategory | null {
  const match = heading?.match(/“(一网通办|一网统管|一网协同)”/);
  return (match?.[1] as NetworkCategory | undefined) ?? null;
}

function chapterStart(block: Block): { id: string; kind: ChapterKind; label: string; title: string } | null {
  if (block.kind === 'preface') return { id: 'intro', kind: 'preface', label: '引言', title: '引言' };
  if (block.kind === 'chapter') return { id: `chapter-${block.number}`, kind: 'chapter', label: block.label, title: block.title };
  if (block.kind === 'annex') return { id: `annex-${block.number}`, kind: 'annex', label: block.label, title: block.title };
  return null;
}

export function buildEdition(rawBlocks: readonly Block[]): ImportedPlan {
  const blocks = rawBlocks.map(pairBlockQuotes);
  const titleBlock = blocks[0];
  if (titleBlock?.kind !== 'title') throw new Error('plan.txt: the first line must be the plan title');

  const chapters: ChapterDoc[] = [];
  const zhuanlan: ZhuanlanDoc[] = [];
  const projects: ProjectDoc[] = [];
  const glossary: TermDoc[] = [];
  let indicatorRows: IndicatorRow[] = [];
  let methodRows: MethodRow[] = [];
  let heading3: string | undefined;
  let box: ZhuanlanDoc | undefined;

  for (const block of blocks.slice(1)) {
    const start = chapterStart(block);
    if (start) {
      chapters.push({ ...start, order: chapters.length, sections: [], body: [] });
      heading3 = undefined;
      box = undefined;
      continue;
    }
    const chapter = chapters.at(-1);
    if (!chapter) throw new Error(`plan.txt line ${block.line}: text before 引言`);
    if (block.kind !== 'paragraph') box = undefined;

    switch (block.kind) {
      case 'section':
        chapter.sections.push({ number: block.number, label: block.label, title: block.title });
        heading3 = undefined;
        break;
      case 'heading3':
        heading3 = block.title;
        break;
      case 'zhuanlan':
        box = {
          id: pad(block.number),
          number: block.number,
          title: block.title,
          chapter: chapter.id,
          section: chapter.sections.at(-1)?.number ?? 0,
        };
        zhuanlan.push(box);
        break;
      case 'indicatorTable':
        indicatorRows = block.rows;
        break;
      case 'methodTable':
        methodRows = block.rows;
        break;
      case 'glossaryEntry': {
        const meta = ANNEX_TERMS[block.number];
        if (!meta) throw new Error(`plan.txt line ${block.line}: no slug for 附件 2 term ${block.number} in glossary-terms.ts`);
        glossary.push({
          id: meta.slug,
          term: meta.term,
          aliases: meta.aliases ?? [],
          number: block.number,
          label: block.label,
          separator: block.separator,
          ...termExtras(meta),
          definition: block.definition,
        });
        break;
      }
      case 'paragraph':
        if (box) {
          const order = projects.filter((p) => p.zhuanlan === box!.id).length + 1;
          const head = block.text.indexOf('。');
          if (head < 1) throw new Error(`plan.txt line ${block.line}: a 专栏 project must begin with its name and “。”`);
          projects.push({
            id: `${box.id}-${pad(order)}`,
            title: block.text.slice(0, head),
            zhuanlan: box.id,
            order,
            category: categoryOf(heading3),
            text: block.text,
          });
          continue; // rendered from the projects collection inside the box
        }
        break;
    }
    chapter.body.push(block);
  }

  if (glossary.length === 0) throw new Error('plan.txt: 附件 2 (名词解释) with its numbered terms not found');
  if (indicatorRows.length === 0) throw new Error('plan.txt: Table 1 (表 1) not found');
  const indicators = indicatorRows.map((row): IndicatorDoc => {
    const method = methodRows.find((m) => m.number === row.number);
    if (!method) throw new Error(`Annex 1 has no calculation method for indicator ${row.number}`);
    return { ...row, id: pad(row.number), method: method.method, notes: INDICATOR_NOTES[row.number] ?? [] };
  });

  return {
    title: titleBlock.text,
    chapters,
    zhuanlan,
    projects,
    glossary: [...glossary, ...bodyTerms(chapters)],
    indicators,
    timeline: timelineOf(chapters),
  };
}

function sectionText(chapter: ChapterDoc, section: number): string {
  let current = 0;
  const texts: string[] = [];
  for (const block of chapter.body) {
    if (block.kind === 'section') current = block.number;
    else if (current === section && block.kind === 'paragraph') texts.push(block.text);
  }
  return texts.join('');
}

function bodyTerms(chapters: readonly ChapterDoc[]): TermDoc[] {
  return BODY_TERMS.map((spec) => {
    const chapter = chapters.find((c) => c.id === `chapter-${spec.chapter}`);
    const match = chapter && spec.definition.exec(sectionText(chapter, spec.section));
    if (!chapter || !match) {
      throw new Error(`glossary-terms.ts: definition of ${spec.term} not found in chapter ${spec.chapter} section ${spec.section}`);
    }
    return {
      id: spec.slug,
      term: spec.term,
      aliases: spec.aliases ?? [],
      definedIn: { chapter: chapter.id, section: spec.section },
      ...termExtras(spec),
      definition: match[0],
    };
  });
}

const PHASE_TITLE = /^(.+)（((\d{4})(?:-(\d{4}))? 年)）$/;

function timelineOf(chapters: readonly ChapterDoc[]): PhaseDoc[] {
  const chapter = chapters.find((c) => c.id === 'chapter-5');
  if (!chapter) throw new Error('plan.txt: 第五章 not found');
  return chapter.sections.map((section) => {
    const match = PHASE_TITLE.exec(section.title);
    if (!match) throw new Error(`第五章 ${section.label}: title “${section.title}” has no period （YYYY-YYYY 年）`);
    const start = Number(match[3]);
    return {
      id: String(section.number),
      phase: section.number,
      title: match[1]!,
      period: match[2]!,
      start,
      end: match[4] ? Number(match[4]) : start,
      section: section.number,
      tasks: chapter.body
        .filter((_, index, body) => sectionOf(body, index) === section.number)
        .flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])),
    };
  });
}

function sectionOf(body: readonly Block[], index: number): number {
  for (let i = index; i >= 0; i -= 1) {
    const block = body[i]!;
    if (block.kind === 'section') return block.number;
  }
  return 0;
}
