import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {MultiPolygon, Polygon} from 'geojson';
import {
  areaSquareMeters,
  bboxContains,
  bboxOf,
  distanceMeters,
  distanceToAreaMeters,
  pointInArea,
  unionBBox,
} from '../../scripts/lib/geo.js';

const square: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [3, 50],
      [3.1, 50],
      [3.1, 50.1],
      [3, 50.1],
      [3, 50],
    ],
  ],
};
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [
    square.coordinates[0],
    [
      [3.04, 50.04],
      [3.06, 50.04],
      [3.06, 50.06],
      [3.04, 50.06],
      [3.04, 50.04],
    ],
  ],
};
const multi: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    square.coordinates,
    [
      [
        [4, 51],
        [4.1, 51],
        [4.1, 51.1],
        [4, 51],
      ],
    ],
  ],
};

test('pointInArea: polygon, hole, multipolygon', () => {
  assert.equal(pointInArea([3.05, 50.05], square), true);
  assert.equal(pointInArea([3.2, 50.05], square), false);
  assert.equal(pointInArea([3.05, 50.05], withHole), false);
  assert.equal(pointInArea([3.02, 50.02], withHole), true);
  assert.equal(pointInArea([4.09, 51.01], multi), true);
  assert.equal(pointInArea([4.01, 51.09], multi), false);
});

test('bbox helpers', () => {
  assert.deepEqual(bboxOf(square), [3, 50, 3.1, 50.1]);
  assert.deepEqual(unionBBox([bboxOf(square), bboxOf(multi)]), [3, 50, 4.1, 51.1]);
  assert.equal(bboxContains([3, 50, 3.1, 50.1], [3.1005, 50], 0.001), true);
  assert.equal(bboxContains([3, 50, 3.1, 50.1], [3.1005, 50]), false);
});

test('distances in metres at city scale', () => {
  // 0.001° of latitude ≈ 111 m
  assert.ok(Math.abs(distanceMeters([3, 50], [3, 50.001]) - 111.2) < 0.5);
  assert.equal(distanceToAreaMeters([3.05, 50.05], square), 0);
  const d = distanceToAreaMeters([3.1, 50.1005], square); // 0.0005° north of the top edge
  assert.ok(Math.abs(d - 55.6) < 1, String(d));
  // area of a 0.1° square at 50°N ≈ 7.15 km × 11.12 km
  const a = areaSquareMeters(square) / 1e6;
  assert.ok(a > 78 && a < 81, String(a));
});
