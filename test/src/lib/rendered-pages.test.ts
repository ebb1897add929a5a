import { describe, expect, it } from 'vitest';
import { listenToRenderedPages, pageFile, pageName, renderingStarted, type RenderedPage } from '../../../src/lib/rendered-pages.ts';

const page = (path: string): RenderedPage => ({ path, html: `<html><body>${path}</body></html>` });

describe('rendered pages', () => {
  it('passes pages on in the order their renderings started, whatever order they finish in', () => {
    const seen: string[] = [];
    const { stopListening } = listenToRenderedPages((p) => seen.push(p.path));
    const [a, b, c, d] = [renderingStarted(), renderingStarted(), renderingStarted(), renderingStarted()];
    c(page('/c/'));
    b(page('/b/'));
    expect(seen).toEqual([]);
    a(page('/a/'));
    expect(seen).toEqual(['/a/', '/b/', '/c/']);
    d(page('/d/'));
    expect(seen).toEqual(['/a/', '/b/', '/c/', '/d/']);
    stopListening();
  });

  it('lets a rendering that is no page (an endpoint, a failure) release the pages after it', () => {
    const seen: string[] = [];
    const { stopListening } = listenToRenderedPages((p) => seen.push(p.path));
    const [json, html] = [renderingStarted(), renderingStarted()];
    html(page('/timeline/'));
    expect(seen).toEqual([]);
    json(undefined);
    expect(seen).toEqual(['/timeline/']);
    stopListening();
  });

  it('stops passing pages on once the listener stops listening', () => {
    const seen: string[] = [];
    listenToRenderedPages((p) => seen.push(p.path)).stopListening();
    renderingStarted()(page('/a/'));
    expect(seen).toEqual([]);
  });

  it('names a page the same whether the middleware or Astro’s page list writes its path', () => {
    expect(pageName('/chapter-4/')).toBe(pageName('chapter-4/'));
    expect(pageName('/')).toBe(pageName(''));
    expect(pageName('/glossary/miao-pi/')).toBe('glossary/miao-pi');
  });

  it('names the file each page is written to', () => {
    expect(pageFile('/chapter-4/')).toBe('chapter-4/index.html');
    expect(pageFile('/glossary/miao-pi/')).toBe('glossary/miao-pi/index.html');
    expect(pageFile('/')).toBe('index.html');
    expect(pageFile('/404/')).toBe('404.html');
    expect(pageFile('/404')).toBe('404.html');
    expect(pageFile('/404-policy/')).toBe('404-policy/index.html');
  });
});
