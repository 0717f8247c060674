// The interface strings of the languages other than French, each in a chunk of its own that only a widget
// speaking it loads. The one list of those chunks, used by strings.ts and by the element's preload
// (ecosystem-map/preload.ts). Only dynamic imports here: this module travels in the element's first chunk.
import type {UiLang} from './first-paint.js';
import type {Messages} from './strings.js';

/** `satisfies`: a language missing from this table is a type error. */
export const loadStrings = {
  en: () => import('./strings-en.js').then((module) => module.en),
  nl: () => import('./strings-nl.js').then((module) => module.nl),
} satisfies Record<Exclude<UiLang, 'fr'>, () => Promise<Messages>>;
