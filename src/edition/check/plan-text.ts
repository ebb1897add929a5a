/**
 * The plan's words may change only by a recorded correction. Each content
 * file's plan text is compared with what the importer makes of
 * content/source/plan.txt, after applying exactly the corrections recorded
 * in content/errata.yaml; any other difference names the file, the line and
 * the words.
 */
import { parse as parseYaml } from 'yaml';
import { ERRATA_PATH, SOURCE_PATH, type ContentFile, type Edition } from '../index.ts';
import { parseContentFile } from '../files.ts';
import { compileMdx } from '../mdx.ts';
import { COLLECTION_FILES, type CollectionName } from '../../schemas.ts';
import { importFiles } from '../import/index.ts';
import type { Errata, ErratumRecord } from './errata.ts';
import { planPassages, sectionTexts, type Passage } from './plan-passages.ts';
import type { Problem } from './problems.ts';
import { clip, diffSequences, showDifference } from './text-diff.ts';

/** At most this many differences are listed per file; a wholesale rewrite needs no more to be seen. */
const MAX_PER_FILE = 8;

type Data = Record<string, unknown>;
const data = (file: ContentFile) => (file.data ?? {}) as Data;
const occurrences = (text: string, part: string) => text.split(part).length - 1;

interface Imported {
  files: ContentFile[];
  title: string | undefined;
}

/** The last import, reused while plan.txt is unchanged (tests check many copies of the same content). */
let cached: { source: string; imported: Imported } | undefined;

function importSource(source: string | undefined): Imported | Problem {
  if (source === undefined) {
    return { path: SOURCE_PATH, message: '找不到规划原文 plan.txt，无法核对正文；请从版本库恢复此文件 (plan source missing)' };
  }
  if (cached?.source === source) return cached.imported;
  let generated: Map<string, string>;
  try {
    generated = importFiles(source);
  } catch (error) {
    return { path: SOURCE_PATH, message: `规划原文无法导入，请勿修改此文件：${(error as Error).message} (plan source cannot be imported)` };
  }
  const collections = new Map<string, CollectionName>(Object.entries(COLLECTION_FILES).map(([name, spec]) => [spec.dir, name as CollectionName]));
  const files: ContentFile[] = [];
  let title: string | undefined;
  for (const [path, text] of generated) {
    if (path === 'plan.yaml') title = (parseYaml(text) as { plan?: { title?: string } }).plan?.title;
    const collection = collections.get(path.split('/')[0]!);
    if (collection) files.push(parseContentFile(collection, `content/${path}`, text));
  }
  cached = { source, imported: { files, title } };
  return cached.imported;
}

interface Expected extends Passage {
  /** The passage as printed, before any recorded correction. */
  printed: string;
  /** The corrections applied to it. */
  corrections: ErratumRecord[];
}

/** Applies the file's recorded corrections to the printed passages, each exactly once. */
function applyErrata(passages: readonly Passage[], records: readonly ErratumRecord[], errata: Errata): { passages: Expected[]; problems: Problem[] } {
  const result: Expected[] = passages.map((p) => ({ ...p, printed: p.text, corrections: [] }));
  const problems: Problem[] = [];
  for (const record of records) {
    const where = `第 ${record.index + 1} 条更正（id ${record.id}）`;
    const candidates = result.filter((p) => p.field === record.target);
    const count = candidates.reduce((sum, p) => sum + occurrences(p.text, record.original), 0);
    if (count !== 1) {
      problems.push({
        path: ERRATA_PATH,
        line: errata.lineOf(record.index, 'original'),
        field: `errata.${record.index}.original`,
        message:
          count === 0
            ? `${where}：在 plan.txt 原文的 ${record.file}${record.target === 'body' ? '' : ` 字段 ${record.target}`} 中找不到原文“${clip(record.original)}”。请照 plan.txt 原样抄录，含标点和空格 (erratum original not found in the plan)`
            : `${where}：原文“${clip(record.original)}”在该处出现 ${count} 次，无法确定更正的是哪一处；请多抄几个相邻的字，使它只出现一次 (erratum original is ambiguous)`,
      });
      continue;
    }
    const passage = candidates.find((p) => p.text.includes(record.original))!;
    passage.text = passage.text.replace(record.original, () => record.corrected);
    passage.corrections.push(record);
  }
  return { passages: result, problems };
}

