/**
 * content/synonyms.yaml, the search's editorial synonyms: each entry well
 * formed, and each name it points readers to a name of the plan the search
 * knows (a term or alias, project, indicator, 专栏 or heading), so that every
 * suggestion leads to a real page.
 */
import type { Edition } from '../index.ts';
import { synonymsFileSchema } from '../../schemas.ts';
import { entryNamed, searchEntries, synonymList } from '../../lib/search/names.ts';
import { normalize } from '../../shared/normalize.ts';
import { MIN_KEY_LENGTH } from '../../shared/search-entries.ts';
import type { Problem } from './problems.ts';
import { validateData } from './schema.ts';

/** The file's form: YAML syntax and fields (any content). */
export function checkSynonymsFile(edition: Edition): Problem[] {
  return edition.synonyms.exists ? validateData(edition.synonyms, synonymsFileSchema) : [];
}

/** Where each synonym leads and what it matches: needs the plan's names, so only over content that is otherwise sound. */
export function checkSynonymTargets(edition: Edition): Problem[] {
  const file = edition.synonyms;
  const entries = searchEntries(edition);
  const problems: Problem[] = [];
  for (const synonym of synonymList(edition)) {
    const at = (key: string, i: number) => ({
      path: file.path,
      line: file.lineOf(['synonyms', synonym.index, key, i]),
      field: `synonyms.${synonym.index}.${key}.${i}`,
    });
    synonym.words.forEach((word, i) => {
      if (normalize(word).length < MIN_KEY_LENGTH) {
        problems.push({ ...at('words', i), message: `说法“${word}”太短，搜索时会匹配太多内容；请写至少两个字的说法 (word too short)` });
      }
    });
    synonym.see.forEach((name, i) => {
      if (entryNamed(name, entries) === undefined) {
        problems.push({
          ...at('see', i),
          message: `“${name}”不是规划中名词、别名、专栏项目、指标、专栏或章节标题的名称；请照规划中的写法填写，如 一网通办、政务云 (name not found in the plan)`,
        });
      }
    });
  }
  return problems;
}
