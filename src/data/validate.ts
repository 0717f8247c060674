/**
 * parseDataset: applies the rules of the data format (written in rules.ts) to whatever the widget
 * loads. scripts/validate-data.ts runs it too and adds the rules only a maintainer can act on
 * (communes, translations, https, …). Pure: no DOM, no Node APIs.
 *
 * Severities (documented in docs/maintaining-data.md):
 * - error (feature left out): not a Feature; geometry not a Point; coordinates not 2 or 3
 *   finite numbers or out of range; id missing, not a non-empty string, or a duplicate
 *   (the later one is left out); name missing/empty; sectors missing, not an array, empty,
 *   or with no id defined in the taxonomy.
 * - warning (feature kept, field dropped or repaired): unknown or non-string entries among
 *   valid sectors; wrong-typed address/city/description/opened/sources/precision; website
 *   that is not an absolute http(s) URL; id found in `properties.id` instead of `id`;
 *   taxonomy entries that are broken (skipped, or repaired when only a label or colour is wrong).
 */
import {BUILT_IN_SECTORS, FALLBACK_SECTOR_COLOR} from './taxonomy.js';
import {HEX_COLOR, LANGUAGES, LIMITS, MAX_FEATURES, OPENED_YEAR, REQUIRED_LANGUAGES, SECTOR_ID, SITE_PROPERTIES, normalizeHttpUrl} from './rules.js';
import type {PropertyRule} from './rules.js';
import {DatasetFormatError, problem} from './types.js';
import type {Dataset, LocalizedText, Problem, Sector, SectorLabel, SiteFeature, SiteProperties} from './types.js';

export {normalizeHttpUrl};

type Json = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short, safe rendering of a value inside a message: `"abc"`, `42`, `an object`, … */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const s = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'an object';
}

/** One line for a problem, e.g. for the CLI or a console warning.
 *  `feature #n` counts from 1 (the 1st feature is #1); `index` in {@link Problem} counts from 0. */
export function formatProblem(p: Problem, file?: string): string {
  let where = '';
  if (p.index !== null) {
    where = `feature #${p.index + 1}`;
    if (p.id !== undefined) where += ` (id ${JSON.stringify(p.id)})`;
    where += ': ';
  }
  const head = file ? `${file}: ` : '';
  const hint = p.hint ? ` — ${p.hint}` : '';
  return `${head}${where}${p.field}: ${p.message}${hint}`;
}

// ---------------------------------------------------------------------------------------
// Taxonomy

interface TaxonomyResult {
  sectors: Sector[];
  warnings: Problem[];
}

function taxonomyWarning(field: string, message: string, hint?: string): Problem {
  return problem({severity: 'warning', index: null, field, message, hint});
}

/** Reads the collection's `sectors` foreign member; falls back to the built-in taxonomy. */
export function parseTaxonomy(raw: unknown): TaxonomyResult {
  const builtIn = (): Sector[] => BUILT_IN_SECTORS.map(copySector);
  if (raw === undefined) return {sectors: builtIn(), warnings: []};
  const warnings: Problem[] = [];
  if (!Array.isArray(raw)) {
    warnings.push(
      taxonomyWarning(
        'sectors',
        `the taxonomy is ${describeValue(raw)}, not a list of sectors; the built-in taxonomy is used instead`,
        'write "sectors": [{"id": "...", "label": {"fr": "...", "en": "..."}, "color": "#rrggbb"}, ...] or remove it',
      ),
    );
    return {sectors: builtIn(), warnings};
  }
  const sectors: Sector[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    const at = `sectors[${i}]`;
    if (!isPlainObject(entry)) {
      warnings.push(
        taxonomyWarning(at, `the taxonomy entry is ${describeValue(entry)}, not an object; it is skipped`,
          'write {"id": "...", "label": {"fr": "...", "en": "..."}, "color": "#rrggbb"}'),
      );
      return;
    }
    const id = entry['id'];
    if (typeof id !== 'string' || !SECTOR_ID.test(id)) {
      warnings.push(
        taxonomyWarning(`${at}.id`, `${describeValue(id)} is not a usable sector id; the entry is skipped`,
          'use a short id of letters, digits and dashes, e.g. "hosting-cloud"'),
      );
      return;
    }
    if (seen.has(id)) {
      warnings.push(
        taxonomyWarning(`${at}.id`, `sector id ${JSON.stringify(id)} is defined twice; this second entry is skipped`,
          'remove one of the two entries or give it another id'),
      );
      return;
    }
    const label = parseLabel(entry['label'], id, `${at}.label`, warnings);
    if (!label) return;
    let color = entry['color'];
    if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
      const fallback = BUILT_IN_SECTORS.find((s) => s.id === id)?.color ?? FALLBACK_SECTOR_COLOR;
      warnings.push(
        taxonomyWarning(`${at}.color`, `${describeValue(color)} is not a #rrggbb colour; ${fallback} is used instead`,
          'write six hexadecimal digits after #, e.g. "#0b5cad"'),
      );
      color = fallback;
    }
    seen.add(id);
    sectors.push({id, label, color: (color as string).toLowerCase()});
  });
  if (sectors.length === 0) {
    warnings.push(
      taxonomyWarning('sectors', 'the taxonomy has no usable sector; the built-in taxonomy is used instead',
        'fix the entries above or remove "sectors" from the collection'),
    );
    return {sectors: builtIn(), warnings};
  }
  return {sectors, warnings};
}

