import type {CommuneOutline} from '../generated/communes-outline.js';
import {L, type LeafletMap, type Layer, type TileLayer, type VectorLayers} from './leaflet.js';
import {loadOutline, type LoadedOutline} from './map-modules.js';
import type {TileSource} from './tile-presets.js';

/** The pane under the tiles where the communes outline lives. */
const OUTLINE_PANE = 'outline';
/** Commune names, above the outline, below markers; never in the way of a click. */
const LABELS_PANE = 'commune-labels';
/** This many tile errors in a row, with no tile loaded in between, mean the tile server is out of reach. */
export const TILE_FAILURES_TO_FALL_BACK = 4;
/** Communes named on the outline basemap; the minor ones only from {@link MINOR_LABELS_ZOOM}. */
const MAJOR_COMMUNES = ['Lille', 'Roubaix', 'Tourcoing', "Villeneuve-d'Ascq", 'Armentières', 'Seclin'];
const MINOR_COMMUNES = [
  'Wattrelos',
  'Croix',
  'Marcq-en-Barœul',
  'Lambersart',
  'Wasquehal',
  'Mons-en-Barœul',
  'Hem',
  'Loos',
  'Halluin',
];
const MINOR_LABELS_ZOOM = 12;

/** The raster layer a tile source asks for, or null for `none` (no tile request at all). */
export function createTileLayer(source: TileSource): TileLayer | null {
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
export function addCommunesOutline(
  map: LeafletMap,
  {communes, vector}: {communes: readonly CommuneOutline[]; vector: VectorLayers},
): Layer {
  const pane = map.createPane(OUTLINE_PANE);
  pane.style.zIndex = '150';
  const renderer = vector.svg({pane: OUTLINE_PANE});
  const outline = L.layerGroup(
    communes.map((commune) =>
      vector.polygon(commune.rings, {
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

/**
 * The basemap: tiles when they load, otherwise the communes outline with the names of the main communes.
 * Several tile errors in a row switch to the outline for good (until another tile source is set), so a
 * blocked or offline tile server leaves a readable map rather than grey squares.
 */
export class Basemap {
  /** True once tiles failed and the outline took over. */
  failed = false;
  private tiles: TileLayer | null = null;
  private labels: Layer | undefined;
  private outline: Promise<void> | undefined;
  private errorsInARow = 0;

  constructor(
    private readonly map: LeafletMap,
    private readonly onFallback: () => void,
  ) {}

  /** Whether only the outline is drawn (no tiles asked for, or tiles failed). */
  get outlineOnly(): boolean {
    return !this.tiles;
  }

  /** Settles once the outline is drawn, when it is needed (at once otherwise). */
  get drawn(): Promise<void> {
    return this.outline ?? Promise.resolve();
  }

  setTiles(source: TileSource): void {
    this.tiles?.remove();
    this.failed = false;
    this.errorsInARow = 0;
    this.tiles = createTileLayer(source);
    if (this.tiles) {
      this.tiles.on('tileload', () => (this.errorsInARow = 0));
      this.tiles.on('tileerror', () => {
        if (++this.errorsInARow >= TILE_FAILURES_TO_FALL_BACK) this.fallBack();
      });
      this.tiles.addTo(this.map);
    }
    this.showLabels();
  }

  private fallBack(): void {
    this.tiles?.remove();
    this.tiles = null;
    this.failed = true;
    this.showLabels();
    this.onFallback();
  }

  private showLabels(): void {
    if (this.tiles) this.labels?.remove();
    else if (this.labels) this.labels.addTo(this.map);
    else this.outline ??= loadOutline().then((outline) => this.drawOutline(outline));
  }

  /** Once loaded, the outline stays under the tiles (it shows while they load); the labels only without tiles. */
  private drawOutline(outline: LoadedOutline): void {
    const map = this.map;
    // Removed while the outline loaded (the element left the page): nothing to draw on.
    if (!map.getPane('mapPane')) return;
    addCommunesOutline(map, outline);
    const pane = map.createPane(LABELS_PANE);
    pane.style.zIndex = '250';
    pane.style.pointerEvents = 'none';
    this.labels = communeLabels(outline.communes);
    const showMinor = () => pane.classList.toggle('minor-labels', map.getZoom() >= MINOR_LABELS_ZOOM);
    map.on('zoomend', showMinor);
    showMinor();
    this.showLabels();
  }
}

/** Names of the main communes at the centre of their largest ring: DOM text, not interactive. */
function communeLabels(communesOutline: readonly CommuneOutline[]): Layer {
  const byName = new Map(communesOutline.map((commune) => [commune.name, commune]));
  const markers = [...MAJOR_COMMUNES, ...MINOR_COMMUNES].flatMap((name) => {
    const commune = byName.get(name);
    if (!commune) return [];
    const label = document.createElement('span');
    label.className = 'commune-label';
    label.textContent = name;
    if (MINOR_COMMUNES.includes(name)) label.dataset['minor'] = '';
    const icon = L.divIcon({html: label, className: 'marker-anchor', iconSize: [0, 0], iconAnchor: [0, 0]});
    return [L.marker(labelPoint(commune), {icon, pane: LABELS_PANE, interactive: false, keyboard: false})];
  });
  return L.layerGroup(markers);
}

/** The area-weighted centroid of a commune's largest ring, as [lat, lon]. */
function labelPoint(commune: CommuneOutline): [number, number] {
  let best: {area: number; lat: number; lon: number} = {area: 0, lat: 0, lon: 0};
  for (const ring of commune.rings) {
    let area = 0;
    let lat = 0;
    let lon = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [yi, xi] = ring[i];
      const [yj, xj] = ring[j];
      const cross = xj * yi - xi * yj;
      area += cross;
      lon += (xj + xi) * cross;
      lat += (yj + yi) * cross;
    }
    if (Math.abs(area) > Math.abs(best.area)) best = {area, lat: lat / (3 * area), lon: lon / (3 * area)};
  }
  return [best.lat, best.lon];
}
