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
import {checkCoordinates, checkId, checkSectors} from './check-fields.js';
import {LIMITS, MAX_FEATURES, SITE_PROPERTIES, normalizeHttpUrl} from './rules.js';
import {FeatureChecker, optionalProperty} from './properties.js';
import {parseTaxonomy} from './parse-taxonomy.js';
import {DatasetFormatError, problem} from './types.js';
import type {Dataset, Problem, Sector, SiteFeature, SiteProperties} from './types.js';
import {describeValue, isPlainObject, tooLong} from './values.js';

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
