/**
 * Components an MDX file may use: those the site hands to the plan's MDX
 * (src/components/content/index.ts). Any other capitalised tag would stop
 * the build with a stack trace; here it gets a line number instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ContentFile } from '../lib/content-files.ts';
import { ROOT } from '../lib/run.ts';
import type { Problem } from './problems.ts';

const parser = unified().use(remarkParse).use(remarkMdx);

/** The names in `export const contentComponents = { … }` of this project's site. */
export function contentComponentNames(): string[] {
  const source = readFileSync(join(ROOT, 'src', 'components', 'content', 'index.ts'), 'utf8');
  const list = /export const contentComponents\s*=\s*\{([^}]*)\}/.exec(source)?.[1];
  if (list === undefined) throw new Error('src/components/content/index.ts: export const contentComponents = { … } not found');
  return list.split(',').map((name) => name.trim().split(':')[0]!.trim()).filter(Boolean);
}

export function checkComponents(file: ContentFile, known: readonly string[]): Problem[] {
  if (!file.path.endsWith('.mdx')) return [];
  let tree: Root;
  try {
    tree = parser.parse(file.body) as Root;
  } catch {
    return []; // reported by the MDX syntax check
  }
  const problems: Problem[] = [];
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = node.name ?? '';
    if (!/^[A-Z]/.test(name) || known.includes(name)) return;
    problems.push({
      path: file.path,
      line: node.position ? file.bodyLine + node.position.start.line - 1 : undefined,
      message: `未知组件 <${name}>：可用的组件有 ${known.map((k) => `<${k}>`).join('、')}。请检查拼写（区分大小写）(unknown component)`,
    });
  });
  return problems;
}
