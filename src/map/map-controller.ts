import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {SiteFeature} from '../data/types.js';
import type {LatLng, LatLngExpression, Layer, LeafletMap} from './leaflet.js';
import type {SiteMarkerLayer} from './marker-layer.js';
import {ResizeController} from './resize-controller.js';
import type {TileSource} from './tile-presets.js';

/**
 * Leaflet and the modules built on it, imported on first use: Leaflet reads `window` as it loads, so
 * importing the element (on a server, or before any map is shown) must not import it.
 */
const loadLeaflet = () =>
  Promise.all([import('./leaflet.js'), import('./basemap.js'), import('./marker-layer.js')]).then(
    ([{L}, {addCommunesOutline, createTileLayer}, {SiteMarkerLayer}]) => ({L, addCommunesOutline, createTileLayer, SiteMarkerLayer}),
  );
type LeafletModules = Awaited<ReturnType<typeof loadLeaflet>>;

/** Where the map starts before any data: the Lille–Roubaix–Tourcoing conurbation. */
const METROPOLIS_VIEW = {center: [50.67, 3.11] as LatLngExpression, zoom: 11};
const MAX_FIT_ZOOM = 16;
/** Space kept between an opened site and the map's edges or the panel over it. */
const REVEAL_MARGIN = 40;

/** How the view was asked for: refitted whenever `key` changes (new data, new centre/zoom). */
export interface ViewRequest {
  readonly key: string;
  readonly center: [number, number] | null;
  readonly zoom: number | null;
}

/** Everything the map shows. The host pushes a whole scene after each update; the controller applies what changed. */
export interface MapScene {
  readonly tiles: TileSource;
  readonly sites: readonly SiteFeature[];
  /** The sites a new view is fitted to. */
  readonly fitSites: readonly SiteFeature[];
  readonly colorOf: (site: SiteFeature) => string;
  readonly selected: SiteFeature | undefined;
  /** Changes whenever the selected site must be brought into view (a new selection, or the same one opened again). */
  readonly revealKey: string;
  /** What covers part of the map (the details panel): an opened site is moved out from under it. */
  readonly covering: Element | null;
  readonly view: ViewRequest;
  readonly clusterLabel: (count: number) => string;
}

/**
 * Owns the Leaflet map inside the host's shadow root: created when the host is connected and its
 * container rendered, removed (`map.remove()`) when disconnected, created again on re-insertion with
 * the view the visitor had.
 */
