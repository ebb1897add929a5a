/**
 * Rules that span files: references point at entries that exist, numbers
 * and names are unique, and no alias belongs to two terms.
 */
import type { ContentFile } from '../index.ts';
import { nameKey } from '../../shared/normalize.ts';
import type { Problem } from './problems.ts';

type Data = Record<string, unknown>;
const data = (file: ContentFile) => (file.data ?? {}) as Data;

function duplicates(
  files: readonly ContentFile[],
  key: (file: ContentFile) => unknown,
  field: string,
  what: string,
  show: (value: unknown) => string = String,
): Problem[] {
  const seen = new Map<string, ContentFile>();
  const problems: Problem[] = [];
  for (const file of files) {
    const value = key(file);
    if (value === undefined || value === null) continue;
    const k = JSON.stringify(value);
    const first = seen.get(k);
    if (first) {
      problems.push({
        path: file.path,
        line: file.lineOf([field]),
        field,
        message: `${what} ${show(value)} 与 ${first.path} 重复，请改成唯一的值 (duplicate ${field})`,
      });
    } else {
      seen.set(k, file);
    }
  }
  return problems;
}

const COMPONENT_NUMBER = /<Zhuanlan\s+number=\{(\d+)\}/g;

export function checkReferences(all: readonly ContentFile[]): Problem[] {
  const by = (collection: ContentFile['collection']) => all.filter((f) => f.collection === collection);
  const chapters = by('chapters');
  const boxes = by('zhuanlan');
  const projects = by('projects');
  const terms = by('glossary');
  const problems: Problem[] = [];

  const sectionsOf = (chapterId: unknown) => {
    const chapter = chapters.find((c) => c.id === chapterId);
    return chapter ? ((data(chapter).sections ?? []) as { number: number }[]).map((s) => s.number) : undefined;
  };
  const checkSection = (file: ContentFile, chapterField: string[], sectionField: string[], chapterId: unknown, section: unknown) => {
    const sections = sectionsOf(chapterId);
    if (sections === undefined) {
      problems.push({
        path: file.path,
        line: file.lineOf(chapterField),
        field: chapterField.join('.'),
        message: `章 “${String(chapterId)}” 不存在；可用的有 ${chapters.map((c) => c.id).join('、')} (unknown chapter)`,
      });
    } else if (typeof section === 'number' && !sections.includes(section)) {
      problems.push({
        path: file.path,
        line: file.lineOf(sectionField),
        field: sectionField.join('.'),
        message: `${String(chapterId)} 没有第 ${section} 节；该章的节为 ${sections.join('、') || '（无）'} (unknown section)`,
      });
    }
  };

  for (const box of boxes) checkSection(box, ['chapter'], ['section'], data(box).chapter, data(box).section);
  for (const project of projects) {
    const ref = data(project).zhuanlan;
    if (typeof ref === 'string' && !boxes.some((b) => b.id === ref)) {
      problems.push({
        path: project.path,
        line: project.lineOf(['zhuanlan']),
        field: 'zhuanlan',
        message: `专栏 “${ref}” 不存在；可用的有 ${boxes.map((b) => b.id).join('、')} (unknown zhuanlan)`,
      });
    }
  }
  for (const term of terms) {
    const definedIn = data(term).definedIn as Data | undefined;
    if (definedIn) checkSection(term, ['definedIn', 'chapter'], ['definedIn', 'section'], definedIn.chapter, definedIn.section);
    ((data(term).related ?? []) as unknown[]).forEach((related, index) => {
      if (related === term.id) {
        problems.push({
          path: term.path,
          line: term.lineOf(['related', index]),
          field: `related.${index}`,
          message: `相关名词不能是本名词自己（${term.id}），请删去这一项 (term related to itself)`,
        });
      } else if (!terms.some((t) => t.id === related)) {
        problems.push({
          path: term.path,
          line: term.lineOf(['related', index]),
          field: `related.${index}`,
          message: `相关名词 “${String(related)}” 不存在；请填写 content/glossary 中的文件名（不含 .mdx）(unknown related term)`,
        });
      }
    });
  }
  for (const chapter of chapters) {
    for (const match of chapter.body.matchAll(COMPONENT_NUMBER)) {
      const number = Number(match[1]);
      if (!boxes.some((b) => data(b).number === number)) {
        const line = chapter.bodyLine + chapter.body.slice(0, match.index).split('\n').length - 1;
        problems.push({ path: chapter.path, line, message: `<Zhuanlan number={${number}} /> 指向不存在的专栏 ${number} (unknown zhuanlan)` });
      }
    }
  }

  problems.push(
    ...duplicates(chapters, (f) => data(f).order, 'order', '章节顺序'),
    ...duplicates(boxes, (f) => data(f).number, 'number', '专栏编号'),
    ...duplicates(
      projects,
      (f) => (data(f).zhuanlan === undefined ? undefined : [data(f).zhuanlan, data(f).order]),
      'order',
      '项目顺序',
      (v) => `${(v as unknown[])[1]}（专栏 ${(v as unknown[])[0]}）`,
    ),
    ...duplicates(terms, (f) => data(f).number, 'number', '附件 2 序号'),
    ...duplicates(by('indicators'), (f) => data(f).number, 'number', '指标序号'),
    ...duplicates(by('timeline'), (f) => data(f).phase, 'phase', '阶段'),
    ...nameConflicts(terms, projects),
  );
  return problems;
}

