/**
 * Content is data, never code: raw HTML only from the allowlist, links and
 * images only to safe places, and no markup in the text of YAML fields and
 * front matter (src/lib/content-safety.ts). Each problem names the line and
 * what to write instead; the build stops on the same problems, and its
 * sanitizer renders inert whatever might still get past.
 */
import type { Nodes, Parents } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { EDITORIAL_NOTE, isHtmlElementName } from '../../lib/content-components.ts';
import { CONTENT_HTML_ELEMENTS, isAllowedImage, isAllowedLink, LINK_PROTOCOLS, markupIn, scriptSchemeIn } from '../../lib/content-safety.ts';
import type { ContentFile, DataFile, Edition } from '../index.ts';
import type { Problem } from './problems.ts';

const LINK_EXAMPLE = '[文字](https://…)';
const ALLOWED_HTML = CONTENT_HTML_ELEMENTS.map((name) => (name === 'br' ? '<br />' : `<${name}>`)).join('、');

/** What to write instead of an HTML element, by element. */
const INSTEAD: Record<string, string> = {
  a: `如需链接，请写成 ${LINK_EXAMPLE}`,
  img: '如需图片，请写成 ![图片说明](/本站图片地址)',
  b: '加粗请写成 **文字**',
  strong: '加粗请写成 **文字**',
  i: '强调请写成 *文字*',
  em: '强调请写成 *文字*',
  p: '直接写文字即可，段落之间空一行',
  div: '直接写文字即可，段落之间空一行',
  span: '直接写文字即可',
  ul: '列表请每项以“- ”开头',
  ol: '列表请每项以“1. ”开头',
  li: '列表请每项以“- ”开头',
  table: '表格请用 Markdown 表格（| 列 | 列 |）',
};
const DEFAULT_INSTEAD = `网站不运行内容中的代码，也不接受内容自带的样式、嵌入页面或表单；请只写文字和 Markdown，如需链接，请写成 ${LINK_EXAMPLE}`;

const isJsx = (node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

function bodyProblems(file: ContentFile, tree: Nodes): Problem[] {
  const problems: Problem[] = [];
  const at = (node: Nodes) => (node.position ? file.bodyLine + node.position.start.line - 1 : undefined);
  const add = (node: Nodes, message: string) => problems.push({ path: file.path, line: at(node), message });

  const walk = (node: Nodes, inNote: boolean) => {
    const where = inNote ? '编者注中' : '正文中';
    if (isJsx(node) && node.name && isHtmlElementName(node.name)) {
      const name = node.name;
      if (!CONTENT_HTML_ELEMENTS.includes(name)) {
        add(
          node,
          `${where}不能使用 HTML 标签 <${name}>：${INSTEAD[name.toLowerCase()] ?? DEFAULT_INSTEAD}。可用的 HTML 标签只有 ${ALLOWED_HTML} (HTML not allowed)`,
        );
      } else if (node.attributes.length > 0) {
        add(node, `${where}的 <${name}> 不能带属性：请只写 <${name}>…</${name}>，不要加 class、style、on… 等属性 (HTML attribute not allowed)`);
      }
    } else if (isJsx(node)) {
      // A component's text attributes (label="…") are shown as written, like a YAML field.
      for (const attribute of node.attributes) {
        const message = attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string' ? plainTextProblem(attribute.value) : undefined;
        if (message) add(node, `<${node.name ?? ''}> 的属性 ${(attribute as { name: string }).name}：${message}`);
      }
    } else if (node.type === 'link' || node.type === 'definition') {
      if (!isAllowedLink(node.url)) {
        add(
          node,
          `${where}的链接地址“${node.url}”不能使用：链接只能以 ${LINK_PROTOCOLS.map((p) => `${p}:`).join('、')} 开头，或是本站以 / 开头的地址；请写成 ${LINK_EXAMPLE} (unsafe link)`,
        );
      }
    } else if (node.type === 'image') {
      if (!isAllowedImage(node.url)) {
        add(node, `${where}的图片地址“${node.url}”不能使用：只能显示本站的图片，地址以 / 开头，如 ![图片说明](/images/示例.png) (unsafe image)`);
      }
    }
    const entersNote = inNote || (isJsx(node) && node.name === EDITORIAL_NOTE);
    if ('children' in node) for (const child of (node as Parents).children) walk(child, entersNote);
  };
  walk(tree, false);
  return problems;
}

/** Every text value of a data file (YAML, front matter), with where it stands. */
function* texts(value: unknown, path: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* texts(item, [...path, index]);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* texts(item, [...path, key]);
}

/** What is wrong with a plain-text value (a YAML field, a component's label), if anything: shown as written, it must not look like code. */
function plainTextProblem(text: string): string | undefined {
  const markup = markupIn(text);
  if (markup) return `不能写 HTML 标签或注释“${markup}”：这里只能写纯文字；要写小于号，请用全角“＜”或写作“小于” (HTML not allowed)`;
  const scheme = scriptSchemeIn(text);
  if (scheme) return `不能写“${scheme}”这样的地址：这里只能写纯文字；网址请以 https:// 开头 (unsafe link)`;
  return undefined;
}

export function checkDataText(file: Pick<DataFile, 'path' | 'data' | 'lineOf'>): Problem[] {
  return [...texts(file.data)].flatMap(({ path, text }): Problem[] => {
    const message = plainTextProblem(text);
    return message ? [{ path: file.path, line: file.lineOf(path), field: path.join('.'), message }] : [];
  });
}

/** A content file: its front matter or YAML, and its MDX body. */
export function checkSafety(edition: Edition, file: ContentFile): Problem[] {
  const problems = checkDataText(file);
  if (file.path.endsWith('.mdx')) {
    const { tree } = edition.mdx(file);
    if (tree) problems.push(...bodyProblems(file, tree));
  }
  return problems;
}