/** A corrected passage is marked on the page, so its corrected words must occur there only once. */
function markable(actual: readonly Passage[], records: readonly ErratumRecord[], errata: Errata): Problem[] {
  return records.flatMap((record): Problem[] => {
    const count = actual.filter((p) => p.field === record.target).reduce((sum, p) => sum + occurrences(p.text, record.corrected), 0);
    if (count <= 1) return [];
    return [
      {
        path: ERRATA_PATH,
        line: errata.lineOf(record.index, 'corrected'),
        field: `errata.${record.index}.corrected`,
        message: `第 ${record.index + 1} 条更正（id ${record.id}）：更正后的文字“${clip(record.corrected)}”在 ${record.file} 中出现 ${count} 次，网站无法确定在哪里标出更正；请在 original 和 corrected 中都多写几个相邻的字 (erratum corrected text is ambiguous)`,
      },
    ];
  });
}

function compareFile(expected: Passage[], actualFile: ContentFile, actual: Passage[], records: readonly ErratumRecord[], errata: Errata): Problem[] {
  const applied = applyErrata(expected, records, errata);
  const problems = [...applied.problems, ...markable(actual, records, errata)];
  const differences: Problem[] = [];
  const key = (p: Passage) => `${p.field}\u0000${p.text}`;
  for (const change of diffSequences<Passage>(applied.passages, actual, key)) {
    const field = change.kind === 'added' ? change.actual.field : change.expected.field;
    const at = { path: actualFile.path, field: field === 'body' ? undefined : field };
    if (change.kind === 'changed') {
      const expected = change.expected as Expected;
      if (change.actual.text === expected.printed && expected.corrections.length > 0) {
        // Still as printed: the recorded corrections were not made.
        for (const record of expected.corrections) {
          problems.push({
            path: ERRATA_PATH,
            line: errata.lineOf(record.index, 'corrected'),
            field: `errata.${record.index}.corrected`,
            message: `第 ${record.index + 1} 条更正（id ${record.id}）登记了把“${clip(record.original)}”改为“${clip(record.corrected)}”，但 ${record.file}${change.actual.line ? ` 第 ${change.actual.line} 行` : ''}仍是原文：请在该文件中作此更正，或删去这条登记 (erratum recorded but not made)`,
          });
        }
        continue;
      }
      const shown = showDifference(change.expected.text, change.actual.text);
      differences.push({
        ...at,
        line: change.actual.line,
        message: `与规划原文不同，且 ${ERRATA_PATH} 中没有登记此处更正：原文“${shown.expected}”，现为“${shown.actual}”。若是更正原文的错误，请在 ${ERRATA_PATH} 登记（见 CONTRIBUTING.md）；若是误改，请改回原文；编者说明请写在 <EditorialNote> 中 (plan text changed without an errata entry)`,
      });
    } else if (change.kind === 'deleted') {
      differences.push({
        ...at,
        line: change.before?.line,
        message: `${change.before ? '此处之后' : '开头'}删去了规划原文：“${clip(change.expected.text, 60)}”。规划原文不能删除，请恢复 (plan text deleted)`,
      });
    } else {
      differences.push({
        ...at,
        line: change.actual.line,
        message: `“${clip(change.actual.text, 60)}”不是规划原文。编者补充的内容请写在 <EditorialNote>…</EditorialNote> 中；更正原文请在 ${ERRATA_PATH} 登记 (text added to the plan's words)`,
      });
    }
  }
  if (differences.length > MAX_PER_FILE) {
    const rest = differences.length - MAX_PER_FILE;
    differences.splice(MAX_PER_FILE, rest, { path: actualFile.path, message: `……另有 ${rest} 处与规划原文不同（more differences）` });
  }
  return [...problems, ...differences];
}

