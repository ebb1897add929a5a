/** Snippets: a window around the hits, hits in <mark>, text escaped. */
import { describe, expect, it } from 'vitest';
import { buildExcerpt } from '../../../../src/client/search/excerpt.ts';
import { pageText } from '../../../../src/client/search/fragment.ts';
import { analyzeQuery } from '../../../../src/client/search/query.ts';
import { rankPages } from '../../../../src/client/search/rank.ts';
import { fragment } from './fixtures.ts';

function excerptFor(query: string, words: string, maxChars?: number) {
  const f = fragment('/p/', 'P', [{ id: 'p1', words }]);
  const [ranked] = rankPages([f], analyzeQuery(query, []), { entryUrls: [] });
  return buildExcerpt(pageText(f), ranked!.passages[0]!, maxChars);
}

describe('buildExcerpt', () => {
  it('marks the matched words and escapes the rest', () => {
    const { html, text } = excerptFor('监测', '建设 <内涝> 监测 平台 & 系统');
    expect(html).toBe('建设&lt;内涝&gt;<mark>监测</mark>平台&amp;系统');
    expect(text).toBe('建设<内涝>监测平台&系统');
  });

  it('cuts a long passage around the hit, with ellipses', () => {
    const before = Array.from({ length: 60 }, () => '前文').join(' ');
    const after = Array.from({ length: 60 }, () => '后文').join(' ');
    const { text, html } = excerptFor('内涝', `${before} 内涝 ${after}`, 40);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(html).toContain('<mark>内涝</mark>');
    expect([...text].length).toBeLessThanOrEqual(44);
  });

  it('shows Pagefind’s block breaks as spaces', () => {
    const f = fragment('/p/', 'P', [{ id: 'h', element: 'h2', words: '标题 内涝' }, { words: '正文' }]);
    const [ranked] = rankPages([f], analyzeQuery('内涝', []), { entryUrls: [] });
    expect(buildExcerpt(pageText(f), ranked!.passages[0]!).text).toBe('标题内涝 正文');
  });
});

describe('marks within a word', () => {
  it('marks the matched characters only, where the index cut a longer word', () => {
    expect(excerptFor('信息安全', '加强 网络 与信息安全 保障').html).toBe('加强网络与<mark>信息安全</mark>保障');
  });

  it('marks a word of the plan as a whole, not its characters elsewhere in the passage', () => {
    const { html } = excerptFor('数据共享', '大数据 平台 推进 数据 共享 ， 数据 整合');
    expect(html).toBe('大数据平台推进<mark>数据共享</mark>，数据整合');
  });
});
