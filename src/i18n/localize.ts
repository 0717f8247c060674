import type {LocalizedText, Sector} from '../data/types.js';
import type {UiLang} from './strings.js';
import {formatList} from './format.js';

/** Which languages a text is looked up in, in order: the wanted one, then French, then English, then Dutch. */
const FALLBACK: readonly UiLang[] = ['fr', 'en', 'nl'];

/**
 * Text in the wanted language, else French, else English (Dutch data is optional), with the language it
 * is in when that differs from the wanted one (to mark it with `lang`); a plain string is everyone's.
 */
export function localizedEntry(
  value: string | LocalizedText | undefined,
  lang: UiLang,
): {text: string; otherLang: UiLang | undefined} | undefined {
  if (value === undefined || typeof value === 'string') return value ? {text: value, otherLang: undefined} : undefined;
  for (const candidate of [lang, ...FALLBACK]) {
    const text = value[candidate];
    if (text) return {text, otherLang: candidate === lang ? undefined : candidate};
  }
  return undefined;
}

/** Text in the wanted language, else French, else English (Dutch data is optional). */
export function localizedText(value: string | LocalizedText | undefined, lang: UiLang): string | undefined {
  return localizedEntry(value, lang)?.text;
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
