/**
 * Rules only a data maintainer can act on. The widget still shows the site (so they are
 * `warning`s), but `npm run validate:data` fails on them all the same. The rules of the format
 * itself are not here: they are in src/data/rules.ts, applied by src/data/validate.ts.
 */
import {isPlainObject} from '../../src/data/validate.js';
import type {FeatureInspection} from '../../src/data/validate.js';
import {KNOWN_PROPERTY_KEYS, LANGUAGES, LANGUAGE_NAMES, REQUIRED_LANGUAGES, SLUG} from '../../src/data/rules.js';
import {findByName, formatDistance, placePoint} from './communes.js';
import type {Communes} from './communes.js';

type Json = Record<string, unknown>;

export interface Finding {
  field: string;
  message: string;
  hint: string;
}

export interface FeatureRuleInput {
  feature: FeatureInspection;
  /** The feature and its properties as written in the file. */
  raw: Json;
  rawProps: Json | null;
  communes: Communes;
  /** A problem about this field (or a part or whole of it) is already reported. */
  reported: (field: string) => boolean;
}

export type FeatureRule = (input: FeatureRuleInput) => Finding[];

export function slugify(s: string): string {
  return (
    s
      .toLowerCase()
      .replace(/œ/g, 'oe')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'site'
  );
}

