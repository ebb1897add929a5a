import { describe, expect, it } from 'vitest';
import { layoutDiagram, textWidth, WIDTH, type DiagramSpec } from '../../../../src/components/figures/layered-layout.ts';
import { LAYERED_FIGURES } from '../../../../src/components/figures/specs.ts';

const spec = (items: string[]): DiagramSpec => ({
  number: 9,
  title: 't',
  banner: { cites: 's1-p1', lines: ['总述'] },
  layers: [{ name: '一、甲', cites: 's1-p2', items }],
});

describe('layered figure layout', () => {
  it('counts a Han character or full-width mark as 1 em, anything else as 0.6 em', () => {
    expect(textWidth('区（县）', 10)).toBe(40);
    expect(textWidth('应用+本地', 10)).toBe(46);
  });

  it('keeps every box inside the drawing, wrapping chips onto new rows', () => {
    for (const figure of Object.values(LAYERED_FIGURES)) {
      const layout = layoutDiagram(figure);
      for (const layer of layout.layers) {
        for (const chip of layer.chips) {
          expect(chip.x).toBeGreaterThanOrEqual(0);
          expect(chip.x + chip.width, `图 ${figure.number} ${chip.label.text}`).toBeLessThanOrEqual(WIDTH);
          expect(chip.y + chip.height).toBeLessThanOrEqual(layer.box.y + layer.box.height);
        }
      }
      expect(layout.height).toBe(layout.layers.at(-1)!.box.y + layout.layers.at(-1)!.box.height);
    }
    const rows = new Set(layoutDiagram(spec(['一二三四五六七', '一二三四五六七', '一二三四五六七'])).layers[0]!.chips.map((c) => c.y));
    expect(rows.size).toBe(2);
  });

  it('refuses a label too wide for a phone instead of letting it overflow', () => {
    expect(() => layoutDiagram(spec(['一二三四五六七八九十一二三四五六七八九十一二三']))).toThrow(/too wide/);
  });
});
