// What the view will import, started as soon as the element nears the viewport: beside the view chunk
// rather than after it (and after the data), so the browser fetches the chunks in one round trip. Each
// list of chunks is written once, next to the code that uses them (map-modules, data-modules, string-modules).
import {loadEmbedded, loadFetcher, loadValidation} from '../data/data-modules.js';
import type {UiLang} from '../i18n/first-paint.js';
import {loadStrings} from '../i18n/string-modules.js';
import {loadMapModules, loadOutline} from '../map/map-modules.js';

/** Swallowed here: the import that uses the module reports its failure. */
const warm = (load: Promise<unknown>) => void load.catch(() => undefined);

/** Starts fetching Leaflet and the map's modules, and the communes outline (and the vector layers drawing it) when `tiles` asks for none. */
export function preloadMap(tiles: string): void {
  // The data rules, types and formatting the view shares with later chunks (one chunk, see rollup.config.mjs).
  warm(import('../data/rules.js'));
  warm(loadMapModules());
  if (tiles.trim().toLowerCase() === 'none') warm(loadOutline());
}

/**
 * Starts fetching what reading the dataset takes: the embedded dataset when neither `data` nor `src` is
 * set; the validator for `data` and `src` (and the fetcher for `src`).
 */
export function preloadDataset({data, src}: {data: unknown; src: string | undefined}): void {
  if ((data === undefined || data === null) && !src) return warm(loadEmbedded());
  warm(loadValidation());
  if (data === undefined || data === null) warm(loadFetcher());
}

/**
 * What the interface's language needs: its strings when it is not French (a chunk of their own), and
 * Intl's collation data, since the sites are sorted by name with an `Intl.Collator` as soon as the data is
 * in, and a page's first collator costs about 12 ms. Done in a task of its own once the chunks are asked
 * for, that time is spent while they download rather than before the map shows.
 */
export function preloadLocaleData(lang: UiLang): void {
  if (lang !== 'fr') warm(loadStrings[lang]());
  setTimeout(() => new Intl.Collator(lang, {sensitivity: 'base', numeric: true}).compare('a', 'b'));
}
