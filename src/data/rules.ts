/**
 * The rules of the data format, written once. The widget's validator (validate.ts) applies them,
 * the maintainer CLI runs that validator, and data/sites.schema.json is generated from this file
 * (`npm run generate:schema`, part of `npm run build`). Change a rule here, nowhere else.
 * Pure module: no DOM, no Node APIs.
 */
import type {SiteProperties} from './types.js';

/** Languages a text may be written in. `fr` and `en` are expected; `nl` is optional. */
export const LANGUAGES = ['fr', 'en', 'nl'] as const;
/** Languages every sector label and every maintained description must have. */
export const REQUIRED_LANGUAGES = ['fr', 'en'] as const;
export const LANGUAGE_NAMES = {fr: 'French', en: 'English', nl: 'Dutch'} as const;

/** Sector ids travel in a comma-separated attribute and in the URL hash. */
export const SECTOR_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';
export const SECTOR_ID = new RegExp(SECTOR_ID_PATTERN);

export const HEX_COLOR_PATTERN = '^#[0-9a-fA-F]{6}$';
export const HEX_COLOR = new RegExp(HEX_COLOR_PATTERN);

/** Site ids published by the maintainers are kebab-case slugs (the widget accepts any non-empty text). */
export const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const SLUG = new RegExp(SLUG_PATTERN);

/**
 * `opened` is a plain year. 1000..2100 keeps out typos (207, 20009) without guessing the
 * current year, which would make the same file valid one day and not the next.
 */
export const OPENED_YEAR = {min: 1000, max: 2100} as const;

/**
 * Sizes a dataset may not exceed (issue: a 5 MB name froze the host page). Lengths count
 * UTF-16 code units (JavaScript's `string.length`); `description` is per language, `sourceUrl`
 * per entry of `sources`. A required field over its limit leaves the feature out; an optional
 * one is dropped with a warning (`sources` keeps its first `sources` URLs).
 */
export const LIMITS = {
  id: 200,
  name: 200,
  address: 300,
  addressNote: 300,
  city: 100,
  description: 4000,
  url: 2000,
  sources: 20,
} as const;

/** Features read from one dataset; the others are left out with one summary problem. */
export const MAX_FEATURES = 1_000_000;

/** Schema form of the URL rule below (the schema cannot trim, so it is a little stricter). */
export const HTTP_URL_PATTERN = '^[hH][tT][tT][pP][sS]?://[^\\s/?#]+';

/** `http:`/`https:` absolute URL, or null. Trims; never returns a `javascript:` or other scheme. */
export function normalizeHttpUrl(value: string): string | null {
  const s = value.trim();
  if (!/^https?:\/\//i.test(s)) return null;
  try {
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname) return null;
    return s;
  } catch {
    return null;
  }
}

export type FieldKind = 'text' | 'localized-text' | 'sector-ids' | 'http-url' | 'http-url-list' | 'year' | 'metres';

export interface PropertyRule {
  key: keyof SiteProperties;
  kind: FieldKind;
  required: boolean;
  /** Longest text (per language for localized text, per URL for URL lists). */
  maxLength?: number;
  /** Longest list. */
  maxItems?: number;
  /** What the field means, for the schema and the docs. */
  about: string;
}

/** The properties of a site, in the order the validator reads (and reports) them. */
export const SITE_PROPERTIES: readonly PropertyRule[] = [
  {key: 'name', kind: 'text', required: true, maxLength: LIMITS.name, about: 'Name shown to visitors.'},
  {key: 'sectors', kind: 'sector-ids', required: true, about: 'Ids of sectors defined in the taxonomy; at least one.'},
  {
    key: 'address',
    kind: 'text',
    required: false,
    maxLength: LIMITS.address,
    about: 'Postal address shown to visitors, as plain text.',
  },
  {
    key: 'addressNote',
    kind: 'text',
    required: false,
    maxLength: LIMITS.addressNote,
    about: 'What is uncertain about the address (e.g. "numéro à confirmer"), for maintainers; never part of the address.',
  },
  {key: 'city', kind: 'text', required: false, maxLength: LIMITS.city, about: 'Official commune name.'},
  {
    key: 'description',
    kind: 'localized-text',
    required: false,
    maxLength: LIMITS.description,
    about: 'Description, as {"fr", "en", "nl"?} or one text for every language.',
  },
  {key: 'website', kind: 'http-url', required: false, maxLength: LIMITS.url, about: 'Absolute http(s) address of the site.'},
  {key: 'opened', kind: 'year', required: false, about: 'Year the site opened.'},
  {
    key: 'sources',
    kind: 'http-url-list',
    required: false,
    maxItems: LIMITS.sources,
    maxLength: LIMITS.url,
    about: 'URLs backing the facts.',
  },
  {key: 'precision', kind: 'metres', required: false, about: 'Radius of uncertainty of the point, in metres.'},
];

/** Property names the format knows (`id` is tolerated inside properties as a fallback id). */
export const KNOWN_PROPERTY_KEYS: readonly string[] = [...SITE_PROPERTIES.map((r) => r.key), 'id'];
