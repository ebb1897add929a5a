/**
 * The figures redrawn from 第三章 say nothing the text does not: every word
 * drawn in 图 1, 2, 4 and 5 is quoted from the paragraph it links to, each
 * link leads to a paragraph of the section the figure stands in, and each
 * drawing is marked as the editors' reconstruction.
 */
import { describe, expect, it } from 'vitest';
import { parsePage, select, selectAll, text, type Element, type Root } from '../helpers/html.ts';

const CHAPTER = '/chapter-3/';
const LAYERED = [1, 2, 4, 5];

/** The paragraph of the chapter page whose anchor is `id` (a paragraph's id is on its number link). */
function paragraph(tree: Root, id: string): string | undefined {
  const found = selectAll('p[data-cite]', tree).find((p) => select(`[id="${id}"]`, p));
  return found && text(found);
}

/** Text elements of a figure with the paragraph anchor each is drawn from (the nearest data-cites around it). */
function citedTexts(figure: Element): { text: string; cites: string | undefined }[] {
  const found: { text: string; cites: string | undefined }[] = [];
  const walk = (node: Element, cites: string | undefined) => {
    const here = (node.properties['dataCites'] as string | undefined) ?? cites;
    if (node.tagName === 'text') found.push({ text: text(node), cites: here });
    for (const child of node.children) if (child.type === 'element') walk(child, here);
  };
  walk(figure, undefined);
  return found;
}

describe('figures 1, 2, 4 and 5', () => {
  const tree = parsePage(CHAPTER);

  it.each(LAYERED)('图 %i: every drawn word is quoted from the paragraph it cites, in its own section', (n) => {
    const svg = select(`#fig${n} svg`, tree);
    expect(svg, `图 ${n} has a drawing`).toBeDefined();
    const texts = citedTexts(svg!);
    expect(texts.length).toBeGreaterThan(5);
    for (const { text: words, cites } of texts) {
      expect(cites, `“${words}” cites no paragraph`).toMatch(new RegExp(`^s${n}-p\\d+$`));
      const source = paragraph(tree, cites!);
      expect(source, `#${cites} is a paragraph of ${CHAPTER}`).toBeDefined();
      expect(source, `“${words}” in #${cites}`).toContain(words);
    }
  });

  it.each(LAYERED)('图 %i: links to each paragraph it is drawn from, and to nothing else', (n) => {
    const svg = select(`#fig${n} svg`, tree)!;
    const cited = new Set(citedTexts(svg).map((t) => t.cites));
    const links = selectAll('a', svg).map((a) => String(a.properties['href']));
    expect(new Set(links)).toEqual(new Set([...cited].map((id) => `${CHAPTER}#${id}`)));
    for (const link of links) expect(paragraph(tree, link.split('#')[1]!), link).toBeDefined();
  });

  it.each(LAYERED)('图 %i: is named as the editors’ reconstruction and keeps the plan’s caption', (n) => {
    const figure = select(`#fig${n}`, tree)!;
    const svg = select('svg', figure)!;
    const title = select(`title[id="${String(svg.properties['ariaLabelledBy'])}"]`, svg);
    expect(text(title)).toMatch(/^.+架构示意图（编者据第三章第.节重绘）$/);
    expect(select('.plan-figure__reconstruction[data-editorial]', figure)).toBeDefined();
    expect(text(select('.editorial-note', figure))).toContain('并非原图');
    expect(select(`.editorial-note a[href="${CHAPTER}#s${n}"]`, figure), 'the note links the section').toBeDefined();
    expect(text(select('figcaption', figure))).toMatch(new RegExp(`^图 ${n}-汕头市“数字政府”.+架构图$`));
  });

  it('draws the same figures on the one-page edition, linking to the chapter page', () => {
    const full = parsePage('/full/');
    for (const n of LAYERED) {
      expect(selectAll(`#fig${n} svg text`, full).map(text), `图 ${n}`).toEqual(selectAll(`#fig${n} svg text`, tree).map(text));
    }
  });
});
