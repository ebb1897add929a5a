/**
 * Renders results as DOM. Titles, types and citations come from the index and
 * are set as text; only snippets are HTML, built by excerpt.ts from escaped
 * text plus <mark>.
 */
import type { SearchResult } from './engine.ts';
import type { SearchEntry } from '../../shared/search-entries.ts';
import type { Suggestion } from './query.ts';

const TYPE_CLASS: Record<string, string> = {
  正文: 'text',
  专栏项目: 'project',
  名词: 'term',
  指标: 'indicator',
  时间表: 'timeline',
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'search-result__excerpt');
  p.innerHTML = html;
  return p;
}

export function renderResult(result: SearchResult, index: number): HTMLLIElement {
  const li = el('li', 'search-result');
  li.dataset['url'] = result.url;
  li.dataset['target'] = result.target;
  li.dataset['type'] = result.type;

  const heading = el('h3', 'search-result__title');
  const link = el('a', undefined, result.title);
  link.href = result.url;
  link.id = `result-${index + 1}`;
  heading.append(link);

  const meta = el('p', 'search-result__meta');
  const type = el('span', `search-result__type search-result__type--${TYPE_CLASS[result.type] ?? 'other'}`, result.type);
  meta.append(type);
  if (result.cite && result.cite !== result.title) meta.append(el('span', 'search-result__cite', result.cite));
  if (result.pinned) meta.append(el('span', 'search-result__pinned', '名称匹配'));

  li.append(heading, meta);
  if (result.excerptHtml) li.append(excerpt(result.excerptHtml));

  if (result.subResults.length > 0) {
    const list = el('ul', 'search-result__subs');
    list.setAttribute('aria-label', `${result.title}中的匹配段落`);
    for (const sub of result.subResults) {
      const item = el('li', 'search-sub');
      const a = el('a', 'search-sub__link');
      a.href = sub.url;
      a.append(el('span', 'search-sub__cite', sub.cite));
      if (sub.context) a.append(el('span', 'search-sub__context', sub.context));
      item.append(a, excerpt(sub.excerptHtml));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}

/** One line of names offered, each a link to its own page with its type. */
function nameLine(label: string, entries: readonly SearchEntry[]): HTMLParagraphElement {
  const p = el('p', 'search-suggest', label);
  entries.forEach((entry, i) => {
    if (i > 0) p.append('、');
    const a = el('a', undefined, entry.name);
    a.href = entry.url;
    p.append(a, el('span', 'search-suggest__type', `（${entry.type}）`));
  });
  return p;
}

/**
 * Names the query may be the start of (您可能在找), and, for a query that
 * names nothing of the plan, the plan's own words for it and names it may be
 * a typo of (您是不是要找).
 */
export function renderSuggestions(container: HTMLElement, suggestions: readonly Suggestion[], didYouMean: readonly SearchEntry[]): void {
  container.replaceChildren();
  if (suggestions.length > 0)
    container.append(
      nameLine(
        '您可能在找：',
        suggestions.map((s) => s.entry),
      ),
    );
  if (didYouMean.length > 0) container.append(nameLine('您是不是要找：', didYouMean));
  container.hidden = container.childElementCount === 0;
}
