/**
 * Small, pure planar geometry helpers for WGS84 [lon, lat] data at city scale
 * (used by the maintainer CLI's commune rule).
 */
import type {MultiPolygon, Polygon, Position} from 'geojson';

/** [minLon, minLat, maxLon, maxLat] */
export type BBox = [number, number, number, number];

export type Area = Polygon | MultiPolygon;

/** Ray casting on one ring (closed or not). Points exactly on an edge may go either way. */
export function pointInRing(point: Position, ring: readonly Position[]): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  const n = ring.length;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside the outer ring and outside every hole. */
export function pointInPolygonRings(point: Position, rings: readonly (readonly Position[])[]): boolean {
  const [outer, ...holes] = rings;
  if (!outer || !pointInRing(point, outer)) return false;
  return !holes.some((h) => pointInRing(point, h));
}

export function pointInArea(point: Position, area: Area): boolean {
  if (area.type === 'Polygon') return pointInPolygonRings(point, area.coordinates);
  return area.coordinates.some((poly) => pointInPolygonRings(point, poly));
}

function rings(area: Area): Position[][] {
  return area.type === 'Polygon' ? area.coordinates : area.coordinates.flat();
}

export function bboxOf(area: Area): BBox {
  let b: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings(area)) for (const p of ring) b = extendBBox(b, p);
  return b;
}

export function extendBBox(b: BBox, p: Position): BBox {
  const [x, y] = p as [number, number];
  return [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
}

export function unionBBox(boxes: readonly BBox[]): BBox {
  return boxes.reduce<BBox>(
    (a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
    [Infinity, Infinity, -Infinity, -Infinity],
  );
}

export function bboxContains(b: BBox, p: Position, marginDeg = 0): boolean {
  const [x, y] = p as [number, number];
  return x >= b[0] - marginDeg && x <= b[2] + marginDeg && y >= b[1] - marginDeg && y <= b[3] + marginDeg;
}

const M_PER_DEG_LAT = 111_195; // mean Earth radius 6371 km

/** Local equirectangular projection around `origin`, in metres. Fine below ~100 km. */
function project(p: Position, origin: Position): [number, number] {
  const k = Math.cos((origin[1] * Math.PI) / 180) * M_PER_DEG_LAT;
  return [(p[0] - origin[0]) * k, (p[1] - origin[1]) * M_PER_DEG_LAT];
}

/** Approximate distance in metres between two [lon, lat] points (city scale). */
export function distanceMeters(a: Position, b: Position): number {
  const [x, y] = project(b, a);
  return Math.hypot(x, y);
}

/** Distance in metres from `point` to the boundary of `area` (0 when inside). */
export function distanceToAreaMeters(point: Position, area: Area): number {
  if (pointInArea(point, area)) return 0;
  let best = Infinity;
  for (const ring of rings(area)) {
    for (let i = 1; i < ring.length; i++) {
      const a = project(ring[i - 1], point);
      const b = project(ring[i], point);
      best = Math.min(best, distanceToSegment(a, b));
    }
  }
  return best;
}

/** Distance from the origin to segment ab (planar). */
function distanceToSegment(a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : -(a[0] * dx + a[1] * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(a[0] + t * dx, a[1] + t * dy);
}

/** Planar area in m² (outer rings minus holes), for sanity checks. */
export function areaSquareMeters(area: Area): number {
  const polys = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let total = 0;
  for (const poly of polys) {
    poly.forEach((ring, i) => {
      const origin = ring[0];
      if (!origin) return;
      let s = 0;
      for (let k = 1; k < ring.length; k++) {
        const [x1, y1] = project(ring[k - 1], origin);
        const [x2, y2] = project(ring[k], origin);
        s += x1 * y2 - x2 * y1;
      }
      total += (i === 0 ? 1 : -1) * Math.abs(s / 2);
    });
  }
  return total;
}