function copySector(s: Sector): Sector {
  return {id: s.id, label: {...s.label}, color: s.color};
}

function parseLabel(raw: unknown, id: string, at: string, warnings: Problem[]): SectorLabel | null {
  if (typeof raw === 'string' && raw.trim()) {
    warnings.push(
      taxonomyWarning(at, `the label of sector ${JSON.stringify(id)} is a single string; it is used for both languages`,
        'write "label": {"fr": "...", "en": "..."}'),
    );
    return {fr: raw.trim(), en: raw.trim()};
  }
  if (!isPlainObject(raw)) {
    warnings.push(
      taxonomyWarning(at, `the label of sector ${JSON.stringify(id)} is ${describeValue(raw)}; the entry is skipped`,
        'write "label": {"fr": "...", "en": "..."}'),
    );
    return null;
  }
  const fr = nonEmptyString(raw['fr']);
  const en = nonEmptyString(raw['en']);
  if (fr === undefined && en === undefined) {
    warnings.push(
      taxonomyWarning(at, `the label of sector ${JSON.stringify(id)} has neither a French nor an English text; the entry is skipped`,
        'write "label": {"fr": "...", "en": "..."}'),
    );
    return null;
  }
  if (fr === undefined) {
    warnings.push(
      taxonomyWarning(`${at}.fr`, `the French label of sector ${JSON.stringify(id)} is ${describeValue(raw['fr'])}; the English one is shown instead`,
        'add the French label'),
    );
  }
  if (en === undefined) {
    warnings.push(
      taxonomyWarning(`${at}.en`, `the English label of sector ${JSON.stringify(id)} is ${describeValue(raw['en'])}; the French one is shown instead`,
        'add the English label'),
    );
  }
  const label: SectorLabel = {fr: (fr ?? en) as string, en: (en ?? fr) as string};
  const nl = raw['nl'];
  if (nonEmptyString(nl) !== undefined) label.nl = nonEmptyString(nl);
  else if (nl !== undefined && nl !== null && typeof nl !== 'string') {
    warnings.push(
      taxonomyWarning(`${at}.nl`, `the Dutch label of sector ${JSON.stringify(id)} is ${describeValue(nl)}, not a text; the French one is shown instead`,
        'write the Dutch label between quotes, or remove "nl"'),
    );
  }
  return label;
}

function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

// ---------------------------------------------------------------------------------------
// Features

class FeatureChecker {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  id: string | undefined;
  constructor(readonly index: number) {}

  error(field: string, message: string, hint?: string): void {
    this.errors.push(problem({severity: 'error', index: this.index, id: this.id, field, message, hint}));
  }
  warn(field: string, message: string, hint?: string): void {
    this.warnings.push(problem({severity: 'warning', index: this.index, id: this.id, field, message, hint}));
  }
}

