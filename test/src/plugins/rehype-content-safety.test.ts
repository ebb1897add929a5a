/**
 * The build's sanitizer, behind the content check: hostile markup that got
 * past the check (here compiled directly, as Astro's MDX compiler would)
 * comes out inert; what editors are allowed to write, and the site's own
 * components, come out as they went in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '@mdx-js/mdx';
import type { Element, Root, RootContent } from 'hast';
import type { MdxJsxFlowElementHast } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { editionRehypePlugins } from '../../../src/plugins/index.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'content-safety', name), 'utf8');

/** The body as the rest of Astro's MDX pipeline receives it, after the edition's rehype plugins. */
async function sanitized(mdx: string): Promise<Root> {
  let result: Root | undefined;
  const capture = () => (tree: Root) => {
    result = structuredClone(tree);
  };
  await compile(mdx, { remarkPlugins: [remarkGfm], rehypePlugins: [...editionRehypePlugins, capture] as never });
  return result!;
}

type Node = Root | RootContent;
const all = (node: Node): Node[] => [node, ...('children' in node ? node.children.flatMap(all) : [])];
const elements = (tree: Root) => all(tree).filter((n): n is Element => n.type === 'element');
const text = (node: Node): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');

describe('rehypeContentSafety', () => {
  it('leaves nothing live of hostile markup in an editorial note', async () => {
    const tree = await sanitized(fixture('hostile-note.mdx'));
    const found = elements(tree);
    const tags = new Set(found.map((e) => e.tagName));
    for (const tag of ['script', 'style', 'svg', 'meta', 'base', 'link', 'iframe', 'form', 'input', 'object']) expect(tags, tag).not.toContain(tag);
    for (const element of found) {
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name, `${element.tagName} ${name}`).not.toMatch(/^on/i);
        expect(name, `${element.tagName} ${name}`).not.toBe('style');
        // A URL either has no scheme (a path: inert) or one that runs nothing.
        const scheme = /^([a-z][a-z\d+.-]*):/i.exec(String(value))?.[1];
        if (name === 'href' || name === 'src') expect([undefined, 'http', 'https', 'mailto'], `${element.tagName} ${name}=${String(value)}`).toContain(scheme);
      }
    }
    // The scripts' text is gone with them; what an editor wrote as words is still there.
    expect(text(tree)).not.toMatch(/PWNED|CAPS|display:none/);
    expect(text(tree)).toContain('编者注：');
    expect(text(tree)).toContain('空格');
    // Code is dropped: no {…} expression, no import/export, no code in a component's attributes.
    expect(all(tree).some((n) => /^mdx(Flow|Text)Expression$|^mdxjsEsm$/.test(n.type))).toBe(false);
    const note = all(tree).find((n): n is MdxJsxFlowElementHast => n.type === 'mdxJsxFlowElement')!;
    expect(note.name).toBe('EditorialNote');
    expect(note.attributes).toEqual([]);
  });

  it('keeps what an editor may write, and the site’s components with their data', async () => {
    const tree = await sanitized(fixture('safe-note.mdx'));
    const found = elements(tree);
    const tags = found.map((e) => e.tagName);
    for (const tag of ['sub', 'sup', 'br', 'ul', 'li', 'strong', 'em', 'table', 'th', 'td']) expect(tags, tag).toContain(tag);
    const hrefs = found.filter((e) => e.tagName === 'a').map((e) => e.properties.href);
    expect(hrefs).toEqual(['https://www.gov.cn/zhengce/', '/chapter-4/#s2', 'mailto:editor@example.org']);
    expect(found.filter((e) => e.tagName === 'td').map((e) => e.properties.align)).toEqual(['left', 'right']);
    const components = all(tree).filter((n): n is MdxJsxFlowElementHast => n.type === 'mdxJsxFlowElement');
    expect(components.map((c) => [c.name, c.attributes.map((a) => ('name' in a ? [a.name, a.value] : a))])).toEqual([
      ['EditorialNote', [['label', '编者说明']]],
      ['Zhuanlan', [['number', expect.objectContaining({ value: '4' })]]],
    ]);
  });

  it('marks a link that leaves the site, for every reader, and keeps it from the page that opened it', async () => {
    const tree = await sanitized(fixture('safe-note.mdx'));
    const [external, internal, mail] = elements(tree).filter((e) => e.tagName === 'a');
    expect(external!.properties.rel).toEqual(['noopener', 'noreferrer']);
    expect(external!.properties.target).toBeUndefined();
    expect(text(external!)).toBe('国务院文件外部链接');
    const mark = external!.children.at(-1) as Element;
    expect(mark.properties).toMatchObject({ className: ['external-link'], dataPagefindIgnore: '' });
    for (const link of [internal!, mail!]) {
      expect(link.properties.rel).toBeUndefined();
      expect(text(link)).not.toContain('外部链接');
    }
  });
});
