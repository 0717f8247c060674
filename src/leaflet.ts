// The one module that imports Leaflet. Its ESM build never assigns `window.L`, so the widget leaks no
// global; every other module imports `L` from here.
import * as Leaflet from 'leaflet/dist/leaflet-src.esm.js';

export const L = Leaflet;
export type {
  DivIconOptions,
  LatLng,
  LatLngBoundsExpression,
  LatLngExpression,
  Layer,
  Map as LeafletMap,
  Marker,
  TileLayerOptions,
} from 'leaflet';