function editDistance(a: string, b: string): number {
  const d = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

const idIsSlug: FeatureRule = ({feature, raw}) => {
  const id = feature.id;
  if (id === null || SLUG.test(id)) return [];
  return [
    {
      field: raw['id'] === undefined ? 'properties.id' : 'id',
      message: `${JSON.stringify(id)} is not a kebab-case slug`,
      hint: `use lower-case letters, digits and single dashes, e.g. ${JSON.stringify(slugify(id))}; keep it stable once published`,
    },
  ];
};

const onlyKnownProperties: FeatureRule = ({rawProps}) => {
  if (!rawProps) return [];
  return Object.keys(rawProps)
    .filter((key) => !KNOWN_PROPERTY_KEYS.includes(key))
    .map((key) => {
      const guess = key.length < 40 ? KNOWN_PROPERTY_KEYS.find((k) => editDistance(k, key.toLowerCase()) <= 2) : undefined;
      return {
        field: key,
        message: 'is not a known property; it is ignored',
        hint: guess
          ? `did you mean "${guess}"?`
          : `the known properties are ${KNOWN_PROPERTY_KEYS.filter((k) => k !== 'id').join(', ')}`,
      };
    });
};

const addressPresent: FeatureRule = ({feature, reported}) =>
  feature.properties && feature.properties.address === undefined && !reported('address')
    ? [
        {
          field: 'address',
          message: 'is missing',
          hint: 'add the street address visitors will read, e.g. "2 rue Kellermann, 59100 Roubaix"',
        },
      ]
    : [];

const descriptionInBothLanguages: FeatureRule = ({feature, reported}) => {
  const d = feature.properties?.description;
  if (!feature.properties) return [];
  if (d === undefined) {
    return reported('description')
      ? []
      : [{field: 'description', message: 'is missing', hint: 'add "description": {"fr": "...", "en": "..."}'}];
  }
  if (typeof d === 'string') {
    return [
      {
        field: 'description',
        message: 'is a single text; visitors in both languages would read the same words',
        hint: 'write "description": {"fr": "...", "en": "..."}',
      },
    ];
  }
  const out: Finding[] = [];
  if (d.fr === undefined && !reported('description.fr'))
    out.push({field: 'description.fr', message: 'the French text is missing', hint: 'add "fr": "..." to the description'});
  if (d.en === undefined && !reported('description.en'))
    out.push({field: 'description.en', message: 'the English text is missing', hint: 'add "en": "..." to the description'});
  return out;
};

/** Languages a text may leave out (Dutch): absent is fine, but an empty text is a slip. */
const OPTIONAL_LANGUAGES = LANGUAGES.filter((lang) => !(REQUIRED_LANGUAGES as readonly string[]).includes(lang));

function emptyTranslations(texts: unknown, at: string, what: string): Finding[] {
  if (!isPlainObject(texts)) return [];
  return OPTIONAL_LANGUAGES.filter((lang) => typeof texts[lang] === 'string' && texts[lang].trim() === '').map((lang) => ({
    field: `${at}.${lang}`,
    message: `the ${LANGUAGE_NAMES[lang]} ${what} is empty; the French one is shown instead`,
    hint: `write the ${LANGUAGE_NAMES[lang]} text, or remove "${lang}" (it is optional)`,
  }));
}

const noEmptyOptionalTranslation: FeatureRule = ({rawProps}) =>
  emptyTranslations(rawProps?.['description'], 'description', 'description');

const websiteUsesHttps: FeatureRule = ({feature}) => {
  const website = feature.properties?.website;
  return website !== undefined && website.toLowerCase().startsWith('http:')
    ? [
        {
          field: 'website',
          message: `${JSON.stringify(website)} uses http:, not https:`,
          hint: 'use the https:// address of the site',
        },
      ]
    : [];
};

const sourcesPresent: FeatureRule = ({feature, reported}) =>
  feature.properties && feature.properties.sources === undefined && !reported('sources')
    ? [
        {
          field: 'sources',
          message: 'is missing; every site needs at least one URL backing its facts',
          hint: 'add "sources": ["https://..."]',
        },
      ]
    : [];

const notACommune = (city: string, extra = ''): Finding => ({
  field: 'city',
  message: `${JSON.stringify(city)} is not a commune of the Métropole européenne de Lille`,
  hint: `use the official name as written in data/communes-mel.geojson${extra}`,
});

/** `city` is an official commune name, and the point lies in the metropolis and in that commune. */
const pointInNamedCommune: FeatureRule = ({feature, communes, reported}) => {
  if (!feature.properties) return [];
  const out: Finding[] = [];
  const city = feature.properties.city;
  const named = city !== undefined ? findByName(communes, city) : null;
  if (city !== undefined && named && !named.exact) {
    out.push({
      field: 'city',
      message: `${JSON.stringify(city)} is not the official spelling`,
      hint: `write ${JSON.stringify(named.commune.nom)}`,
    });
  }
  const c = feature.coordinates;
  if (!c) {
    if (city !== undefined && !named) out.push(notACommune(city));
    return out;
  }
  const [lon, lat] = c as [number, number];
  const place = placePoint(communes, [lon, lat]);
  if (!place.commune) {
    const swapped = placePoint(communes, [lat, lon]).commune;
    out.push({
      field: 'geometry.coordinates',
      message: `[${lon}, ${lat}] is outside the Métropole européenne de Lille${place.nearest ? ` (${formatDistance(place.distance)} from ${place.nearest.nom})` : ''}`,
      hint: swapped
        ? `looks like swapped longitude/latitude: write [${lat}, ${lon}] (longitude first)`
        : 'check the point: GeoJSON writes [longitude, latitude] in decimal degrees, e.g. [3.17402, 50.69121] in Roubaix',
    });
    if (city !== undefined && !named) out.push(notACommune(city));
    return out;
  }
  const actual = place.commune;
  if (city === undefined) {
    if (!reported('city'))
      out.push({
        field: 'city',
        message: 'is missing',
        hint: `add the official commune name; the point lies in ${JSON.stringify(actual.nom)}`,
      });
    return out;
  }
  if (!named) return [...out, notACommune(city, `; the point lies in ${JSON.stringify(actual.nom)}`)];
  if (named.commune === actual) return out;
  const inNamed = placePoint({list: [named.commune], bbox: named.commune.bbox}, [lon, lat]);
  if (inNamed.commune) return out; // within the border tolerance of the named commune
  out.push({
    field: 'city',
    message: `the point [${lon}, ${lat}] lies in ${actual.nom}, ${formatDistance(inNamed.distance)} outside ${named.commune.nom}`,
    hint: `move the point into ${named.commune.nom}, or write "city": ${JSON.stringify(actual.nom)} if the site is there`,
  });
  return out;
};

/** Run in this order on every feature; a feature's problems are listed in the order found. */
export const FEATURE_RULES: readonly FeatureRule[] = [
  idIsSlug,
  onlyKnownProperties,
  addressPresent,
  descriptionInBothLanguages,
  noEmptyOptionalTranslation,
  websiteUsesHttps,
  sourcesPresent,
  pointInNamedCommune,
];

export interface CollectionRuleInput {
  collection: Json;
  hasOwnTaxonomy: boolean;
}

export type CollectionRule = (input: CollectionRuleInput) => Finding[];

const taxonomyPresent: CollectionRule = ({hasOwnTaxonomy}) =>
  hasOwnTaxonomy
    ? []
    : [
        {
          field: 'sectors',
          message: 'the collection has no "sectors" taxonomy of its own; the built-in one applies',
          hint: 'add "sectors": [...] next to "features" (copy it from data/taxonomy.json)',
        },
      ];

const sectorColoursDistinct: CollectionRule = ({collection}) => {
  const list = collection['sectors'];
  if (!Array.isArray(list)) return [];
  const byColor = new Map<string, string>();
  const out: Finding[] = [];
  list.forEach((s: unknown, i) => {
    if (!isPlainObject(s) || typeof s['color'] !== 'string' || typeof s['id'] !== 'string') return;
    const color = s['color'].toLowerCase();
    const other = byColor.get(color);
    if (other === undefined) byColor.set(color, s['id']);
    else
      out.push({
        field: `sectors[${i}].color`,
        message: `${color} is already the colour of sector ${JSON.stringify(other)}; the two cannot be told apart on the map`,
        hint: 'pick a different #rrggbb colour',
      });
  });
  return out;
};

const noEmptyOptionalLabel: CollectionRule = ({collection}) => {
  const list = collection['sectors'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((s: unknown, i) => (isPlainObject(s) ? emptyTranslations(s['label'], `sectors[${i}].label`, 'label') : []));
};

export const COLLECTION_RULES: readonly CollectionRule[] = [taxonomyPresent, sectorColoursDistinct, noEmptyOptionalLabel];
