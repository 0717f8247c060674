import {communesOutline} from '../generated/communes-outline.js';
import {L, type LeafletMap, type Layer} from './leaflet.js';
import type {TileSource} from './tile-presets.js';

/** The pane under the tiles where the communes outline lives. */
const OUTLINE_PANE = 'outline';

/** The raster layer a tile source asks for, or null for `none` (no tile request at all). */
export function createTileLayer(source: TileSource): Layer | null {
  if (source.kind === 'none') return null;
  return L.tileLayer(source.url, {
    maxZoom: source.maxZoom,
    // Credits are rendered by the element (Lit, translated); Leaflet's control writes HTML strings.
    attribution: '',
    ...(source.referrerPolicy ? {referrerPolicy: source.referrerPolicy} : {}),
  });
}

/**
 * The communes of the metropolis as light vector outlines, below the tiles: the whole basemap with
 * `tiles="none"`, and what visitors still see when tiles cannot be loaded (offline, blocked host).
 */
export function addCommunesOutline(map: LeafletMap): Layer {
  const pane = map.createPane(OUTLINE_PANE);
  pane.style.zIndex = '150';
  const renderer = L.svg({pane: OUTLINE_PANE});
  const outline = L.layerGroup(
    communesOutline.map((commune) =>
      L.polygon(commune.rings, {
        renderer,
        pane: OUTLINE_PANE,
        interactive: false,
        className: 'commune-outline',
        weight: 1,
        color: '#8a9099',
        fillColor: '#f6f5f0',
        fillOpacity: 1,
      }),
    ),
  );
  return outline.addTo(map);
}
