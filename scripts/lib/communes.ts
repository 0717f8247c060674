/** The MEL commune outlines (data/communes-mel.geojson) and lookups on them. */
import type {Position} from 'geojson';
import {bboxContains, bboxOf, distanceToAreaMeters, pointInArea, unionBBox} from './geo.js';
import type {Area, BBox} from './geo.js';
import {isPlainObject} from '../../src/data/validate.js';
import {normalizeText} from '../../src/data/text.js';

export interface Commune {
  nom: string;
  code: string;
  geometry: Area;
  bbox: BBox;
}

export interface Communes {
  list: Commune[];
  bbox: BBox;
}

/** Metres: outlines are simplified, so shared borders may be off by some tens of metres. */
export const BORDER_TOLERANCE_M = 60;

export function loadCommunes(geojson: unknown): Communes {
  if (!isPlainObject(geojson) || !Array.isArray(geojson['features'])) throw new Error('communes file is not a FeatureCollection');
  const list: Commune[] = [];
  for (const f of geojson['features'] as unknown[]) {
    if (!isPlainObject(f) || !isPlainObject(f['properties']) || !isPlainObject(f['geometry'])) continue;
    const geometry = f['geometry'] as unknown as Area;
    if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') continue;
    const props = f['properties'];
    list.push({nom: String(props['nom']), code: String(props['code']), geometry, bbox: bboxOf(geometry)});
  }
  return {list, bbox: unionBBox(list.map((c) => c.bbox))};
}

/** Commune names compared loosely: see normalizeText; "Saint-" and "St-" are the same. */
export function normalizeName(name: string): string {
  return normalizeText(name).replace(/^saint /, 'st ');
}

export function findByName(communes: Communes, name: string): {commune: Commune; exact: boolean} | null {
  const exact = communes.list.find((c) => c.nom === name);
  if (exact) return {commune: exact, exact: true};
  const n = normalizeName(name);
  const loose = communes.list.find((c) => normalizeName(c.nom) === n);
  return loose ? {commune: loose, exact: false} : null;
}

export interface Placement {
  /** The commune the point is in (or within the border tolerance of); null when outside the MEL. */
  commune: Commune | null;
  /** 0 when strictly inside; else the distance to `commune` (≤ tolerance) or to the nearest commune. */
  distance: number;
  nearest: Commune | null;
}

export function placePoint(communes: Communes, p: Position): Placement {
  for (const c of communes.list) {
    if (bboxContains(c.bbox, p) && pointInArea(p, c.geometry)) return {commune: c, distance: 0, nearest: c};
  }
  let nearest: Commune | null = null;
  let best = Infinity;
  for (const c of communes.list) {
    const d = distanceToAreaMeters(p, c.geometry);
    if (d < best) {
      best = d;
      nearest = c;
    }
  }
  return {commune: best <= BORDER_TOLERANCE_M ? nearest : null, distance: best, nearest};
}

export function formatDistance(m: number): string {
  return m < 1000 ? `${Math.round(m)} m` : m < 100_000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m / 1000)} km`;
}
