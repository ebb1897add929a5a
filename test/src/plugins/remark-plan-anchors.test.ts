import type { Heading, Link, Paragraph, Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkPlanAnchors } from '../../../src/plugins/remark-plan-anchors.ts';

function run(mdx: string, path: string, frontmatter: Record<string, unknown> = { label: '第四章' }): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkPlanAnchors);
  // unified turns these options into the VFile the plugin receives, as Astro's MDX pipeline does.
  const file = { path, value: mdx, data: { astro: { frontmatter } } };
  const tree = processor.parse(mdx) as Root;
  processor.runSync(tree, file);
  return tree;
}

/** The hast properties the plugin set on a node. */
const props = (node: RootContent | Link) => (node.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties;

const MDX = '开头一段。\n\n## 第二节　标题\n\n### 一、小标题\n\n第一段。\n\n第二段。\n';

describe('remarkPlanAnchors', () => {
  it('gives headings their anchor, paragraphs their anchor on their number, both their citation and a link to themselves', () => {
    const tree = run(MDX, '/repo/content/chapters/chapter-4.mdx');
    const [intro, section, item, , second] = tree.children as [Paragraph, Heading, Heading, Paragraph, Paragraph];
    expect(props(intro)).toEqual({ dataCite: '第四章第1段' });
    expect(props(intro.children[0] as Link)).toMatchObject({ id: 'p1' });
    expect(props(section)).toMatchObject({ id: 's2', dataCite: '第四章第二节' });
    expect(props(item)).toMatchObject({ id: 's2-1', dataCite: '第四章第二节一' });
    expect(props(second)).toEqual({ dataCite: '第四章第二节一第2段' });

    // The number holds the paragraph's id and no text: the search index keeps no paragraph twice.
    const number = second.children[0] as Link;
    expect(number).toMatchObject({ type: 'link', url: '/chapter-4/#s2-1-p2', children: [] });
    expect(props(number)).toMatchObject({ id: 's2-1-p2', className: ['para-num'], ariaLabel: '第2段', dataN: '2' });
    const headingLink = item.children.at(-1) as Link;
    expect(headingLink).toMatchObject({ type: 'link', url: '/chapter-4/#s2-1', children: [] });
    expect(props(headingLink)).toMatchObject({ className: ['heading-link'] });
  });

  it('adds no text, so the plan’s words stay exactly as they are', () => {
    const tree = run(MDX, '/repo/content/chapters/chapter-4.mdx');
    const texts = (tree.children as (Paragraph | Heading)[]).map((n) =>
      n.children.map((c) => (c.type === 'text' ? c.value : c.type === 'link' ? c.children.map((t) => ('value' in t ? t.value : '')).join('') : '')).join(''),
    );
    expect(texts).toEqual(['开头一段。', '第二节　标题', '一、小标题', '第一段。', '第二段。']);
  });

  it('leaves files outside content/chapters alone', () => {
    const tree = run(MDX, '/repo/content/projects/04-02.mdx');
    expect(tree.children.every((n) => props(n) === undefined)).toBe(true);
  });

  it('fails with the file name when a chapter has no label', () => {
    expect(() => run(MDX, '/repo/content/chapters/chapter-9.mdx', {})).toThrow(/chapter-9\.mdx: 缺少章标号 label/);
  });
});
