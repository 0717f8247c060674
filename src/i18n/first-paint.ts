// What the element's first frame needs from the translations, apart from strings.ts: this module travels
// in the small first script (strings.ts and every other sentence load with the rest of the widget).

/** Languages the interface is translated into. */
export const UI_LANGS = ['fr', 'en', 'nl'] as const;
export type UiLang = (typeof UI_LANGS)[number];
export const DEFAULT_LANG: UiLang = 'fr';

/** The status line while the widget's code loads (before any data is asked for). */
export const mapLoading: Record<UiLang, string> = {
  fr: 'Chargement de la carte…',
  en: 'Loading the map…',
  nl: 'Kaart wordt geladen…',
};