function checkCoordinates(c: FeatureChecker, geometry: unknown): number[] | null {
  if (geometry === undefined || geometry === null) {
    c.error('geometry', `is ${describeValue(geometry)}; the site cannot be placed on the map`,
      'add "geometry": {"type": "Point", "coordinates": [longitude, latitude]}');
    return null;
  }
  if (!isPlainObject(geometry)) {
    c.error('geometry', `is ${describeValue(geometry)}, not a geometry object`,
      'write "geometry": {"type": "Point", "coordinates": [longitude, latitude]}');
    return null;
  }
  const type = geometry['type'];
  if (type !== 'Point') {
    c.error('geometry.type', `is ${describeValue(type)}; only "Point" geometries can be shown`,
      'give the site a single point: {"type": "Point", "coordinates": [longitude, latitude]}');
    return null;
  }
  const coords = geometry['coordinates'];
  if (!Array.isArray(coords) || coords.length < 2 || coords.length > 3) {
    c.error('geometry.coordinates', `is ${describeValue(coords)}${Array.isArray(coords) ? ` of ${coords.length}` : ''}, not [longitude, latitude]`,
      'write two numbers: [longitude, latitude], e.g. [3.17402, 50.69121]');
    return null;
  }
  const names = ['longitude', 'latitude', 'altitude'];
  const bad = coords.flatMap((v: unknown, k) => (typeof v === 'number' && Number.isFinite(v) ? [] : [k]));
  if (bad.length > 0) {
    const parts = bad.map((k) => `the ${names[k]} is ${describeValue(coords[k])}`);
    const quoted = bad.some((k) => typeof coords[k] === 'string');
    c.error('geometry.coordinates', `${parts.join(' and ')}, not ${bad.length === 1 ? 'a number' : 'numbers'}`,
      quoted ? 'remove the quotes around the numbers' : 'write decimal numbers with a dot, e.g. [3.17402, 50.69121]');
    return null;
  }
  const [lon, lat] = coords as number[] as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    const swapped = lat >= -180 && lat <= 180 && lon >= -90 && lon <= 90;
    c.error('geometry.coordinates', `[${lon}, ${lat}] is out of range (longitude must be within ±180, latitude within ±90)`,
      swapped ? 'looks like swapped longitude/latitude: GeoJSON writes [longitude, latitude]' : 'write [longitude, latitude] in decimal degrees (WGS84)');
    return null;
  }
  return (coords as number[]).slice();
}

function checkId(c: FeatureChecker, feature: Json, props: Json | null, seen: Set<string>): string | null {
  let raw = feature['id'];
  let where = 'id';
  if (raw === undefined && props && props['id'] !== undefined) {
    raw = props['id'];
    where = 'properties.id';
  }
  if (typeof raw !== 'string' || raw.trim() === '') {
    const hint = 'give the feature a unique text id next to "type", e.g. "id": "la-redoute-hq"';
    if (raw === undefined) c.error('id', 'is missing; every site needs a unique id', hint);
    else c.error(where, `is ${describeValue(raw)}, not a non-empty text`,
      typeof raw === 'number' ? `put it in quotes ("${raw}") or use a slug such as "la-redoute-hq"` : hint);
    return null;
  }
  const id = raw.trim();
  if (id.length > LIMITS.id) {
    c.error(where, `${tooLong(id.length, LIMITS.id)}; the feature is left out`, `use a short slug of ${LIMITS.id} characters at most`);
    return null;
  }
  c.id = id;
  if (seen.has(id)) {
    c.error(where, `${JSON.stringify(id)} is already used by an earlier feature; this one is left out`,
      'give each site its own id');
    return null;
  }
  seen.add(id);
  if (where === 'properties.id') {
    c.warn('properties.id', 'the id is inside "properties"; it is used, but belongs at the top level of the feature',
      `move it next to "type": "id": ${JSON.stringify(id)}`);
  }
  return id;
}

/** At most this many faulty values are quoted in one message. */
const QUOTED_VALUES = 5;

