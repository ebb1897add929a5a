/**
 * remark-crosslinks on fixtures: each rule of the cross-linking issue, one
 * fixture each (test/src/plugins/fixtures/crosslinks/input/), against a small
 * content folder of its own (…/crosslinks/content/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Link, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { crosslinksOf } from '../../../src/lib/crosslinks/sources.ts';
import { loadEdition } from '../../../src/edition/index.ts';
import { remarkCrosslinks, type CrosslinksOptions } from '../../../src/plugins/remark-crosslinks.ts';

/** A project of its own: content/ holds a few terms, projects and a chapter. */
const FIXTURES = join(import.meta.dirname, 'fixtures', 'crosslinks');
const CONTENT = join(FIXTURES, 'content');
const data = crosslinksOf(loadEdition(FIXTURES));

interface FoundLink {
  text: string;
  url: string;
  ref: string;
  describedBy: string;
}

interface Result {
  tree: Root;
  before: Root;
  links: FoundLink[];
}

const parse = (text: string) => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(text);

/** Runs the plugin on `text` as if it were the file `as` of the content folder. */
function link(text: string, as = 'chapters/test.mdx', options: Partial<CrosslinksOptions> = {}): Result {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkCrosslinks, { data: () => data, ...options });
  const tree = processor.runSync(processor.parse(text), { path: join(CONTENT, as), value: text }) as Root;
  const links: FoundLink[] = [];
  visit(tree, 'link', (node: Link) => {
    const props = (node.data as { hProperties?: Record<string, string | string[]> } | undefined)?.hProperties;
    if (typeof props?.['dataXref'] === 'string') {
      // aria-describedby is a space-separated list in hast.
      links.push({ text: toString(node), url: node.url, ref: props['dataXref'], describedBy: [props['ariaDescribedBy'] ?? []].flat().join(' ') });
    }
  });
  return { tree, before: parse(text), links };
}

