/**
 * Serialises the edition into the files of content/: MDX for text, YAML for
 * data. Output depends only on the edition, so the same source always gives
 * byte-identical files.
 */
import { stringify } from 'yaml';
import type { Block } from './blocks.ts';
import type { ChapterDoc, Edition } from './edition.ts';
import { EDITORIAL_NOTES } from './editorial-notes.ts';
import { escapeMarkdown, jsxString } from './markdown.ts';

const HEADER = '# 本文件由 npm run import 从 content/source/plan.txt 生成，此后以本文件为准，可直接编辑（见 CONTRIBUTING.md）。\n';

function yaml(data: unknown): string {
  return stringify(data, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
}

function mdx(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${yaml(frontmatter)}---\n\n${body.trim()}\n`;
}

function notesFor(text: string): string[] {
  return EDITORIAL_NOTES.filter((n) => text.includes(n.anchor)).map(
    (n) => `<EditorialNote>\n${escapeMarkdown(n.note)}\n</EditorialNote>`,
  );
}

function blockToMdx(block: Block): string[] {
  switch (block.kind) {
    case 'section':
      return [`## ${block.label}　${escapeMarkdown(block.title)}`];
    case 'heading3':
      return [`### ${block.label}${escapeMarkdown(block.title)}`];
    case 'heading4':
      return [`#### ${block.label}${escapeMarkdown(block.title)}`];
    case 'paragraph':
      return [escapeMarkdown(block.text), ...notesFor(block.text)];
    case 'zhuanlan':
      return [`<Zhuanlan number={${block.number}} />`];
    case 'figure':
      return [`<Figure number={${block.number}}>${escapeMarkdown(block.caption)}</Figure>`];
    case 'indicatorTable':
      return [`<IndicatorTable caption={${jsxString(block.caption)}} columns={${JSON.stringify(block.columns)}} />`];
    case 'methodTable':
      return [`<IndicatorMethods columns={${JSON.stringify(block.columns)}} />`];
    case 'annexList':
      return [`附件：${block.items.map((item) => escapeMarkdown(item.replace(/^(\d\.)\s*/, '$1'))).join('\\\n')}`];
    case 'glossaryEntry':
      return block.number === 1 ? ['<GlossaryList />'] : [];
    default:
      throw new Error(`unexpected ${block.kind} block in a chapter body (plan.txt line ${block.line})`);
  }
}

function chapterFile(chapter: ChapterDoc): string {
  const body = chapter.body.flatMap(blockToMdx).join('\n\n');
  return mdx(
    {
      label: chapter.label,
      title: chapter.title,
      kind: chapter.kind,
      order: chapter.order,
      sections: chapter.sections,
    },
    body,
  );
}

export function emitEdition(edition: Edition): Map<string, string> {
  const files = new Map<string, string>();
  files.set('plan.yaml', HEADER + yaml({ plan: { title: edition.title } }));
  for (const chapter of edition.chapters) files.set(`chapters/${chapter.id}.mdx`, chapterFile(chapter));
  for (const box of edition.zhuanlan) {
    const { id, ...data } = box;
    files.set(`zhuanlan/${id}.yaml`, HEADER + yaml(data));
  }
  for (const project of edition.projects) {
    const { id, text, ...data } = project;
    files.set(`projects/${id}.mdx`, mdx(data, escapeMarkdown(text)));
  }
  for (const term of edition.glossary) {
    const { id, definition, ...data } = term;
    files.set(`glossary/${id}.mdx`, mdx(data, escapeMarkdown(definition)));
  }
  for (const indicator of edition.indicators) {
    const { id, line: _line, notes, ...data } = indicator;
    files.set(`indicators/${id}.yaml`, HEADER + yaml({ ...data, notes: [...notes] }));
  }
  for (const phase of edition.timeline) {
    const { id, ...data } = phase;
    files.set(`timeline/${id}.yaml`, HEADER + yaml(data));
  }
  return files;
}
