/** MDX syntax of each body, as the site's compiler reads it: a malformed tag or brace fails here, with its line. */
import type { ContentFile, Edition } from '../index.ts';
import type { Problem } from './problems.ts';

export function checkMdxSyntax(edition: Edition, file: ContentFile): Problem[] {
  if (!file.path.endsWith('.mdx')) return [];
  const { error } = edition.mdx(file);
  if (!error) return [];
  return [
    {
      path: file.path,
      line: error.line ? file.bodyLine + error.line - 1 : undefined,
      message: `MDX 语法错误：${error.reason}。正文中的 < { } 等符号需写成 \\< \\{ \\}，组件标签须成对闭合 (MDX syntax error)`,
    },
  ];
}
