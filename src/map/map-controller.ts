import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Sector, SiteFeature} from '../data/types.js';
import type {ClusterIndex} from './cluster-index.js';
import type {Basemap} from './basemap.js';
import type {CooperativeGestures, GestureHint} from './cooperative-gestures.js';
import type {LatLng, LatLngExpression, LeafletMap} from './leaflet.js';
import type {SiteMarkerLayer} from './marker-layer.js';
import type {StackList} from './marker-parts.js';
import {markerSector, sectorLooks} from './marker-style.js';
import {loadMapModules, loadOutline, type MapModules} from './map-modules.js';
import {ResizeController} from './resize-controller.js';
import type {TileSource} from './tile-presets.js';
import {prefersReducedMotion as reducedMotion} from '../ui/motion.js';

/** Where the map starts before any data: the Lille–Roubaix–Tourcoing conurbation. */
const METROPOLIS_VIEW = {center: [50.67, 3.11] as LatLngExpression, zoom: 11};
const MAX_FIT_ZOOM = 16;
/** Space kept between an opened site and the map's edges or the panel over it. */
const REVEAL_MARGIN = 40;
/** The least room (px) beside or above the panel in which an opened site's marker is shown. */
const REVEAL_ROOM = 48;
/** Fitting keeps markers clear of the controls column on the left. */
const FIT_PADDING = {paddingTopLeft: [48, 28] as [number, number], paddingBottomRight: [28, 28] as [number, number]};
/** Length of animated moves (none with prefers-reduced-motion). */
const MOVE_SECONDS = 0.5;

/** How the view was asked for: refitted whenever `key` changes (new data, new centre/zoom). */
export interface ViewRequest {
  readonly key: string;
  readonly center: [number, number] | null;
  readonly zoom: number | null;
}

/** Everything the map shows. The host pushes a whole scene after each update; the controller applies what changed. */
export interface MapScene {
  readonly tiles: TileSource;
  /** The visible sites, as the clustering index of the current filter (undefined: none yet). */
  readonly index: ClusterIndex | undefined;
  readonly siteById: ReadonlyMap<string, SiteFeature>;
  /** The sites a new view is fitted to. */
  readonly fitSites: readonly SiteFeature[];
  /** The taxonomy (colours and glyphs, by rank) and the selected sectors (which sector each marker shows). */
  readonly sectors: readonly Sector[];
  readonly selectedSectors: readonly string[];
  readonly selected: SiteFeature | undefined;
  /** Changes whenever the selected site must be brought into view (a new selection, or the same one opened again). */
  readonly revealKey: string;
  /** What covers part of the map (the details panel): an opened site is moved out from under it. */
  readonly covering: Element | null;
  readonly view: ViewRequest;
  /** Names a cluster from its size and a few of its sites' names, in the interface language. */
  readonly clusterLabel: (count: number, names: readonly string[]) => string;
  /** Wheel and one finger scroll the page; Ctrl/⌘ + wheel and two fingers move the map. */
  readonly cooperativeGestures: boolean;
}

/**
 * Owns the Leaflet map inside the host's shadow root: created when the host is connected and its
 * container rendered, removed (`map.remove()`) when disconnected, created again on re-insertion with
 * the view the visitor had. What the host renders around the map (gesture hint, basemap fallback, the
 * list of a crowded point) is read from here; a change requests a host update.
 */
