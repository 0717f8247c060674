// The one module that imports Leaflet. Its ESM build never assigns `window.L`, so the widget leaks no
// global; every other module imports `L` from here.
import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';

/** Typed by @types/leaflet, so the published .d.ts files need no declaration for the ESM file path. */
export const L: typeof import('leaflet') = Leaflet;
export type {
  DivIconOptions,
  LatLng,
  LatLngBoundsExpression,
  LatLngExpression,
  Layer,
  Map as LeafletMap,
  Marker,
  Point,
  TileLayer,
  TileLayerOptions,
} from 'leaflet';