const input = (name: string) => readFileSync(join(FIXTURES, 'input', name), 'utf8');
const content = (path: string) => readFileSync(join(CONTENT, path), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('remark-crosslinks', () => {
  it('links the longest name first: 一网统管, not the shorter 统管 inside it', () => {
    const { links } = link(input('longest.mdx'));
    expect(links.map((l) => [l.text, l.ref])).toEqual([
      ['一网统管', 'term:yi-wang-tong-guan'],
      ['统管', 'term:tong-guan'],
    ]);
    expect(links[0]!.url).toBe('/glossary/yi-wang-tong-guan/');
  });

  it('finds names across quotes and keeps quotes around a name outside the link', () => {
    const { tree, links } = link(input('quotes.mdx'));
    // “三网”融合 is 三网融合; the opening quote is needed inside the link to balance the closing one.
    expect(links.map((l) => [l.text, l.ref])).toEqual([
      ['“三网”融合', 'term:san-wang-rong-he'],
      ['四免', 'term:si-mian'],
    ]);
    const paragraph = tree.children[0] as { children: Nodes[] };
    const i = paragraph.children.findIndex((n) => n.type === 'link' && toString(n) === '四免');
    expect(toString(paragraph.children[i - 1]!).endsWith('“')).toBe(true);
    // The closing quote stays with the name; the tap button follows it.
    expect(toString(paragraph.children[i + 1]!)).toBe('”');
    expect((paragraph.children[i + 2]!.data as { hName?: string }).hName).toBe('button');
  });

  it('matches Latin names in any case and fullwidth forms, but not inside a longer Latin word', () => {
    const { links } = link(input('case-width.mdx'), 'chapters/test.mdx', { scope: 'occurrence' });
    expect(links.map((l) => [l.text, l.ref])).toEqual([
      ['IPV6', 'term:ipv6'],
      ['ipv6', 'term:ipv6'],
      ['ＩＰｖ６', 'term:ipv6'],
      ['互联网＋', 'term:hu-lian-wang-jia'],
    ]);
  });

  it('never links inside headings', () => {
    const { tree, links } = link(input('headings.mdx'));
    expect(links.map((l) => l.text)).toEqual(['一网统管']);
    visit(tree, 'heading', (heading) => {
      visit(heading, 'link', () => expect.unreachable(`link in heading “${toString(heading)}”`));
    });
  });

  it('never links inside an existing link', () => {
    const { tree, links } = link(input('links.mdx'));
    expect(links.map((l) => l.text)).toEqual(['四免']);
    const existing: Link[] = [];
    visit(tree, 'link', (node: Link) => {
      if (node.url === 'https://example.org/') existing.push(node);
    });
    expect(existing).toHaveLength(1);
    expect(existing[0]!.children).toEqual([expect.objectContaining({ type: 'text', value: '四免的说明' })]);
  });

  it('never links inside code', () => {
    const { tree, links } = link(input('code.mdx'));
    expect(links.map((l) => l.text)).toEqual(['秒批']);
    const codes: string[] = [];
    visit(tree, ['inlineCode', 'code'], (node) => void codes.push((node as { value: string }).value));
    expect(codes).toEqual(['四免', '四免']);
  });

  it('never links inside MDX components (editorial notes, figure captions, the 附件 2 list)', () => {
    const { links } = link(input('components.mdx'));
    expect(links.map((l) => l.text)).toEqual(['一网统管']);
  });

  it('links the first occurrence per 节 by default, and per paragraph, page or every one when configured', () => {
    const text = input('first-per-section.mdx');
    // Before 第一节; in 第一节 (twice in one paragraph, once in the next); in 第二节 (once, then once more under its 一、).
    expect(link(text).links).toHaveLength(3);
    expect(link(text, 'chapters/test.mdx', { scope: 'subsection' }).links).toHaveLength(4);
    expect(link(text, 'chapters/test.mdx', { scope: 'paragraph' }).links).toHaveLength(5);
    expect(link(text, 'chapters/test.mdx', { scope: 'page' }).links).toHaveLength(1);
    expect(link(text, 'chapters/test.mdx', { scope: 'occurrence' }).links).toHaveLength(6);
    expect(() => link(text, 'chapters/test.mdx', { scope: 'word' as never })).toThrow(/scope “word”/);
  });

  it('skips a name in a context its term excludes, and links it elsewhere', () => {
    const { tree, links } = link(input('exclusions.mdx'));
    expect(links.map((l) => l.text)).toEqual(['一网协同']);
    const paragraph = tree.children[0] as { children: Nodes[] };
    expect(toString(paragraph.children[0]!)).toBe('一网协同共治，以及政府运行');
  });

  it('never links a term inside its own definition in the text', () => {
    const { links } = link(content('chapters/chapter-1.mdx'), 'chapters/chapter-1.mdx');
    expect(links.map((l) => l.ref)).not.toContain('term:zong-he-chuang-kou');
    // The same words in another chapter are linked.
    expect(link('见综合窗口。', 'chapters/chapter-2.mdx').links.map((l) => l.ref)).toEqual(['term:zong-he-chuang-kou']);
  });

  it('gives a longer project name the link over a term inside it', () => {
    const { links } = link('互联网+救助由“互联网+救助”项目承担，互联网+另计。');
    expect(links.map((l) => [l.text, l.ref])).toEqual([
      ['互联网+救助', 'project:01-03'],
      ['互联网+', 'term:hu-lian-wang-jia'],
    ]);
    expect(links[0]!.url).toBe('/projects/01-03/');
  });

  it('does not link a project to itself in its own text, but links the terms and other projects there', () => {
    const { links } = link(content('projects/01-01.mdx'), 'projects/01-01.mdx');
    expect(links.map((l) => l.ref)).toEqual(['term:si-mian', 'term:miao-pi', 'project:01-02']);
  });

  it('leaves glossary definitions alone (the 附件 2 list and term pages render them)', () => {
    const { links } = link(content('glossary/yi-wang-tong-guan.mdx'), 'glossary/yi-wang-tong-guan.mdx');
    expect(links).toEqual([]);
  });

  it('never changes the words', () => {
    const cases: [string, string][] = [
      ...['longest', 'quotes', 'case-width', 'headings', 'links', 'code', 'components', 'first-per-section', 'exclusions'].map((name): [string, string] => [
        input(`${name}.mdx`),
        'chapters/test.mdx',
      ]),
      [content('chapters/chapter-1.mdx'), 'chapters/chapter-1.mdx'],
      [content('projects/01-01.mdx'), 'projects/01-01.mdx'],
    ];
    for (const [text, as] of cases) {
      const { tree, before, links } = link(text, as, { scope: 'occurrence' });
      expect(toString(tree), as).toBe(toString(before));
      expect(links.length, as).toBeGreaterThan(0);
    }
  });

  it('puts each link’s preview after its paragraph, tied by id, with a tap button', () => {
    const { tree, links } = link('推进“四免”和“秒批”。\n\n另一段。');
    expect(tree.children.map((n) => n.type)).toEqual(['paragraph', 'crosslinkCards', 'paragraph']);
    const cards = (tree.children[1] as unknown as { data: { hChildren: { properties: Record<string, unknown>; children: unknown[] }[] } }).data.hChildren;
    expect(cards.map((c) => `${String(c.properties['id'])}-text`)).toEqual(links.map((l) => l.describedBy));
    expect(cards.map((c) => c.properties['popover'])).toEqual(['auto', 'auto']);
    const toggles: string[] = [];
    visit(tree.children[0]!, (node) => {
      const data = (node as { data?: { hName?: string; hProperties?: Record<string, string> } }).data;
      if (data?.hName === 'button') toggles.push(data.hProperties!['popoverTarget']!);
    });
    expect(toggles).toEqual(cards.map((c) => c.properties['id']));
    expect(JSON.stringify(cards[0])).toContain('材料免提交等四项便利。');
  });

  it('ignores files outside the content collections', () => {
    expect(link('推进四免。', '../elsewhere.mdx').links).toEqual([]);
  });
});
