/**
 * The header search box once the reader starts to use it: a combobox (WAI-ARIA
 * APG, list autocomplete) that suggests the plan's names as they are typed —
 * 秒 → 秒批, 一网 → 一网通办 / 一网统管 / 一网协同 — and leads straight to their
 * pages. The last option, and Enter without a chosen option, search the full
 * text on /search/ (the form's own GET, which also works without JavaScript).
 * Loaded on first focus or keystroke by the tiny script in SearchBox.astro.
 */
import { suggest } from './query.ts';
import type { SearchNames } from '../../shared/search-entries.ts';
import { loadNames, namesFor } from './load.ts';

interface Option {
  element: HTMLLIElement;
  href: string;
}

const MAX_SUGGESTIONS = 7;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The entry's name with the typed part marked, built as nodes (no HTML strings). */
function nameWithMatch(name: string, typed: string): HTMLElement {
  const span = el('span', 'search-option__name');
  const at = typed ? name.toLowerCase().indexOf(typed.toLowerCase()) : -1;
  if (at === -1) {
    span.textContent = name;
    return span;
  }
  span.append(name.slice(0, at), el('mark', '', name.slice(at, at + typed.length)), name.slice(at + typed.length));
  return span;
}

export function enhanceHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  if (input.getAttribute('role') === 'combobox') return;
  const listbox = el('ul', 'search-options');
  listbox.id = `${input.id}-options`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', '搜索建议');
  listbox.hidden = true;
  input.after(listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let names: SearchNames = { entries: [], synonyms: [], variants: new Map() };
  let typingAsked = false;
  let options: Option[] = [];
  let active = -1;

  const setActive = (index: number) => {
    options.forEach((o, i) => o.element.setAttribute('aria-selected', String(i === index)));
    active = index;
    const option = options[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const go = (option: Option) => {
    close();
    window.location.assign(option.href);
  };

  const render = () => {
    const typed = input.value.trim();
    listbox.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (!typed) {
      close();
      return;
    }
    // Letters may be pinyin (ywt → 一网通办): the names' pinyin comes with /search-typing.json, once.
    if (!typingAsked && /[a-z]{2}/i.test(typed)) {
      typingAsked = true;
      void namesFor(typed).then((loaded) => {
        names = loaded;
        if (document.activeElement === input && input.value.trim()) render();
      });
    }
    const add = (content: Node[], href: string, className = '') => {
      const li = el('li', `search-option ${className}`.trim());
      li.id = `${listbox.id}-${options.length}`;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.append(...content);
      const option = { element: li, href };
      // Keep focus in the box while the pointer chooses.
      li.addEventListener('mousedown', (event) => event.preventDefault());
      li.addEventListener('click', () => go(option));
      options.push(option);
      listbox.append(li);
    };
    for (const { entry } of suggest(typed, names.entries, MAX_SUGGESTIONS, names.variants)) {
      add([el('span', 'search-option__type', entry.type), nameWithMatch(entry.name, typed), el('span', 'search-option__cite', entry.cite)], entry.url);
    }
    const action = new URL(form.action, window.location.href);
    action.search = new URLSearchParams({ q: typed }).toString();
    add([el('span', 'search-option__all', `在全文中搜索“${typed}”`)], action.pathname + action.search, 'search-option--all');
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    place();
  };

  /** Keep the list inside the viewport, wherever the header puts the box (CSSOM, allowed by the CSP). */
  const place = () => {
    listbox.style.left = '0px';
    const margin = 8;
    const box = listbox.getBoundingClientRect();
    const viewport = document.documentElement.clientWidth;
    let shift = 0;
    if (box.right > viewport - margin) shift = viewport - margin - box.right;
    if (box.left + shift < margin) shift = margin - box.left;
    listbox.style.left = `${shift}px`;
  };

  // Suggest for the characters chosen, not the pinyin an input method is composing.
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) render();
  });
  input.addEventListener('compositionend', render);
  input.addEventListener('focus', () => {
    if (input.value.trim()) render();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    const open = !listbox.hidden && options.length > 0;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) render();
        else setActive((active + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) setActive(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter': {
        const option = options[active];
        if (open && option) {
          event.preventDefault();
          go(option);
        }
        // Otherwise the form submits: full-text search on /search/.
        break;
      }
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
        }
        break;
      default:
        break;
    }
  });

  loadNames()
    .then((loaded) => {
      names = loaded;
      if (document.activeElement === input && input.value.trim()) render();
    })
    .catch(() => {
      // Without the names list the box still searches the full text on Enter.
    });
}
