// Leaflet's ES module sources (node_modules/leaflet/src) have no types: each module the widget imports
// is described here by the matching part of @types/leaflet. Only src/map/leaflet.ts imports them, and
// its exports are typed from 'leaflet' alone, so the published .d.ts files never name these paths.
declare module 'leaflet/src/map/Map.js' {
  export {Map, map as createMap} from 'leaflet';
}
declare module 'leaflet/src/map/handler/Map.Drag.js' {
  export {Handler as Drag} from 'leaflet';
}
declare module 'leaflet/src/map/handler/Map.DoubleClickZoom.js' {
  export {Handler as DoubleClickZoom} from 'leaflet';
}
declare module 'leaflet/src/map/handler/Map.Keyboard.js' {
  export {Handler as Keyboard} from 'leaflet';
}
declare module 'leaflet/src/map/handler/Map.ScrollWheelZoom.js' {
  export {Handler as ScrollWheelZoom} from 'leaflet';
}
declare module 'leaflet/src/map/handler/Map.TouchZoom.js' {
  export {Handler as TouchZoom} from 'leaflet';
}
declare module 'leaflet/src/layer/tile/TileLayer.js' {
  export {TileLayer, tileLayer} from 'leaflet';
}
declare module 'leaflet/src/layer/marker/Marker.js' {
  export {Marker, marker} from 'leaflet';
}
declare module 'leaflet/src/layer/marker/DivIcon.js' {
  export {DivIcon, divIcon} from 'leaflet';
}
declare module 'leaflet/src/layer/LayerGroup.js' {
  export {LayerGroup, layerGroup} from 'leaflet';
}
declare module 'leaflet/src/geometry/Point.js' {
  export {Point, point as toPoint} from 'leaflet';
}
declare module 'leaflet/src/geometry/Bounds.js' {
  export {Bounds, bounds as toBounds} from 'leaflet';
}
declare module 'leaflet/src/geo/LatLng.js' {
  export {LatLng, latLng as toLatLng} from 'leaflet';
}
declare module 'leaflet/src/geo/LatLngBounds.js' {
  export {LatLngBounds, latLngBounds as toLatLngBounds} from 'leaflet';
}
declare module 'leaflet/src/layer/vector/SVG.js' {
  export {SVG, svg} from 'leaflet';
}
declare module 'leaflet/src/layer/vector/Polygon.js' {
  export {Polygon, polygon} from 'leaflet';
}
