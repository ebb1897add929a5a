import { describe, expect, it } from 'vitest';
import { pageLinks, reportPath } from '../../../../src/lib/crosslinks/report.ts';

describe('pageLinks', () => {
  it('finds every cross-link of a page and flags those in headings or in the 附件 2 list', () => {
    const html = `<main>
      <h2>推进<a data-xref="term:a" href="/glossary/a/">四免</a></h2>
      <p>见<a data-xref="term:a" href="/glossary/a/">四免</a>与<a href="/x/">别处</a>。</p>
      <dl class="glossary-list"><dd><a data-xref="term:b" href="/glossary/b/">秒批</a></dd></dl>
    </main>`;
    expect(pageLinks(html, '/p/')).toEqual([
      { page: '/p/', ref: 'term:a', text: '四免', misplaced: '<h2> “推进四免”' },
      { page: '/p/', ref: 'term:a', text: '四免' },
      { page: '/p/', ref: 'term:b', text: '秒批', misplaced: '附件 2 名词解释列表' },
    ]);
  });
});

describe('reportPath', () => {
  it('puts the report beside the build, never inside it', () => {
    expect(reportPath('/site/dist')).toBe('/site/reports/dist/crosslinks.json');
    expect(reportPath('/site/dist-links')).toBe('/site/reports/dist-links/crosslinks.json');
  });
});
