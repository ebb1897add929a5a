/**
 * Follows the section the reader is in: the last heading of the plan (one
 * with a citation, from remark-plan-anchors) whose top has reached the line
 * where anchors land, just below the header. Shows it in the reading trail and marks it, or the nearest section
 * above it that the contents list, with aria-current in the site contents.
 */

/** 第二节 · 一、 · （一） at the start of a heading: the citation says them already. */
const NUMBERING = /^(?:第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)\s*/;

export function followReadingPosition(): void {
  const trail = document.querySelector<HTMLElement>('[data-reading-trail]');
  const headings = [...document.querySelectorAll<HTMLElement>('main :is(h2, h3, h4)[id][data-cite]')];
  const header = document.querySelector<HTMLElement>('.site-header');
  if (!trail || !header || headings.length === 0) return;
  const where = trail.querySelector<HTMLAnchorElement>('[data-reading-trail-where]')!;
  const text = trail.querySelector<HTMLElement>('[data-reading-trail-text]')!;
  /** Where an anchor lands a heading (html's scroll-padding, the heading's scroll-margin): a heading there is being read. */
  const landing = () => {
    const px = (value: string) => parseFloat(value) || 0;
    const padding = Math.max(header.getBoundingClientRect().bottom, px(getComputedStyle(document.documentElement).scrollPaddingTop));
    return padding + px(getComputedStyle(headings[0]!).scrollMarginTop) + 4;
  };
  // The header is sticky and its size set in CSS: the line moves only when the window is resized.
  let line = landing();
  let current: HTMLElement | undefined;
  let marked: HTMLAnchorElement | undefined;

  const update = () => {
    scheduled = false;
    let found: HTMLElement | undefined;
    for (const heading of headings) {
      if (heading.getBoundingClientRect().top > line) break;
      found = heading;
    }
    if (found === current) return;
    current = found;
    trail.hidden = !found;
    if (found) {
      const cite = found.dataset['cite']!;
      const title = (found.textContent ?? '').trim().replace(NUMBERING, '');
      text.textContent = `${cite} › ${title}`;
      where.href = `#${found.id}`;
    }
    mark(found);
  };

  /** aria-current on the contents entry for the section, or for its nearest parent listed (ids nest: s2-1-1 → s2-1 → s2). */
  const mark = (heading: HTMLElement | undefined) => {
    marked?.removeAttribute('aria-current');
    marked = undefined;
    for (let id = heading?.id; id; id = id.includes('-') ? id.slice(0, id.lastIndexOf('-')) : '') {
      const link = document.querySelector<HTMLAnchorElement>(`#site-contents a[href="${location.pathname}#${id}"]`);
      if (link) {
        marked = link;
        link.setAttribute('aria-current', 'true');
        keepInView(link);
        return;
      }
    }
  };

  /** Scrolls the sidebar (not the page) so that the marked entry is in it. */
  const keepInView = (link: HTMLElement) => {
    const list = link.closest<HTMLElement>('#site-contents');
    if (!list || list.scrollHeight <= list.clientHeight) return;
    const top = link.getBoundingClientRect().top - list.getBoundingClientRect().top;
    if (top < 0 || top > list.clientHeight - link.offsetHeight) list.scrollTop += top - list.clientHeight / 3;
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(update);
  };
  // The narrow-screen panel is hidden while the reader scrolls: bring the entry into it as it opens.
  document.getElementById('site-contents')?.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState === 'open' && marked) keepInView(marked);
  });
  addEventListener('scroll', schedule, { passive: true });
  addEventListener(
    'resize',
    () => {
      line = landing();
      schedule();
    },
    { passive: true },
  );
  update();
}