function checkSectors(c: FeatureChecker, raw: unknown, known: Map<string, Sector>, list: string): string[] | null {
  if (!Array.isArray(raw)) {
    c.error('sectors', typeof raw === 'string' ? `is the text ${describeValue(raw)}, not a list` : `is ${describeValue(raw)}, not a list of sector ids`,
      typeof raw === 'string' ? `write a list: ["${raw.split(/[;,]/)[0]?.trim() ?? raw}"]` : `write a list such as ["coworking"]; known ids: ${list}`);
    return null;
  }
  if (raw.length === 0) {
    c.error('sectors', 'is an empty list; every site needs at least one sector', `add one of: ${list}`);
    return null;
  }
  const out: string[] = [];
  const unknown: unknown[] = [];
  for (const s of raw) {
    if (typeof s === 'string' && known.has(s.trim())) {
      if (!out.includes(s.trim())) out.push(s.trim());
    } else unknown.push(s);
  }
  if (out.length === 0) {
    const quoted = unknown.slice(0, QUOTED_VALUES).map(describeValue).join(', ') + (unknown.length > QUOTED_VALUES ? ` and ${unknown.length - QUOTED_VALUES} more` : '');
    c.error('sectors', `${quoted} ${unknown.length === 1 ? 'is not a sector id' : 'are not sector ids'} of the taxonomy, so the site has no sector`,
      `use one of: ${list}`);
    return null;
  }
  if (unknown.length > QUOTED_VALUES) {
    c.warn('sectors', `${unknown.slice(0, QUOTED_VALUES).map(describeValue).join(', ')} and ${unknown.length - QUOTED_VALUES} more are not sector ids of the taxonomy; they are ignored`,
      `use one of: ${list}`);
  } else {
    for (const s of unknown) c.warn('sectors', `${describeValue(s)} is not a sector id of the taxonomy; it is ignored`, `use one of: ${list}`);
  }
  return out;
}

/** Reason for a text over its limit; never repeats the text itself. */
function tooLong(length: number, max: number): string {
  return `is ${length} characters long, over the limit of ${max}`;
}

function optionalText(c: FeatureChecker, key: string, v: unknown, rule: PropertyRule): string | undefined {
  if (typeof v !== 'string') {
    c.warn(key, `is ${describeValue(v)}, not a text; it is not shown`, 'write it between quotes');
    return undefined;
  }
  const text = v.trim();
  if (rule.maxLength !== undefined && text.length > rule.maxLength) {
    c.warn(key, `${tooLong(text.length, rule.maxLength)}; it is not shown`, `shorten it to ${rule.maxLength} characters at most`);
    return undefined;
  }
  return text || undefined;
}

function optionalLocalizedText(c: FeatureChecker, key: string, v: unknown, rule: PropertyRule): string | LocalizedText | undefined {
  if (typeof v === 'string') return optionalText(c, key, v, rule);
  const example = `{${REQUIRED_LANGUAGES.map((l) => `"${l}": "..."`).join(', ')}}`;
  if (!isPlainObject(v)) {
    c.warn(key, `is ${describeValue(v)}; it is not shown`, `write ${example}`);
    return undefined;
  }
  const out: LocalizedText = {};
  const warningsBefore = c.warnings.length;
  for (const lang of LANGUAGES) {
    const t = v[lang];
    if (t === undefined || t === null) continue;
    const text = optionalText(c, `${key}.${lang}`, t, rule);
    if (text !== undefined) out[lang] = text;
  }
  // Say it once when nothing is usable and no language has already been reported.
  if (Object.keys(out).length === 0 && Object.keys(v).length > 0 && c.warnings.length === warningsBefore) {
    const names = LANGUAGES.map((l) => `"${l}"`);
    c.warn(key, `has no ${names.slice(0, -1).join(', ')} or ${names.at(-1)} text; it is not shown`, `write ${example}`);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function optionalWebsite(c: FeatureChecker, key: string, v: unknown, rule: PropertyRule): string | undefined {
  if (typeof v !== 'string') {
    c.warn(key, `is ${describeValue(v)}, not a web address; it is not shown`, 'write an absolute address such as "https://example.org"');
    return undefined;
  }
  if (v.trim() === '') return undefined;
  return httpUrl(c, key, v, rule, 'it is not shown');
}

function httpUrl(c: FeatureChecker, field: string, v: string, rule: PropertyRule, dropped: string): string | undefined {
  const max = rule.maxLength;
  if (max !== undefined && v.trim().length > max) {
    c.warn(field, `${tooLong(v.trim().length, max)}; ${dropped}`, `use an address of ${max} characters at most`);
    return undefined;
  }
  const url = normalizeHttpUrl(v);
  if (url === null) {
    c.warn(field, `${describeValue(v)} is not an http(s) URL; ${dropped}`, 'use an absolute https:// address');
    return undefined;
  }
  return url;
}

function optionalYear(c: FeatureChecker, key: string, v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < OPENED_YEAR.min || v > OPENED_YEAR.max) {
    const quoted = typeof v === 'string' && /^\s*\d{4}\s*$/.test(v);
    c.warn(key, `is ${describeValue(v)}, not a year between ${OPENED_YEAR.min} and ${OPENED_YEAR.max}; it is not shown`,
      quoted ? `remove the quotes: "${key}": ${v.trim()}` : 'write a four-digit year without quotes, e.g. 2009');
    return undefined;
  }
  return v;
}

function optionalSources(c: FeatureChecker, key: string, v: unknown, rule: PropertyRule): string[] | undefined {
  if (!Array.isArray(v)) {
    c.warn(key, `is ${describeValue(v)}, not a list of URLs; it is ignored`,
      typeof v === 'string' ? `write a list: [${describeValue(v)}]` : 'write a list such as ["https://example.org/article"]');
    return undefined;
  }
  let list: unknown[] = v;
  const maxItems = rule.maxItems;
  if (maxItems !== undefined && v.length > maxItems) {
    c.warn(key, `has ${v.length} entries, over the limit of ${maxItems}; only the first ${maxItems} are read`, `keep the ${maxItems} most useful sources`);
    list = v.slice(0, maxItems);
  }
  const out: string[] = [];
  list.forEach((s: unknown, i) => {
    const field = `${key}[${i}]`;
    if (typeof s !== 'string') c.warn(field, `${describeValue(s)} is not an http(s) URL; it is ignored`, 'use an absolute https:// address');
    else {
      const url = httpUrl(c, field, s, rule, 'it is ignored');
      if (url !== undefined) out.push(url);
    }
  });
  return out.length > 0 ? out : undefined;
}

function optionalMetres(c: FeatureChecker, key: string, v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    c.warn(key, `is ${describeValue(v)}, not a distance in metres; it is ignored`,
      typeof v === 'string' ? 'remove the quotes: write a number such as 150' : 'write a positive number of metres, e.g. 150');
    return undefined;
  }
  return v;
}

