// What a visitor sees of a widget in another document (a frame), for tests that compare two widgets.

export function inShadow(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Status, error, pressed chips, listed sites, open details and language, as a visitor reads them. */
export function visibleState(el: Element) {
  return {
    status: inShadow(el, '[part=status]')[0]?.textContent?.trim(),
    error: inShadow(el, '[part=error]')[0]?.textContent?.trim(),
    pressed: inShadow(el, '[part~=sector][aria-pressed=true]').map((chip) => chip.dataset['sector']),
    listed: inShadow(el, '[part=list] [data-site-id]').map((item) => item.dataset['siteId']),
    details: inShadow(el, '[part=details] h2')[0]?.textContent?.trim(),
    language: inShadow(el, '.layout')[0]?.getAttribute('lang'),
  };
}
