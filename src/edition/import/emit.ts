/**
 * Serialises the edition into the files of content/: MDX for text, YAML for
 * data. Output depends only on the edition, so the same source always gives
 * byte-identical files.
 */
import { stringify } from 'yaml';
import type { Block } from './blocks.ts';
import type { ChapterDoc, ImportedPlan } from './edition.ts';
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
  return EDITORIAL_NOTES.filter((n) => text.includes(n.anchor)).map((n) => `<EditorialNote>\n${escapeMarkdown(n.note)}\n</EditorialNote>`);
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

/**
 * plan.yaml: the title, the period the plan's own timeline spans (第五章:
 * its first phase starts, its last ends), and the document metadata the text
 * does not give, left empty with a note on each field for the editor who
 * fills it in from the official publication.
 */
function planFile(edition: ImportedPlan): string {
  const start = Math.min(...edition.timeline.map((phase) => phase.start));
  const end = Math.max(...edition.timeline.map((phase) => phase.end));
  const blank = (key: string, note: string) => `  # ${note}\n  ${key}:\n`;
  return (
    HEADER +
    yaml({ plan: { title: edition.title, period: { start, end } } }) +
    '  # 以下为文件信息，规划原文未载明，由编者照官方发布的文件填写；不知道的留空，网站说明尚待核实补录（见 CONTRIBUTING.md）。\n' +
    blank('issuer', '发文机关，如：汕头市人民政府') +
    blank('documentNumber', '文号，如：汕府〔2022〕12号（六角括号〔〕）') +
    blank('written', '成文日期，如：2022-03-15') +
    blank('published', '发布日期，如：2022-03-18') +
    blank('source', '官方来源网址：发布本规划的政府网页或 PDF 的完整网址，以 https:// 开头') +
    blank('subject', '主题分类，照发布网站的分类填写') +
    blank('statusNote', '时效性说明：规划期结束后，可注明接续的规划，如：已由《……规划》接续') +
    blank('dataNotice', '开放数据补充说明：/data/ 页面在数据许可（CC BY 4.0）之后显示的说明，如发布机关对数据使用的要求')
  );
}

export function emitEdition(edition: ImportedPlan): Map<string, string> {
  const files = new Map<string, string>();
  files.set('plan.yaml', planFile(edition));
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
