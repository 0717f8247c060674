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
  // Whole numbers under 1000 are written the same in French, English and Dutch (no grouping, Latin
  // digits), and a page's first Intl.NumberFormat costs 30–90 ms: the embedded dataset's counts need none.
  if (Number.isInteger(value) && value >= 0 && value < 1000) return String(value);
  return cached(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(value);
}

/** Plural forms of the interface languages: `one` and `other` are all that French, English and Dutch use. */
export interface PluralForms {
  one: string;
  other: string;
}

/** The form `Intl.PluralRules` picks for `count` (French: 0 and 1 singular; English, Dutch: only 1). */
export function plural(lang: UiLang, count: number, forms: PluralForms): string {
  // Whole counts follow one rule per language (French: 0 and 1 singular; English, Dutch: only 1), the
  // same as Intl.PluralRules, whose data a page would otherwise load before showing its first count.
  if (Number.isInteger(count) && count >= 0) return count === 1 || (lang === 'fr' && count === 0) ? forms.one : forms.other;
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

/** The word before the last item, and whether a comma precedes it when there are three or more. */
const CONJUNCTIONS: Record<UiLang, {and: string; serialComma: boolean}> = {
  fr: {and: 'et', serialComma: false},
  en: {and: 'and', serialComma: true},
  nl: {and: 'en', serialComma: false},
};

/**
 * Words joined as the language joins them: "Pôle et École", "Hub, School, and Cloud", "Hub en School".
 * Written out rather than through Intl.ListFormat, whose locale data would be loaded before the list
 * shows its first item; a test checks the result against Intl.ListFormat.
 */
export function formatList(lang: UiLang, items: readonly string[]): string {
  if (items.length <= 2) return items.join(` ${CONJUNCTIONS[lang].and} `);
  const {and, serialComma} = CONJUNCTIONS[lang];
  return `${items.slice(0, -1).join(', ')}${serialComma ? ',' : ''} ${and} ${items.at(-1)}`;
}