/** A term defined in the body quotes its definition from the section it names. */
function checkQuotedDefinition(edition: Edition, term: ContentFile): Problem[] {
  const definedIn = data(term).definedIn as { chapter?: unknown; section?: unknown } | undefined;
  const chapter = edition.collection('chapters').find((c) => c.id === definedIn?.chapter);
  const section = chapter && sectionTexts(chapter, edition.mdx(chapter).tree).get(Number(definedIn?.section));
  if (section === undefined) return []; // an unknown chapter or section is reported by the reference check
  const definition = planPassages(term, edition.mdx(term).tree)
    .map((p) => p.text)
    .join('');
  if (definition && section.includes(definition)) return [];
  const label = (chapter!.data as { label?: string }).label ?? chapter!.id;
  return [
    {
      path: term.path,
      line: term.bodyLine,
      message: definition
        ? `名词解释须逐字引用${label}第 ${String(definedIn!.section)} 节（definedIn）中的原文，但该节中找不到“${clip(definition, 60)}”。请照原文抄录；编者的解释请写在 <EditorialNote> 中 (definition not found in the plan)`
        : `名词解释的正文为空：请从${label}第 ${String(definedIn!.section)} 节中逐字抄录定义 (definition missing)`,
    },
  ];
}

export function checkPlanText(edition: Edition, errata: Errata, malformed: ReadonlySet<string> = new Set()): Problem[] {
  const imported = importSource(edition.source);
  if (!('files' in imported)) return [imported];
  const problems: Problem[] = [];

  const plan = edition.plan;
  const title = (plan.data as { plan?: { title?: unknown } } | undefined)?.plan?.title;
  if (plan.parseErrors.length === 0 && title !== imported.title) {
    problems.push({
      path: plan.path,
      line: plan.lineOf(['plan', 'title']),
      field: 'plan.title',
      message: `规划名称须与原文一致：“${imported.title ?? ''}” (plan title changed)`,
    });
  }

  const byPath = new Map(imported.files.map((f) => [f.path, f]));
  const annexTerm = new Map(imported.files.filter((f) => f.collection === 'glossary' && data(f).number !== undefined).map((f) => [data(f).number, f]));
  const matched = new Set<string>();

  for (const file of edition.files) {
    if (malformed.has(file.path)) {
      // Its format is reported and fixed first; until then it still stands for the file of the same name.
      matched.add(file.path);
      continue;
    }
    const bodyTerm = file.collection === 'glossary' && data(file).definedIn !== undefined;
    const counterpart = file.collection === 'glossary' && !bodyTerm ? annexTerm.get(data(file).number) : byPath.get(file.path);
    if (counterpart) matched.add(counterpart.path);
    if (bodyTerm) {
      problems.push(...checkQuotedDefinition(edition, file));
    } else if (!counterpart) {
      problems.push({
        path: file.path,
        message:
          file.collection === 'glossary'
            ? `附件 2 没有第 ${String(data(file).number)} 个名词。新增的名词须是正文中有定义的名词：删去 number，用 definedIn 写明定义所在的章和节 (not a term of Annex 2)`
            : `这个文件不是从规划原文导入的，其内容会被当作规划原文发布。编者补充的内容请写在相关文件的 <EditorialNote> 中 (file not in the plan)`,
      });
    } else {
      const records = errata.records.filter((r) => r.file === file.path);
      // Unchanged since the import, and no correction recorded for it: its words are the plan's.
      if (records.length === 0 && file.text === counterpart.text) continue;
      const expected = planPassages(counterpart, compileMdx(counterpart.body, counterpart.path).tree);
      problems.push(...compareFile(expected, file, planPassages(file, edition.mdx(file).tree), records, errata));
    }
  }

  for (const file of imported.files) {
    if (matched.has(file.path) || (file.collection === 'glossary' && data(file).definedIn !== undefined)) continue;
    problems.push({
      path: file.path,
      message:
        `找不到这个文件：其中是规划原文，不能删除或改名。若是改了文件名，请改回 ${file.path}；` +
        `若是误删，请在版本库中撤销这次删除（其他文件中的修改不受影响）(plan text file deleted)`,
    });
  }
  return problems;
}
