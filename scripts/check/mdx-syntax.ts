/** MDX syntax of each body: a malformed tag or brace fails here, with its line. */
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentFile } from '../lib/content-files.ts';
import type { Problem } from './problems.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

export function checkMdxSyntax(file: ContentFile): Problem[] {
  if (!file.path.endsWith('.mdx')) return [];
  try {
    parser.parse(file.body);
    return [];
  } catch (error) {
    const { line: at, reason } = error as { line?: number; reason?: string };
    // An unclosed tag is found at the end of the text; its message gives where it opened: “(3:1-3:16)”.
    const line = at ?? Number(/\((\d+):\d+(?:-\d+:\d+)?\)/.exec(reason ?? '')?.[1] ?? 0);
    return [
      {
        path: file.path,
        line: line ? file.bodyLine + line - 1 : undefined,
        message: `MDX 语法错误：${reason ?? String(error)}。正文中的 < { } 等符号需写成 \\< \\{ \\}，组件标签须成对闭合 (MDX syntax error)`,
      },
    ];
  }
}
