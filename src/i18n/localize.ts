import type {LocalizedText, Sector} from '../data/types.js';
import type {UiLang} from './strings.js';
import {formatList} from './format.js';

/** Text in the wanted language, else French, else English (Dutch data is optional). */
export function localizedText(value: string | LocalizedText | undefined, lang: UiLang): string | undefined {
  if (value === undefined || typeof value === 'string') return value || undefined;
  return value[lang] || value.fr || value.en || value.nl || undefined;
}

export function sectorLabel(sector: Sector, lang: UiLang): string {
  return localizedText(sector.label, lang) ?? sector.id;
}

/** A site's sectors in words, for the list ("Pôle et École"); unknown ids are skipped. */
export function sectorsInWords(ids: readonly string[], sectors: ReadonlyMap<string, Sector>, lang: UiLang): string {
  const labels = ids.flatMap((id) => {
    const sector = sectors.get(id);
    return sector ? [sectorLabel(sector, lang)] : [];
  });
  return formatList(lang, labels);
}
