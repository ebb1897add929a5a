/**
 * What a reader sees move: the boxes of the page's blocks, and the page's
 * cumulative layout shift as Chromium reports it (the Layout Instability
 * API, the figure Lighthouse and field data use).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Records layout-shift entries from the first paint on; read them with cumulativeLayoutShift(). */
export async function recordLayoutShifts(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    type Box = { x: number; y: number; width: number; height: number };
    type Entry = { value: number; hadRecentInput: boolean; sources: { node?: Node | null; previousRect: Box; currentRect: Box }[] };
    const shifts: { value: number; moved: string[] }[] = [];
    (window as unknown as { __layoutShifts: typeof shifts }).__layoutShifts = shifts;
    const describe = (node: Node | null | undefined) =>
      node instanceof Element
        ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${node.classList.length ? `.${[...node.classList].join('.')}` : ''}`
        : String(node?.nodeName);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Entry[]) {
        // Where each box was and went, so that a failure says what moved and how far.
        const where = ({ x, y, width, height }: Box) => `${Math.round(x)},${Math.round(y)} ${Math.round(width)}×${Math.round(height)}`;
        if (!entry.hadRecentInput)
          shifts.push({ value: entry.value, moved: entry.sources.map((s) => `${describe(s.node)} (${where(s.previousRect)} → ${where(s.currentRect)})`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of shifts recorded since the page loaded (recordLayoutShifts must have been called on its context). */
export async function cumulativeLayoutShift(page: Page): Promise<number> {
  return (await layoutShifts(page)).reduce((sum, shift) => sum + shift.value, 0);
}

/** Each shift since the page loaded, with the elements it moved. */
export async function layoutShifts(page: Page): Promise<{ value: number; moved: string[] }[]> {
  // Entries are delivered in a task after the frame that caused them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return page.evaluate(() => (window as unknown as { __layoutShifts: { value: number; moved: string[] }[] }).__layoutShifts);
}

/** Page coordinates of every block in the main column, outside `except`, in document order. */
export async function blockBoxes(page: Page, except = '.xref-card'): Promise<string[]> {
  return page.evaluate(
    (except) =>
      [...document.querySelectorAll('main :is(p, h1, h2, h3, h4, li, table, figure, aside, blockquote, dl)')]
        .filter((block) => !block.closest(except))
        .map((block) => {
          const box = block.getBoundingClientRect();
          return `${block.tagName} ${Math.round(box.x + scrollX)},${Math.round(box.y + scrollY)} ${Math.round(box.width)}×${Math.round(box.height)}`;
        }),
    except,
  );
}
