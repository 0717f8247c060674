// The one module that imports Leaflet, and only the parts the widget uses: Leaflet's ESM bundle registers
// every layer, control and handler as it loads, so nothing in it can be left out; its ES module sources
// can be imported one by one. No popups, tooltips, controls (the element renders its own buttons and
// credits), canvas, GeoJSON, image overlays, box zoom or tap-hold. Never assigns `window.L`: every other
// module imports `L` from here. Typed by @types/leaflet (see leaflet-esm.d.ts).
import type {Path, Renderer} from 'leaflet';
import {Map, createMap} from 'leaflet/src/map/Map.js';
// The map's gesture handlers register themselves as they load; the map options of the same names
// (dragging, doubleClickZoom, keyboard, scrollWheelZoom, touchZoom) turn them on and off.
import {Drag} from 'leaflet/src/map/handler/Map.Drag.js';
import {DoubleClickZoom} from 'leaflet/src/map/handler/Map.DoubleClickZoom.js';
import {Keyboard} from 'leaflet/src/map/handler/Map.Keyboard.js';
import {ScrollWheelZoom} from 'leaflet/src/map/handler/Map.ScrollWheelZoom.js';
import {TouchZoom} from 'leaflet/src/map/handler/Map.TouchZoom.js';
import {tileLayer} from 'leaflet/src/layer/tile/TileLayer.js';
import {marker} from 'leaflet/src/layer/marker/Marker.js';
import {divIcon} from 'leaflet/src/layer/marker/DivIcon.js';
import {layerGroup} from 'leaflet/src/layer/LayerGroup.js';
import {toPoint} from 'leaflet/src/geometry/Point.js';
import {toBounds} from 'leaflet/src/geometry/Bounds.js';
import {toLatLng} from 'leaflet/src/geo/LatLng.js';
import {toLatLngBounds} from 'leaflet/src/geo/LatLngBounds.js';

type Leaflet = typeof import('leaflet');

/** The part of Leaflet's `L` the widget uses, loaded with this module. */
export const L: Pick<
  Leaflet,
  'map' | 'tileLayer' | 'marker' | 'divIcon' | 'layerGroup' | 'point' | 'bounds' | 'latLng' | 'latLngBounds'
> = {
  map: createMap,
  tileLayer,
  marker,
  divIcon,
  layerGroup,
  point: toPoint,
  bounds: toBounds,
  latLng: toLatLng,
  latLngBounds: toLatLngBounds,
};

/** The vector layers, which only the communes outline draws. */
export type VectorLayers = Pick<Leaflet, 'svg' | 'polygon'>;

/** Loads the vector layers on first use (the build puts them in a chunk of their own). */
export const loadVectorLayers = (): Promise<VectorLayers> =>
  Promise.all([import('leaflet/src/layer/vector/SVG.js'), import('leaflet/src/layer/vector/Polygon.js')]).then(
    ([{svg}, {polygon}]) => ({svg, polygon}),
  );

// Also reachable from the map class, as in Leaflet's own index (L.Map.Drag...).
Object.assign(Map, {Drag, DoubleClickZoom, Keyboard, ScrollWheelZoom, TouchZoom});

// A vector layer asks the map for its renderer when added. Leaflet's own map method for that (in
// Renderer.getRenderer.js) would bring the canvas renderer along; ours only takes the layer's own.
Map.include({
  getRenderer(this: InstanceType<typeof Map>, layer: Path): Renderer {
    const renderer = layer.options.renderer;
    if (!renderer) throw new Error('leaflet: vector layers here need a `renderer` option');
    if (!this.hasLayer(renderer)) this.addLayer(renderer);
    return renderer;
  },
});

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
