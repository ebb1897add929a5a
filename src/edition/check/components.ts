/**
 * What an MDX body may hold beyond text: the components its collection's
 * pages provide (src/lib/content-components.ts) with the attributes each
 * takes, as data, and no code. Anything else would stop the build, or the
 * page, with a stack trace, or run code; here it gets a line number and the
 * list of what the file may use instead. Raw HTML and links:
 * src/edition/check/safety.ts.
 */
import type { Nodes } from 'mdast';
import type {} from 'mdast-util-mdx';
import { visit } from 'unist-util-visit';
import { COMPONENT_ATTRIBUTES, CONTENT_COMPONENTS, isContentComponent, isHtmlElementName, type MdxCollection } from '../../lib/content-components.ts';
import { isDataAttribute } from '../../lib/mdx-attribute.ts';
import type { ContentFile, Edition } from '../index.ts';
import type { Problem } from './problems.ts';

/** An MDX comment, {/* … *\/}: the only expression an editor may write. */
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

export function checkComponents(edition: Edition, file: ContentFile): Problem[] {
  if (!(file.collection in CONTENT_COMPONENTS)) return [];
  const { tree } = edition.mdx(file);
  if (!tree) return []; // reported by the MDX syntax check
  const allowed: readonly string[] = CONTENT_COMPONENTS[file.collection as MdxCollection];
  const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
  const problems: Problem[] = [];
  const at = (node: Nodes) => (node.position ? file.bodyLine + node.position.start.line - 1 : undefined);
  visit(tree, (node: Nodes) => {
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '';
      if (isContentComponent(name)) {
        const known = COMPONENT_ATTRIBUTES[name];
        for (const attribute of node.attributes) {
          const shown = attribute.type === 'mdxJsxAttribute' ? attribute.name : `{${attribute.value}}`;
          if (!isDataAttribute(attribute)) {
            problems.push({
              path: file.path,
              line: at(node),
              message: `组件 <${name}> 的属性 ${shown} 会被当作代码执行：属性值只能是文字或数字，如 label="说明"、number={4} (code not allowed)`,
            });
          } else if (!known.includes(attribute.name)) {
            problems.push({
              path: file.path,
              line: at(node),
              message: `组件 <${name}> 没有属性 ${attribute.name}：${known.length ? `可用的属性有 ${known.join('、')}` : '它不带任何属性'}，请检查拼写 (unknown component attribute)`,
            });
          }
        }
      }
      if (isHtmlElementName(name) || allowed.includes(name)) return; // HTML: src/edition/check/safety.ts
      problems.push({
        path: file.path,
        line: at(node),
        message:
          (isContentComponent(name) ? `${folder} 中的文件不能使用组件 <${name}>` : `未知组件 <${name}>`) +
          `：${folder} 中的文件可用的组件有 ${allowed.map((k) => `<${k}>`).join('、')}。请检查拼写（区分大小写）(unknown component)`,
      });
    } else if (node.type === 'mdxjsEsm') {
      problems.push({ path: file.path, line: at(node), message: '正文中不能写 import 或 export 语句；要显示这些文字，请在行首加 \\ (code not allowed)' });
    } else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !COMMENT.test(node.value)) {
      problems.push({
        path: file.path,
        line: at(node),
        message: `正文中的 {${node.value}} 会被当作代码执行；要显示花括号，请写成 \\{ 和 \\} (code not allowed)`,
      });
    }
  });
  return problems;
}
