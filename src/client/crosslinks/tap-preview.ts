/**
 * On a touch screen, a tap on a linked name opens its preview, the card that
 * the ⓘ button opens without JavaScript; the card's name links on to the
 * term's page. One affordance instead of an ⓘ after every name: with this
 * script running the buttons are hidden (crosslinks.css, :root[data-js]).
 */
export function openPreviewsOnTap(): void {
  const touch = matchMedia('(hover: none)');
  document.addEventListener('click', (event) => {
    if (!touch.matches) return;
    const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.xref');
    const description = link?.getAttribute('aria-describedby');
    const card = description ? document.getElementById(description)?.closest<HTMLElement>('.xref-card') : null;
    if (!link || !card) return;
    event.preventDefault();
    // The name is the card's source: focus returns to it when the card closes.
    card.showPopover({ source: link });
  });
}
