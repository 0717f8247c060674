import type {UiLang} from './strings.js';

/**
 * Number, plural and year formatting through `Intl`, one cached formatter per language, so every
 * language groups digits and picks plural forms by its own rules ("1 234" / "1,234" / "1.234").
 */
const numberFormats = new Map<UiLang, Intl.NumberFormat>();
const pluralRules = new Map<UiLang, Intl.PluralRules>();
const metreFormats = new Map<UiLang, Intl.NumberFormat>();
const yearFormats = new Map<UiLang, Intl.DateTimeFormat>();

function cached<T>(cache: Map<UiLang, T>, lang: UiLang, create: () => T): T {
  let value = cache.get(lang);
  if (!value) cache.set(lang, (value = create()));
  return value;
}

export function formatNumber(lang: UiLang, value: number): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value);
}

/** Plural forms of the interface languages: `one` and `other` are all that French, English and Dutch use. */
export interface PluralForms {
  one: string;
  other: string;
}

/** The form `Intl.PluralRules` picks for `count` (French: 0 and 1 singular; English, Dutch: only 1). */
export function plural(lang: UiLang, count: number, forms: PluralForms): string {
  const category = cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(count);
  return category === 'one' ? forms.one : forms.other;
}

/** `count` formatted, then the right form: "1 234 sites", "1 site". */
export function countOf(lang: UiLang, count: number, forms: PluralForms): string {
  return `${formatNumber(lang, count)} ${plural(lang, count, forms)}`;
}

/** A distance in metres ("1 500 m"). */
export function formatMetres(lang: UiLang, metres: number): string {
  return cached(metreFormats, lang, () => new Intl.NumberFormat(lang, {style: 'unit', unit: 'meter'})).format(metres);
}

/** A year as the language writes years (never digit-grouped: "2009", not "2 009"). */
export function formatYear(lang: UiLang, year: number): string {
  const format = cached(yearFormats, lang, () => new Intl.DateTimeFormat(lang, {year: 'numeric', timeZone: 'UTC'}));
  return format.format(new Date(Date.UTC(year, 6, 1)));
}

const listFormats = new Map<UiLang, Intl.ListFormat>();

/** Words joined as the language joins them: "Pôle et École", "Hub and School", "Hub en School". */
export function formatList(lang: UiLang, items: readonly string[]): string {
  return cached(listFormats, lang, () => new Intl.ListFormat(lang, {type: 'conjunction'})).format(items);
}