/** Every name an entry is linked by: a term and its aliases, a project's title. */
export function namesOf(file: ContentFile): string[] {
  const d = data(file);
  const names = file.collection === 'projects' ? [d.title] : [d.term, ...((d.aliases ?? []) as unknown[])];
  return names.filter((n): n is string => typeof n === 'string');
}

const fieldOf = (file: ContentFile, index: number) => (file.collection === 'projects' ? 'title' : index === 0 ? 'term' : `aliases.${index - 1}`);
const lineOfName = (file: ContentFile, index: number) =>
  file.lineOf(
    fieldOf(file, index)
      .split('.')
      .map((k) => (/^\d+$/.test(k) ? Number(k) : k)),
  );

/**
 * A spelling links to one entry only. Spellings are compared as the linking
 * finds them (src/shared/normalize.ts): quotes, width and Latin case
 * do not count, so 四免 and “四免” are one spelling.
 */
function nameConflicts(terms: readonly ContentFile[], projects: readonly ContentFile[]): Problem[] {
  const owner = new Map<string, ContentFile>();
  const problems: Problem[] = [];
  const files = [...terms, ...projects];
  // Names first, then aliases: an alias that takes another entry's name is the one reported.
  const names = files.flatMap((file) => namesOf(file).map((name, index) => ({ file, name, index })));
  names.sort((a, b) => Number(a.index > 0) - Number(b.index > 0));
  for (const { file, name, index } of names) {
    const key = nameKey(name);
    const first = owner.get(key);
    const at = { path: file.path, line: lineOfName(file, index), field: fieldOf(file, index) };
    if (key === '') {
      problems.push({ ...at, message: `名称或别名“${name}”只有引号，无法匹配，请删去或改正 (a name made of quotes only)` });
    } else if (first && first !== file) {
      const bothTerms = index === 0 && file.collection === 'glossary' && first.collection === 'glossary';
      problems.push({
        ...at,
        message: bothTerms
          ? `名词“${name}”与 ${first.path} 重复：同一个名词只能有一个文件，请合并两个文件 (duplicate term)`
          : `“${name}”与 ${first.path} 的名称或别名是同一写法（引号、全半角、大小写不计）；一个写法只能属于一个条目，否则网站无法确定链接到哪一个，请删去其中一处 (same alias on two terms)`,
      });
    } else if (first === file && namesOf(file).indexOf(name) < index) {
      // The same spelling twice; a typeset variant of the name (IPV6 beside IPv6) is harmless.
      problems.push({ ...at, message: `“${name}”在本名词的名称和别名中出现了两次，请删去重复的一项 (duplicate alias)` });
    } else {
      owner.set(key, file);
    }
  }
  return problems;
}
