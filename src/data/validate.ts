/**
 * parseDataset: applies the rules of the data format (written in rules.ts) to whatever the widget
 * loads. scripts/validate-data.ts runs it too and adds the rules only a maintainer can act on
 * (communes, translations, https, …). Pure: no DOM, no Node APIs.
 *
 * Severities (documented in docs/maintaining-data.md):
 * - error (feature left out): not a Feature; geometry not a Point; coordinates not 2 or 3
 *   finite numbers or out of range; id missing, not a non-empty string, over its length limit
 *   or a duplicate (the later one is left out); name missing/empty or over its limit; sectors
 *   missing, not an array, empty, or with no id defined in the taxonomy; features beyond
 *   `maxFeatures` (one problem for all of them).
 * - warning (feature kept, field dropped or repaired): unknown or non-string entries among
 *   valid sectors; an optional property of the wrong type or over its limit (properties.ts);
 *   website that is not an absolute http(s) URL; id found in `properties.id` instead of `id`;
 *   taxonomy entries that are broken (parse-taxonomy.ts).
 */
import {LIMITS, MAX_FEATURES, SITE_PROPERTIES, normalizeHttpUrl} from './rules.js';
import {FeatureChecker, optionalProperty} from './properties.js';
import {parseTaxonomy} from './parse-taxonomy.js';
import {DatasetFormatError, problem} from './types.js';
import type {Dataset, Problem, Sector, SiteFeature, SiteProperties} from './types.js';
import {describeValue, isPlainObject, tooLong} from './values.js';
import type {Json} from './values.js';

export {describeValue, isPlainObject, normalizeHttpUrl, parseTaxonomy};

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

function checkCoordinates(c: FeatureChecker, geometry: unknown): number[] | null {
  if (geometry === undefined || geometry === null) {
    c.error(
      'geometry',
      `is ${describeValue(geometry)}; the site cannot be placed on the map`,
      'add "geometry": {"type": "Point", "coordinates": [longitude, latitude]}',
    );
    return null;
  }
  if (!isPlainObject(geometry)) {
    c.error(
      'geometry',
      `is ${describeValue(geometry)}, not a geometry object`,
      'write "geometry": {"type": "Point", "coordinates": [longitude, latitude]}',
    );
    return null;
  }
  const type = geometry['type'];
  if (type !== 'Point') {
    c.error(
      'geometry.type',
      `is ${describeValue(type)}; only "Point" geometries can be shown`,
      'give the site a single point: {"type": "Point", "coordinates": [longitude, latitude]}',
    );
    return null;
  }
  const coords = geometry['coordinates'];
  if (!Array.isArray(coords) || coords.length < 2 || coords.length > 3) {
    c.error(
      'geometry.coordinates',
      `is ${describeValue(coords)}${Array.isArray(coords) ? ` of ${coords.length}` : ''}, not [longitude, latitude]`,
      'write two numbers: [longitude, latitude], e.g. [3.17402, 50.69121]',
    );
    return null;
  }
  const names = ['longitude', 'latitude', 'altitude'];
  const bad = coords.flatMap((v: unknown, k) => (typeof v === 'number' && Number.isFinite(v) ? [] : [k]));
  if (bad.length > 0) {
    const parts = bad.map((k) => `the ${names[k]} is ${describeValue(coords[k])}`);
    const quoted = bad.some((k) => typeof coords[k] === 'string');
    c.error(
      'geometry.coordinates',
      `${parts.join(' and ')}, not ${bad.length === 1 ? 'a number' : 'numbers'}`,
      quoted ? 'remove the quotes around the numbers' : 'write decimal numbers with a dot, e.g. [3.17402, 50.69121]',
    );
    return null;
  }
  const [lon, lat] = coords as number[] as [number, number];
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    const swapped = lat >= -180 && lat <= 180 && lon >= -90 && lon <= 90;
    c.error(
      'geometry.coordinates',
      `[${lon}, ${lat}] is out of range (longitude must be within ±180, latitude within ±90)`,
      swapped
        ? 'looks like swapped longitude/latitude: GeoJSON writes [longitude, latitude]'
        : 'write [longitude, latitude] in decimal degrees (WGS84)',
    );
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
    else
      c.error(
        where,
        `is ${describeValue(raw)}, not a non-empty text`,
        typeof raw === 'number' ? `put it in quotes ("${raw}") or use a slug such as "la-redoute-hq"` : hint,
      );
    return null;
  }
  const id = raw.trim();
  if (id.length > LIMITS.id) {
    c.error(
      where,
      `${tooLong(id.length, LIMITS.id)}; the feature is left out`,
      `use a short slug of ${LIMITS.id} characters at most`,
    );
    return null;
  }
  c.id = id;
  if (seen.has(id)) {
    c.error(
      where,
      `${JSON.stringify(id)} is already used by an earlier feature; this one is left out`,
      'give each site its own id',
    );
    return null;
  }
  seen.add(id);
  if (where === 'properties.id') {
    c.warn(
      'properties.id',
      'the id is inside "properties"; it is used, but belongs at the top level of the feature',
      `move it next to "type": "id": ${JSON.stringify(id)}`,
    );
  }
  return id;
}