/** Reads one optional property by its rule; undefined when absent or dropped. */
function optionalProperty(c: FeatureChecker, rule: PropertyRule, v: unknown): SiteProperties[keyof SiteProperties] | undefined {
  if (v === undefined || v === null) return undefined;
  switch (rule.kind) {
    case 'text': return optionalText(c, rule.key, v, rule);
    case 'localized-text': return optionalLocalizedText(c, rule.key, v, rule);
    case 'http-url': return optionalWebsite(c, rule.key, v, rule);
    case 'http-url-list': return optionalSources(c, rule.key, v, rule);
    case 'year': return optionalYear(c, rule.key, v);
    case 'metres': return optionalMetres(c, rule.key, v);
    case 'sector-ids': return undefined; // required, read by checkSectors
  }
}

/** What {@link inspectDataset} learnt about one feature, accepted or not (for the CLI). */
export interface FeatureInspection {
  index: number;
  /** The caller's feature, untouched. */
  raw: unknown;
  id: string | null;
  coordinates: number[] | null;
  /** Normalised properties; on a rejected feature, whatever could be read (name may be ''). */
  properties: SiteProperties | null;
  accepted: boolean;
  errors: Problem[];
  warnings: Problem[];
}

export interface DatasetInspection {
  dataset: Dataset;
  /** The collection's `sectors` member was present (even if unusable). */
  hasOwnTaxonomy: boolean;
  features: FeatureInspection[];
}

/**
 * Validates and normalises a GeoJSON FeatureCollection (the data format, docs/maintaining-data.md).
 * Never mutates `input`; returned objects are fresh. Throws {@link DatasetFormatError} when
 * the input as a whole is unusable. Warnings of rejected features are not in the result
 * (they are in {@link inspectDataset}).
 */
export function parseDataset(input: unknown, options: ParseOptions = {}): Dataset {
  return read(input, options, false).dataset;
}

export interface ParseOptions {
  /** Features read at most (default {@link MAX_FEATURES}); the others are left out, with one problem saying so. */
  maxFeatures?: number;
}

/** {@link parseDataset} plus what was read from every feature, for maintainer tools. */
export function inspectDataset(input: unknown, options: ParseOptions = {}): DatasetInspection {
  return read(input, options, true);
}