export class MapController implements ReactiveController {
  /** The Leaflet map while connected. */
  map: LeafletMap | undefined;
  private markers: SiteMarkerLayer | undefined;
  private tileLayer: Layer | null = null;
  private scene: MapScene | undefined;
  private applied: Partial<Record<'tiles' | 'view' | 'reveal', string>> & {sites?: readonly SiteFeature[]} = {};
  private viewPending = false;
  private savedView: {center: LatLng; zoom: number} | undefined;
  private leaflet: LeafletModules | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly container: () => HTMLElement | null,
    private readonly onActivate: (id: string) => void,
  ) {
    host.addController(this);
    new ResizeController(host, container, (size) => this.resized(size));
  }

  /** Settles once Leaflet has loaded and the last scene is drawn (at once when it already is). */
  get drawn(): Promise<void> {
    return this.loading ?? Promise.resolve();
  }

  /** Shows a scene: creates the map if needed, then applies only what differs from the last one. */
  show(scene: MapScene): void {
    this.scene = scene;
    if (!this.leaflet) {
      this.loading ??= loadLeaflet().then(
        (modules) => {
          this.leaflet = modules;
          if (this.scene) this.show(this.scene);
        },
        (error: unknown) => console.error('<ecosystem-map> the map could not be loaded:', error),
      );
      return;
    }
    if (!this.map) this.create();
    if (this.map) this.apply(scene);
  }

  hostConnected(): void {
    // On re-insertion no update may follow: draw the last scene again.
    if (this.scene) this.show(this.scene);
  }

  hostDisconnected(): void {
    if (!this.map) return;
    this.savedView = {center: this.map.getCenter(), zoom: this.map.getZoom()};
    this.markers?.destroy();
    // Leaflet 1.9 ends a zoom animation with a 250 ms timer that remove() does not cancel; the timer
    // then reads the removed panes and throws. Marking the animation over makes it a no-op.
    (this.map as unknown as {_animatingZoom: boolean})._animatingZoom = false;
    this.map.remove();
    this.map = undefined;
    this.markers = undefined;
    this.tileLayer = null;
    this.applied = {};
  }

  /** The button standing for a site on the map, when drawn on its own. */
  markerOf(id: string): HTMLButtonElement | undefined {
    return this.markers?.markerOf(id);
  }

  private create(): void {
    const container = this.container();
    if (!container || !this.host.isConnected) return;
    const leaflet = this.leaflet!;
    this.map = leaflet.L.map(container, {
      // Zoom buttons and credits are rendered by the element: translated, and no HTML strings.
      zoomControl: false,
      attributionControl: false,
      // Our ResizeObserver does this job; Leaflet's would add a listener (and a property) on window.
      trackResize: false,
      center: this.savedView?.center ?? METROPOLIS_VIEW.center,
      zoom: this.savedView?.zoom ?? METROPOLIS_VIEW.zoom,
    });
    leaflet.addCommunesOutline(this.map);
    this.markers = new leaflet.SiteMarkerLayer(this.map, {onActivate: this.onActivate});
    // Re-inserted: keep the visitor's view rather than fitting the data again.
    if (this.savedView && this.scene) this.applied.view = this.scene.view.key;
  }

  private apply(scene: MapScene): void {
    const map = this.map!;
    const tilesKey = JSON.stringify(scene.tiles);
    if (tilesKey !== this.applied.tiles) {
      this.tileLayer?.remove();
      this.tileLayer = this.leaflet!.createTileLayer(scene.tiles);
      this.tileLayer?.addTo(map);
      map.setMaxZoom(scene.tiles.kind === 'raster' ? scene.tiles.maxZoom : 18);
      this.applied.tiles = tilesKey;
    }
    if (scene.view.key !== this.applied.view) {
      this.applied.view = scene.view.key;
      this.fit(scene);
    }
    this.markers!.setClusterLabel(scene.clusterLabel);
    if (scene.sites !== this.applied.sites) {
      this.markers!.setSites(scene.sites, scene.colorOf);
      this.applied.sites = scene.sites;
    }
    this.markers!.setSelected(scene.selected?.id);
    if (scene.selected && scene.revealKey !== this.applied.reveal) this.reveal(scene.selected, scene.covering);
    this.applied.reveal = scene.revealKey;
  }

  /** Brings a site into view: out of its cluster, and inside the part of the map the panel leaves visible. */
  private reveal(site: SiteFeature, covering: Element | null): void {
    const map = this.map!;
    const [lon, lat] = site.geometry.coordinates as [number, number];
    const zoom = this.markers!.zoomToReveal(site.id);
    if (zoom !== undefined) map.setView([lat, lon], zoom, {animate: false});
    const box = map.getContainer().getBoundingClientRect();
    const panel = covering?.getBoundingClientRect();
    // A panel narrower than most of the map sits on its right; a wide one is a bottom sheet.
    const right = panel && panel.width < box.width * 0.7 ? box.right - panel.left : 0;
    const bottom = panel && panel.width >= box.width * 0.7 ? box.bottom - panel.top : 0;
    map.panInside([lat, lon], {
      paddingTopLeft: [REVEAL_MARGIN, REVEAL_MARGIN],
      paddingBottomRight: [right + REVEAL_MARGIN, bottom + REVEAL_MARGIN],
    });
  }

  private fit({view, fitSites}: MapScene): void {
    const map = this.map!;
    const size = map.getSize();
    // A hidden container has no size to fit into; fit once it gets one.
    this.viewPending = size.x === 0 || size.y === 0;
    if (this.viewPending) return;
    // Views the page asks for are set at once: an animation would swallow a visitor's first zoom.
    const instant = {animate: false};
    if (view.center) {
      map.setView(view.center, view.zoom ?? Math.max(map.getZoom(), 14), instant);
      return;
    }
    if (fitSites.length === 0) {
      map.setView(METROPOLIS_VIEW.center, view.zoom ?? METROPOLIS_VIEW.zoom, instant);
      return;
    }
    const bounds = this.leaflet!.L.latLngBounds(
      fitSites.map((site) => [site.geometry.coordinates[1], site.geometry.coordinates[0]] as [number, number]),
    );
    if (view.zoom !== null) map.setView(bounds.getCenter(), view.zoom, instant);
    else map.fitBounds(bounds, {padding: [28, 28], maxZoom: MAX_FIT_ZOOM, ...instant});
  }

  private resized(size: DOMRectReadOnly): void {
    if (!this.map) return;
    this.map.invalidateSize({pan: false});
    if (this.viewPending && this.scene && size.width > 0 && size.height > 0) this.fit(this.scene);
  }
}
