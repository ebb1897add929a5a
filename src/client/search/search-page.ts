/**
 * The /search/ page. The query and filters live in the URL (?q=…&type=…), so
 * a search can be shared and the back button returns to the previous one:
 * typing updates one history entry, pressing Enter or changing a filter
 * commits it, and going back re-runs the search the URL names. Results update
 * as the reader types; the number found is announced by a status region.
 * Ten results are loaded at a time (显示更多结果 loads the next ten), and the
 * number each filter would leave is counted only while the filters are open.
 */
import { runSearch, type SearchOutcome, type SearchResult } from './engine.ts';
import { FILTER_KEYS, readState, sameState, writeState, type FilterKey, type Filters, type SearchState } from './url-state.ts';
import { loadPagefind, namesFor, warmUp } from './load.ts';
import { renderResult, renderSuggestions } from './results-view.ts';
import { focusSearchInput, onSearchShortcut } from './shortcut.ts';
import { rememberLanding } from './landing-highlight.ts';

const PAGE_SIZE = 10;
const TYPING_DELAY_MS = 250;

interface HistoryMark {
  /** The entry was made while typing: more typing replaces it instead of adding another. */
  live: boolean;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

export function startSearchPage(root: HTMLElement): void {
  const form = required<HTMLFormElement>(root, 'form[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const region = required<HTMLElement>(root, '[data-search-region]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const more = required<HTMLButtonElement>(root, '[data-search-more]');
  const suggestions = required<HTMLElement>(root, '[data-search-suggestions]');
  const filterPanel = required<HTMLDetailsElement>(root, '[data-search-filters]');
  const filterSummary = required<HTMLElement>(root, '[data-filter-summary]');
  const clear = required<HTMLButtonElement>(root, '[data-clear-filters]');
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]')];
  const baseTitle = document.title;
  const siteName = baseTitle.split(' · ').slice(1).join(' · ') || baseTitle;

  const outcomes = new Map<string, Promise<SearchOutcome>>();
  let current: SearchOutcome | undefined;
  let sequence = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const stateFromPage = (): SearchState => {
    const filters: Filters = { type: [], chapter: [], category: [] };
    for (const box of boxes) if (box.checked) filters[box.dataset['filter'] as FilterKey].push(box.value);
    return { query: input.value.trim(), filters };
  };

  const showState = (state: SearchState) => {
    input.value = state.query;
    for (const box of boxes) box.checked = state.filters[box.dataset['filter'] as FilterKey].includes(box.value);
  };

  const record = (state: SearchState, live: boolean) => {
    const url = `${window.location.pathname}${writeState(state)}`;
    const here = readState(window.location.search);
    const mark: HistoryMark = { live };
    const previous = history.state as HistoryMark | null;
    if (sameState(state, here)) history.replaceState(mark, '', url);
    else if (live && previous?.live) history.replaceState(mark, '', url);
    else history.pushState(mark, '', url);
  };

  /** How many results each filter value would leave, given the other filters chosen: counted while the filters are open. */
  const updateCounts = (outcome: SearchOutcome | undefined, filters: Filters) => {
    const chosen = FILTER_KEYS.reduce((n, key) => n + filters[key].length, 0);
    filterSummary.textContent = chosen > 0 ? `（已选 ${chosen} 项）` : '';
    clear.hidden = chosen === 0;
    const show = (counts: Record<string, Record<string, number>> | undefined) => {
      for (const box of boxes) {
        const label = box.closest('label')?.querySelector<HTMLElement>('[data-count]');
        if (label) label.textContent = counts ? String(counts[box.dataset['filter'] as FilterKey]?.[box.value] ?? 0) : '';
      }
    };
    if (!outcome || !filterPanel.open) return show(undefined);
    void outcome.countFilters(FILTER_KEYS).then((counts) => {
      if (current === outcome) show(counts);
    });
  };

  const renderMore = (outcome: SearchOutcome, added: readonly SearchResult[]) => {
    const shown = list.childElementCount;
    list.append(...added.map((r, i) => renderResult(r, shown + i)));
    const left = outcome.candidates.length - outcome.loaded;
    more.hidden = left <= 0;
    more.textContent = `显示更多结果（还有 ${left} 条）`;
  };

  const render = (outcome: SearchOutcome | undefined, state: SearchState) => {
    current = outcome;
    list.replaceChildren();
    updateCounts(outcome, state.filters);
    renderSuggestions(suggestions, outcome?.suggestions ?? [], outcome?.didYouMean ?? []);
    document.title = state.query ? `“${state.query}”的搜索结果 · ${siteName}` : baseTitle;
    if (!outcome || !state.query) {
      status.textContent = '';
      more.hidden = true;
      region.dataset['state'] = 'idle';
      return;
    }
    renderMore(outcome, outcome.results);
    const total = outcome.total;
    const filtering = FILTER_KEYS.some((key) => state.filters[key].length > 0);
    // The plan's words offered are said with the count, so that a screen reader announces them too; on screen
    // they show once, as the links below (renderSuggestions).
    const hint = outcome.didYouMean.length > 0 ? `您是不是要找：${outcome.didYouMean.map((e) => e.name).join('、')}？` : '';
    let said: string;
    if (total === 0) {
      said = filtering
        ? `在所选范围内没有找到与“${state.query}”相关的内容。可以清除筛选后再试。`
        : `没有找到与“${state.query}”相关的内容。${hint ? '' : '可以换个说法、减少关键词，或浏览目录与名词解释。'}`;
    } else said = `${filtering ? `筛选后 ${total} 条结果（共 ${outcome.unfiltered} 条）` : `找到 ${total} 条结果`}${hint ? '。' : ''}`;
    status.replaceChildren(said);
    if (hint) status.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: hint }));
    region.dataset['state'] = 'done';
    region.dataset['query'] = state.query;
    list.setAttribute('aria-busy', 'false');
    performance.mark('search:results', { detail: { query: state.query, count: outcome.results.length } });
  };

  /** The outcome for a query and filters, its first results loaded; kept for going back and forth. */
  const search = (state: SearchState): Promise<SearchOutcome> => {
    const key = writeState(state);
    let outcome = outcomes.get(key);
    if (!outcome) {
      outcome = Promise.all([loadPagefind(), namesFor(state.query)])
        .then(([pagefind, names]) => runSearch(pagefind, names, state.query, state.filters))
        .then(async (found) => (await found.more(PAGE_SIZE), found));
      outcome.catch(() => outcomes.delete(key));
      outcomes.set(key, outcome);
    }
    return outcome;
  };

  const run = async (state: SearchState) => {
    const mine = ++sequence;
    if (!state.query) {
      render(undefined, state);
      return;
    }
    region.dataset['state'] = 'loading';
    list.setAttribute('aria-busy', 'true');
    // From here to search:results is what a search costs the reader (npm run bench measures it).
    performance.mark('search:start', { detail: { query: state.query } });
    try {
      const outcome = await search(state);
      if (mine === sequence) render(outcome, state);
    } catch {
      if (mine !== sequence) return;
      region.dataset['state'] = 'error';
      list.setAttribute('aria-busy', 'false');
      status.textContent = '搜索暂时无法使用（搜索索引未能加载）。请刷新页面重试，或从目录浏览。';
    }
  };

  const searchAsTyped = () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = stateFromPage();
      record(state, true);
      void run(state);
    }, TYPING_DELAY_MS);
  };
  // Chinese is typed through an input method: search the characters chosen,
  // not the pinyin being composed.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) searchAsTyped();
  });
  input.addEventListener('compositionend', searchAsTyped);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const state = stateFromPage();
    record(state, false);
    void run(state);
  });

  for (const box of boxes) {
    box.addEventListener('change', () => {
      const state = stateFromPage();
      record(state, false);
      void run(state);
    });
  }

  filterPanel.addEventListener('toggle', () => updateCounts(current, stateFromPage().filters));

  clear.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    const state = stateFromPage();
    record(state, false);
    void run(state);
    input.focus();
  });

  more.addEventListener('click', async () => {
    const outcome = current;
    if (!outcome) return;
    more.disabled = true;
    const added = await outcome.more(PAGE_SIZE);
    more.disabled = false;
    if (current !== outcome) return;
    const first = list.childElementCount + 1;
    renderMore(outcome, added);
    // Move on to the first newly shown result, as if reading on.
    list.querySelector<HTMLAnchorElement>(`#result-${first}`)?.focus();
  });

  // The words each result's excerpt marked are highlighted on the page it opens.
  list.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a[href]');
    const item = link?.closest('.search-sub, .search-result');
    if (!link || !item) return;
    const excerpt = item.querySelector(':scope > .search-result__excerpt');
    rememberLanding(
      link.href,
      [...(excerpt?.querySelectorAll('mark') ?? [])].map((mark) => mark.textContent ?? ''),
    );
  });

  window.addEventListener('popstate', () => {
    const state = readState(window.location.search);
    showState(state);
    void run(state);
  });

  onSearchShortcut(() => focusSearchInput(input));

  const initial = readState(window.location.search);
  // Filters stay folded away unless the URL chose some.
  if (FILTER_KEYS.some((key) => initial.filters[key].length > 0)) filterPanel.open = true;
  history.replaceState({ live: false } satisfies HistoryMark, '');
  showState(initial);
  if (initial.query) void run(initial);
  else {
    input.focus();
    warmUp();
  }
}