export class MapController implements ReactiveController {
  /** The Leaflet map while connected. */
  map: LeafletMap | undefined;
  private markers: SiteMarkerLayer | undefined;
  private basemap: Basemap | undefined;
  private gestures: CooperativeGestures | undefined;
  private scene: MapScene | undefined;
  private applied: Partial<Record<'tiles' | 'view' | 'reveal', string>> & {index?: ClusterIndex; label?: unknown} = {};
  private viewPending = false;
  private savedView: {center: LatLng; zoom: number} | undefined;
  private leaflet: MapModules | undefined;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly container: () => HTMLElement | null,
    private readonly onActivate: (id: string) => void,
  ) {
    host.addController(this);
    new ResizeController(host, container, (size) => this.resized(size));
  }

  /** Settles once Leaflet has loaded and the last scene is drawn, basemap outline included (at once when it already is). */
  get drawn(): Promise<void> {
    return (this.loading ?? Promise.resolve()).then(() => this.basemap?.drawn);
  }

  /** Shows a scene: loads Leaflet and creates the map if needed, then applies only what differs from the last one. */
  show(scene: MapScene): void {
    this.scene = scene;
    if (!this.leaflet) {
      // No tiles: the outline is the basemap, fetched beside Leaflet rather than after it.
      if (!this.loading && scene.tiles.kind === 'none') loadOutline().catch(() => {});
      this.loading ??= loadMapModules().then(
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
    this.gestures?.destroy();
    // Leaflet 1.9 ends a zoom animation with a 250 ms timer that remove() does not cancel; the timer
    // then reads the removed panes and throws. Marking the animation over makes it a no-op.
    (this.map as unknown as {_animatingZoom: boolean})._animatingZoom = false;
    this.map.remove();
    this.map = undefined;
    this.markers = undefined;
    this.basemap = undefined;
    this.gestures = undefined;
    this.applied = {};
  }

  /** The button standing for a site on the map, when drawn on its own. */
  markerOf(id: string): HTMLButtonElement | undefined {
    return this.markers?.markerOf(id);
  }

  /** The hint to show over the map after a gesture that scrolled the page instead. */
  get gestureHint(): GestureHint | undefined {
    return this.gestures?.hint;
  }

  /** True when tiles failed to load and the communes outline took over. */
  get basemapFailed(): boolean {
    return this.basemap?.failed ?? false;
  }

  /** Sites of a fanned-out point that are listed rather than drawn. */
  get stackList(): StackList | undefined {
    return this.markers?.stackList;
  }

  listMoreOfStack(): void {
    this.markers?.listMore();
  }

  zoomBy(delta: 1 | -1): void {
    this.map?.setZoom(this.map.getZoom() + delta, {animate: !reducedMotion()});
  }

  /** Back to the view the map started with (fitted to the data, or the page's centre and zoom). */
  home(): void {
    if (this.map && this.scene) this.fit(this.scene, !reducedMotion());
  }

  private create(): void {
    const container = this.container();
    if (!container || !this.host.isConnected) return;
    const {L, Basemap, CooperativeGestures, SiteMarkerLayer} = this.leaflet!;
    this.map = L.map(container, {
      // Zoom buttons and credits are rendered by the element: translated, and no HTML strings.
      zoomControl: false,
      attributionControl: false,
      // Our ResizeObserver does this job; Leaflet's would add a listener (and a property) on window.
      trackResize: false,
      // Fitting to the data by quarter levels frames the sites tighter, so fewer of them merge.
      zoomSnap: 0.25,
      // Visitors who ask for less motion get a map that jumps instead of gliding.
      zoomAnimation: !reducedMotion(),
      fadeAnimation: !reducedMotion(),
      markerZoomAnimation: !reducedMotion(),
      center: this.savedView?.center ?? METROPOLIS_VIEW.center,
      zoom: this.savedView?.zoom ?? METROPOLIS_VIEW.zoom,
    });
    const update = () => this.host.requestUpdate();
    this.basemap = new Basemap(this.map, update);
    this.gestures = new CooperativeGestures(this.map, update);
    this.markers = new SiteMarkerLayer(this.map, {
      onActivate: this.onActivate,
      onStackListChange: update,
      clusterLabel: (count, names) => this.scene?.clusterLabel(count, names) ?? String(count),
      reducedMotion,
    });
    // Re-inserted: keep the visitor's view rather than fitting the data again.
    if (this.savedView && this.scene) this.applied.view = this.scene.view.key;
  }

  private apply(scene: MapScene): void {
    const map = this.map!;
    const markers = this.markers!;
    this.gestures!.setEnabled(scene.cooperativeGestures);
    const tilesKey = JSON.stringify(scene.tiles);
    if (tilesKey !== this.applied.tiles) {
      this.basemap!.setTiles(scene.tiles);
      map.setMaxZoom(scene.tiles.kind === 'raster' ? scene.tiles.maxZoom : 18);
      this.applied.tiles = tilesKey;
    }
    if (scene.view.key !== this.applied.view) {
      this.applied.view = scene.view.key;
      this.fit(scene);
    }
    const relabel = scene.clusterLabel !== this.applied.label;
    this.applied.label = scene.clusterLabel;
    if (scene.index && scene.index !== this.applied.index) {
      const {selectedSectors} = scene;
      markers.setSites({
        index: scene.index,
        siteById: scene.siteById,
        sectorOf: (site) => markerSector(site, selectedSectors),
        look: sectorLooks(scene.sectors),
      });
      this.applied.index = scene.index;
    } else if (relabel) {
      markers.relabel();
    }
    markers.setSelected(scene.selected?.id);
    if (scene.selected && scene.revealKey !== this.applied.reveal) this.reveal(scene.selected, scene.covering);
    this.applied.reveal = scene.revealKey;
  }

  /**
   * Brings a site's own marker into view: zoomed in until it leaves its cluster (or fanned out of its
   * point), and inside the part of the map the panel leaves visible.
   */
  private reveal(site: SiteFeature, covering: Element | null): void {
    const map = this.map!;
    const markers = this.markers!;
    const [lon, lat] = site.geometry.coordinates as [number, number];
    const plan = markers.revealPlan(site.id);
    const zoom = Math.max(map.getZoom(), plan.zoom ?? 0);
    const size = map.getSize();
    const box = map.getContainer().getBoundingClientRect();
    const panel = covering?.getBoundingClientRect();
    // A panel narrower than most of the map sits on its right; a wide one is a bottom sheet.
    const side = panel && panel.width < box.width * 0.7;
    const right = panel && side ? Math.max(0, box.right - panel.left) : 0;
    const bottom = panel && !side ? Math.max(0, box.bottom - panel.top) : 0;
    // The margin shrinks when the panel leaves little room; with no room at all, the whole map will do.
    const {L} = this.leaflet!;
    const room = L.point(size.x - right, size.y - bottom);
    const fits = room.x >= REVEAL_ROOM && room.y >= REVEAL_ROOM;
    const margin = (length: number) => Math.min(REVEAL_MARGIN, (length - REVEAL_ROOM) / 2 + 4);
    const free = fits
      ? L.bounds([margin(room.x), margin(room.y)], [room.x - margin(room.x), room.y - margin(room.y)])
      : L.bounds([0, 0], [size.x, size.y]);
    const at = map.latLngToContainerPoint([lat, lon]).add(plan.offset);
    if (zoom === map.getZoom() && free.contains(at)) {
      markers.settle();
      return;
    }
    // Put the marker in the middle of the free part of the map, at the zoom where it shows on its own.
    const shift = free.getCenter().subtract(size.divideBy(2)).subtract(plan.offset);
    const center = map.unproject(map.project([lat, lon], zoom).subtract(shift), zoom);
    if (reducedMotion()) map.setView(center, zoom, {animate: false});
    else if (zoom === map.getZoom()) map.panTo(center, {duration: MOVE_SECONDS});
    else map.flyTo(center, zoom, {duration: MOVE_SECONDS});
  }

  private fit({view, fitSites}: MapScene, animate = false): void {
    const map = this.map!;
    const size = map.getSize();
    // A hidden container has no size to fit into; fit once it gets one.
    this.viewPending = size.x === 0 || size.y === 0;
    if (this.viewPending) return;
    // Views the page asks for are set at once: an animation would swallow a visitor's first zoom.
    const options = {animate};
    if (view.center) {
      map.setView(view.center, view.zoom ?? Math.max(map.getZoom(), 14), options);
      return;
    }
    if (fitSites.length === 0) {
      map.setView(METROPOLIS_VIEW.center, view.zoom ?? METROPOLIS_VIEW.zoom, options);
      return;
    }
    // Min and max in one loop: a LatLng per site would cost a long task on a large dataset.
    let [south, west, north, east] = [90, 180, -90, -180];
    for (const {geometry} of fitSites) {
      const [lon, lat] = geometry.coordinates;
      south = Math.min(south, lat);
      north = Math.max(north, lat);
      west = Math.min(west, lon);
      east = Math.max(east, lon);
    }
    const bounds = this.leaflet!.L.latLngBounds([south, west], [north, east]);
    if (view.zoom !== null) map.setView(bounds.getCenter(), view.zoom, options);
    else map.fitBounds(bounds, {...FIT_PADDING, maxZoom: MAX_FIT_ZOOM, ...options});
  }

  private resized(size: DOMRectReadOnly): void {
    if (!this.map) return;
    // The centre stays where it was (a resized frame or a rotated phone still shows the same place).
    this.map.invalidateSize({pan: true, animate: false});
    if (this.viewPending && this.scene && size.width > 0 && size.height > 0) this.fit(this.scene);
  }
}
