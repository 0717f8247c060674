/** The checks of a feature's required fields: geometry coordinates, id and sectors. */
import {LIMITS} from './rules.js';
import type {FeatureChecker} from './properties.js';
import type {Sector} from './types.js';
import {describeValue, isPlainObject, tooLong} from './values.js';
import type {Json} from './values.js';

export function checkCoordinates(c: FeatureChecker, geometry: unknown): number[] | null {
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
  const isCoordinate = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  // Checked without allocating first: this runs once per site, a million times for the largest datasets.
  if (!coords.every(isCoordinate)) {
    const names = ['longitude', 'latitude', 'altitude'];
    const bad = coords.flatMap((v: unknown, k) => (isCoordinate(v) ? [] : [k]));
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

export function checkId(c: FeatureChecker, feature: Json, props: Json | null, seen: Set<string>): string | null {
  let raw = feature['id'];
  let where = 'id';
  if (raw === undefined && props && props['id'] !== undefined) {
    raw = props['id'];
    where = 'properties.id';
  }
  const id = typeof raw === 'string' ? raw.trim() : '';
  if (id === '') {
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

export function checkSectors(c: FeatureChecker, raw: unknown, known: Map<string, Sector>, list: string): string[] | null {
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
