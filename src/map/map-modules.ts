// The map's code is loaded on first use, in chunks of its own: Leaflet reads `window` as it loads, so
// importing the element (on a server, or before any map shows) must not import it. The one list of those
// chunks, used by the map controller and by the element's preload (ecosystem-map/preload.ts). Only dynamic
// imports here: this module travels in the element's first chunk.

/** Leaflet and the modules built on it. */
export const loadMapModules = () =>
  Promise.all([
    import('./leaflet.js'),
    import('./basemap.js'),
    import('./cooperative-gestures.js'),
    import('./marker-layer.js'),
  ]).then(([{L}, {Basemap}, {CooperativeGestures}, {SiteMarkerLayer}]) => ({L, Basemap, CooperativeGestures, SiteMarkerLayer}));
export type MapModules = Awaited<ReturnType<typeof loadMapModules>>;

/**
 * The communes outline and Leaflet's vector layers, loaded only when drawn (`tiles="none"` or a tile
 * failure; most pages show tiles and never need them).
 */
export const loadOutline = () =>
  Promise.all([
    import('../generated/communes-outline.js'),
    import('./leaflet.js').then(({loadVectorLayers}) => loadVectorLayers()),
  ]).then(([{communesOutline}, vector]) => ({communes: communesOutline, vector}));
export type LoadedOutline = Awaited<ReturnType<typeof loadOutline>>;
