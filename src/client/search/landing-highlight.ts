/**
 * The words a search matched, highlighted where its result lands. The search
 * page remembers, for the one link the reader follows, the words its excerpt
 * marked; the page it opens marks them in the passage it lands on, with the
 * CSS Custom Highlight API (no change to the text or the layout; ::highlight
 * in global.css). Nothing in the URL, so links stay clean and work offline.
 */
const KEY = 'search-landing';

interface Landing {
  url: string;
  words: string[];
}

export function rememberLanding(url: string, marked: Iterable<string>): void {
  const all = [...new Set([...marked].map((w) => w.trim()).filter(Boolean))];
  // Single characters only where nothing longer matched: 数 alone would light up every 数据.
  const longer = all.filter((w) => [...w].length > 1);
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ url, words: longer.length > 0 ? longer : all } satisfies Landing));
  } catch {
    // No storage (private mode): the result still opens, unhighlighted.
  }
}

export function highlightLanding(): void {
  let landing: Landing | null;
  try {
    landing = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Landing | null;
    sessionStorage.removeItem(KEY);
  } catch {
    return;
  }
  if (!landing || new URL(landing.url, location.href).href !== location.href || !('highlights' in CSS)) return;
  const id = decodeURIComponent(location.hash.slice(1));
  const anchor = id ? document.getElementById(id) : null;
  // A paragraph's anchor is its number: the passage is the block around it.
  const scope = anchor?.closest('p, li, tr, dd, figure, section') ?? anchor ?? document.querySelector('main');
  if (!scope) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const word of landing.words) {
      for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
        const range = new Range();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        ranges.push(range);
      }
    }
  }
  if (ranges.length > 0) CSS.highlights.set('search-landing', new Highlight(...ranges));
}