/** At most this many faulty values are quoted in one message. */
const QUOTED_VALUES = 5;

function checkSectors(c: FeatureChecker, raw: unknown, known: Map<string, Sector>, list: string): string[] | null {
  if (!Array.isArray(raw)) {
    c.error(
      'sectors',
      typeof raw === 'string'
        ? `is the text ${describeValue(raw)}, not a list`
        : `is ${describeValue(raw)}, not a list of sector ids`,
      typeof raw === 'string'
        ? `write a list: ["${raw.split(/[;,]/)[0]?.trim() ?? raw}"]`
        : `write a list such as ["coworking"]; known ids: ${list}`,
    );
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
    const quoted =
      unknown.slice(0, QUOTED_VALUES).map(describeValue).join(', ') +
      (unknown.length > QUOTED_VALUES ? ` and ${unknown.length - QUOTED_VALUES} more` : '');
    c.error(
      'sectors',
      `${quoted} ${unknown.length === 1 ? 'is not a sector id' : 'are not sector ids'} of the taxonomy, so the site has no sector`,
      `use one of: ${list}`,
    );
    return null;
  }
  if (unknown.length > QUOTED_VALUES) {
    c.warn(
      'sectors',
      `${unknown.slice(0, QUOTED_VALUES).map(describeValue).join(', ')} and ${unknown.length - QUOTED_VALUES} more are not sector ids of the taxonomy; they are ignored`,
      `use one of: ${list}`,
    );
  } else {
    for (const s of unknown)
      c.warn('sectors', `${describeValue(s)} is not a sector id of the taxonomy; it is ignored`, `use one of: ${list}`);
  }
  return out;
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

/** How many features are read at most. */
export function featureLimit(options: ParseOptions = {}): number {
  return Math.max(0, Math.floor(options.maxFeatures ?? MAX_FEATURES));
}

/** The problem reported when a collection has more features than are read. */
export function tooManyFeatures(count: number, maxFeatures: number): Problem {
  return problem({
    severity: 'error',
    index: null,
    field: 'features',
    message: `the dataset has ${count} features, over the limit of ${maxFeatures}; the last ${count - maxFeatures} are left out`,
    hint: 'split the dataset, or raise the limit where the map is embedded',
  });
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
  const maxFeatures = featureLimit(options);
  if (features.length > maxFeatures) rejected.push(tooManyFeatures(features.length, maxFeatures));

  features.slice(0, maxFeatures).forEach((feature: unknown, index) => {
    const c = new FeatureChecker(index);
    const r = checkFeature(c, feature, known, seenIds, sectorList);
    const accepted = c.errors.length === 0 && r.id !== null && r.coordinates !== null && r.properties !== null;
    if (accepted) {
      sites.push({
        type: 'Feature',
        id: r.id as string,
        geometry: {type: 'Point', coordinates: r.coordinates as number[]},
        properties: r.properties as SiteProperties,
      });
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

function checkFeature(
  c: FeatureChecker,
  feature: unknown,
  known: Map<string, Sector>,
  seenIds: Set<string>,
  sectorList: string,
): Checked {
  if (!isPlainObject(feature)) {
    c.error(
      'type',
      `the feature is ${describeValue(feature)}, not an object`,
      'write {"type": "Feature", "id": "...", "geometry": {...}, "properties": {...}}',
    );
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
    c.error(
      'properties',
      `is ${describeValue(propsRaw)}, not an object with the site's name and sectors`,
      'write "properties": {"name": "...", "sectors": ["..."]}',
    );
    return {id, coordinates, properties: null};
  }
  const nameRaw = props['name'];
  const name = typeof nameRaw === 'string' ? nameRaw.trim() : '';
  if (!name) {
    c.error(
      'name',
      nameRaw === undefined ? 'is missing; every site needs a name' : `is ${describeValue(nameRaw)}, not a non-empty text`,
      'add "name": "..." to the properties',
    );
  } else if (name.length > LIMITS.name) {
    c.error(
      'name',
      `${tooLong(name.length, LIMITS.name)}; the feature is left out`,
      `shorten it to ${LIMITS.name} characters at most`,
    );
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
