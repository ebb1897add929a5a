/**
 * Lays out a layered architecture figure (图 1, 2, 4, 5) at build time: a
 * banner with the section's own summary words, then one box per numbered
 * part of the section, its name and the components the text names for it
 * as chips that wrap. One column, narrow enough for a phone: the figure
 * scales with the page and never needs a sideways scroll.
 */

/** Words of the plan drawn in the figure, with the paragraph they are quoted from. */
export interface CitedLines {
  /** The paragraph's anchor in 第三章 (s1-p1). */
  cites: string;
  lines: readonly string[];
}

export interface LayerSpec {
  /** The part's heading as the paragraph starts: 一、统一领导. */
  name: string;
  /** The paragraph it is drawn from; every item is quoted from it too. */
  cites: string;
  items: readonly string[];
}

export interface DiagramSpec {
  /** Figure number (图 n). */
  number: number;
  /** An accessible name for the drawing (editorial). */
  title: string;
  banner: CitedLines;
  layers: readonly LayerSpec[];
}

export const WIDTH = 320;
const PAD = 10;
const NAME_SIZE = 15;
const ITEM_SIZE = 14;
const BANNER_SIZE = 14;
const BANNER_LINE = 22;
const CHIP_HEIGHT = 26;
const CHIP_GAP = 6;
const CHIP_PAD = 8;
const LAYER_GAP = 8;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

export interface PlacedLayer {
  spec: LayerSpec;
  box: Box;
  name: PlacedText;
  chips: (Box & { label: PlacedText })[];
}

export interface DiagramLayout {
  height: number;
  banner: { box: Box; lines: PlacedText[] };
  layers: PlacedLayer[];
}

/**
 * A generous width for text in a CJK font: a Han character or full-width
 * mark is 1em; anything else is counted at 0.6em. Overestimating only
 * leaves a chip a little roomier than its text.
 */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’]/u.test(char) ? 1 : 0.6;
  return ems * size;
}

export function layoutDiagram(spec: DiagramSpec): DiagramLayout {
  const inner = WIDTH - 2 * PAD;
  const bannerHeight = spec.banner.lines.length * BANNER_LINE + 12;
  const banner = {
    box: { x: 0, y: 0, width: WIDTH, height: bannerHeight },
    lines: spec.banner.lines.map((text, i) => ({ text, x: WIDTH / 2, y: 6 + BANNER_LINE * (i + 0.5) })),
  };
  for (const line of spec.banner.lines) {
    if (textWidth(line, BANNER_SIZE) > inner) throw new Error(`图 ${spec.number}: banner line “${line}” is too wide for the figure`);
  }
  let y = bannerHeight + LAYER_GAP;
  const layers = spec.layers.map((layer): PlacedLayer => {
    const top = y;
    if (textWidth(layer.name, NAME_SIZE) > inner) throw new Error(`图 ${spec.number}: “${layer.name}” is too wide for the figure`);
    const name = { text: layer.name, x: PAD, y: top + 18 };
    const chips: PlacedLayer['chips'] = [];
    let x = PAD;
    let row = top + 32;
    for (const item of layer.items) {
      const width = textWidth(item, ITEM_SIZE) + 2 * CHIP_PAD;
      if (width > inner) throw new Error(`图 ${spec.number}: “${item}” is too wide for the figure`);
      if (x + width > WIDTH - PAD) {
        x = PAD;
        row += CHIP_HEIGHT + CHIP_GAP;
      }
      chips.push({ x, y: row, width, height: CHIP_HEIGHT, label: { text: item, x: x + width / 2, y: row + CHIP_HEIGHT / 2 } });
      x += width + CHIP_GAP;
    }
    const bottom = (chips.length > 0 ? row + CHIP_HEIGHT : top + 24) + PAD;
    y = bottom + LAYER_GAP;
    return { spec: layer, box: { x: 0, y: top, width: WIDTH, height: bottom - top }, name, chips };
  });
  return { height: y - LAYER_GAP, banner, layers };
}