function read(input: unknown, options: ParseOptions, inspect: boolean): DatasetInspection {
  if (!isPlainObject(input)) {
    throw new DatasetFormatError(
      `the data is ${describeValue(input)}, not a GeoJSON FeatureCollection object`,
      'the file must start with {"type": "FeatureCollection", "features": [...]}',
    );
  }
  if (input['type'] !== 'FeatureCollection') {
    throw new DatasetFormatError(
      `"type" is ${describeValue(input['type'])}, not "FeatureCollection"`,
      'the file must be {"type": "FeatureCollection", "features": [...]}',
    );
  }
  const features = input['features'];
  if (!Array.isArray(features)) {
    throw new DatasetFormatError(
      `"features" is ${describeValue(features)}, not a list`,
      'write "features": [ ... one object per site ... ]',
    );
  }
  const taxonomy = parseTaxonomy(input['sectors']);
  const known = new Map(taxonomy.sectors.map((s) => [s.id, s]));
  const rejected: Problem[] = [];
  const warnings: Problem[] = [...taxonomy.warnings];
  const sites: SiteFeature[] = [];
  const seenIds = new Set<string>();
  const inspections: FeatureInspection[] = [];
  const sectorList = [...known.keys()].join(', ');
  const maxFeatures = Math.max(0, Math.floor(options.maxFeatures ?? MAX_FEATURES));
  if (features.length > maxFeatures) {
    rejected.push(problem({severity: 'error', index: null, field: 'features',
      message: `the dataset has ${features.length} features, over the limit of ${maxFeatures}; the last ${features.length - maxFeatures} are left out`,
      hint: 'split the dataset, or raise the limit where the map is embedded'}));
  }

  features.slice(0, maxFeatures).forEach((feature: unknown, index) => {
    const c = new FeatureChecker(index);
    const r = checkFeature(c, feature, known, seenIds, sectorList);
    const accepted = c.errors.length === 0 && r.id !== null && r.coordinates !== null && r.properties !== null;
    if (accepted) {
      sites.push({type: 'Feature', id: r.id as string, geometry: {type: 'Point', coordinates: r.coordinates as number[]}, properties: r.properties as SiteProperties});
      for (const w of c.warnings) warnings.push(w);
    } else {
      for (const e of c.errors) rejected.push(e);
    }
    if (inspect) inspections.push({index, raw: feature, ...r, accepted, errors: c.errors, warnings: c.warnings});
  });
  return {
    dataset: {sites, sectors: taxonomy.sectors, rejected, warnings},
    hasOwnTaxonomy: input['sectors'] !== undefined,
    features: inspections,
  };
}

interface Checked {
  id: string | null;
  coordinates: number[] | null;
  properties: SiteProperties | null;
}

function checkFeature(c: FeatureChecker, feature: unknown, known: Map<string, Sector>, seenIds: Set<string>, sectorList: string): Checked {
  if (!isPlainObject(feature)) {
    c.error('type', `the feature is ${describeValue(feature)}, not an object`, 'write {"type": "Feature", "id": "...", "geometry": {...}, "properties": {...}}');
    return {id: null, coordinates: null, properties: null};
  }
  const propsRaw = feature['properties'];
  const props = isPlainObject(propsRaw) ? propsRaw : null;
  const id = checkId(c, feature, props, seenIds);
  if (feature['type'] !== 'Feature') {
    c.error('type', `is ${describeValue(feature['type'])}, not "Feature"`, 'write "type": "Feature"');
  }
  const coordinates = checkCoordinates(c, feature['geometry']);
  if (!props) {
    c.error('properties', `is ${describeValue(propsRaw)}, not an object with the site's name and sectors`,
      'write "properties": {"name": "...", "sectors": ["..."]}');
    return {id, coordinates, properties: null};
  }
  const nameRaw = props['name'];
  const name = typeof nameRaw === 'string' ? nameRaw.trim() : '';
  if (!name) {
    c.error('name', nameRaw === undefined ? 'is missing; every site needs a name' : `is ${describeValue(nameRaw)}, not a non-empty text`,
      'add "name": "..." to the properties');
  } else if (name.length > LIMITS.name) {
    c.error('name', `${tooLong(name.length, LIMITS.name)}; the feature is left out`, `shorten it to ${LIMITS.name} characters at most`);
  }
  const sectors = checkSectors(c, props['sectors'], known, sectorList);

  const out: SiteProperties = {name, sectors: sectors ?? []};
  for (const rule of SITE_PROPERTIES) {
    if (rule.required) continue;
    const value = optionalProperty(c, rule, props[rule.key]);
    if (value !== undefined) (out as unknown as Record<string, unknown>)[rule.key] = value;
  }

  return {id, coordinates, properties: out};
}
