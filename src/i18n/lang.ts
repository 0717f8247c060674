import {DEFAULT_LANG, UI_LANGS, type UiLang} from './first-paint.js';

/** `fr`, `fr-BE`, `EN-gb` → the supported language they name, or null. */
export function supportedLang(value: string | null | undefined): UiLang | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LANGS as readonly string[]).includes(primary ?? '') ? (primary as UiLang) : null;
}

/** The nearest ancestor carrying `lang`, crossing shadow roots (the widget may sit in a host's component). */
function nearestAncestorLang(element: Element): string | null {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/**
 * The interface language: the element's own `lang` if supported, else the nearest
 * ancestor's if supported, else French.
 */
export function resolveLang(element: Element, own: string | null | undefined): UiLang {
  return supportedLang(own) ?? supportedLang(nearestAncestorLang(element)) ?? DEFAULT_LANG;
}
