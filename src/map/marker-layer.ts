import type {SiteFeature} from '../data/types.js';
import type {ClusterIndex, ClusterPoint, MapItem} from './cluster-index.js';
import {L, type LeafletMap, type Marker, type Point} from './leaflet.js';
import {MARKER_SIZE, type SectorLook} from './marker-style.js';

/** At most this many sites of one point fan out; the others are listed (see {@link StackList}). */
export const FAN_LIMIT = 16;
/** Up to this many sites, markers are drawn for the whole set rather than around the view. */
const DRAW_WHOLE_UP_TO = 500;
/** Sites of a point listed per page beyond the fan. */
const LIST_PAGE = 50;
/** How far the fan's rings sit from their centre, in pixels: markers on them never touch. */
const FAN_RINGS = [40, 74] as const;
const FAN_RING_SIZE = 8;
/** Stacking above Leaflet's latitude order: fanned-out sites over their neighbours, the selected one over all. */
const Z_FAN = 2000;
const Z_SELECTED = 3000;

/** A site's marker, as the layer needs it drawn. */
export interface MarkerSites {
  /** Which of the visible sites merge, at any zoom (one per filter, over the dataset's hierarchy). */
  readonly index: ClusterIndex;
  readonly siteById: ReadonlyMap<string, SiteFeature>;
  /** The sector each marker shows. */
  readonly sectorOf: (site: SiteFeature) => string;
  readonly look: (sector: string) => SectorLook;
}

/** The sites of a fanned-out point that did not fit in the fan. */
export interface StackList {
  readonly sites: readonly SiteFeature[];
  /** How many more are not listed yet. */
  readonly remaining: number;
}

export interface MarkerLayerOptions {
  /** A visitor activated a site's marker (click, Enter or Space). */
  onActivate(id: string): void;
  /** The list of a fanned-out point appeared, grew or went away. */
  onStackListChange(): void;
  /** Names a cluster for screen readers from its size and a few of its sites' names. */
  clusterLabel(count: number, names: readonly string[]): string;
  /** Whether moves are instant (prefers-reduced-motion). */
  reducedMotion(): boolean;
}

/** What is drawn for one map item. */
interface Placed {
  readonly item: MapItem;
  readonly marker: Marker;
  readonly button: HTMLButtonElement;
}

interface Fan {
  readonly cluster: ClusterPoint;
  readonly ids: readonly string[];
  listed: SiteFeature[];
  remaining: number;
}

type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
const DIRECTIONS: Record<Direction, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/**
 * Draws the visible sites as buttons on the map: alone where their markers do not overlap, merged into
 * clusters where they would (at every dataset size), fanned out where several share one point. Markers
 * are diffed by key across redraws so keyboard focus survives panning and zooming. The map is one tab
 * stop: one marker (or cluster) carries tabindex 0, arrows move between them.
 */
export class SiteMarkerLayer {
  private readonly placed = new Map<string, Placed>();
  private index: ClusterIndex | undefined;
  private input: MarkerSites | undefined;
  private siteById: ReadonlyMap<string, SiteFeature> = new Map();
  private selected: string | undefined;
  /** The marker or cluster that is the map's tab stop. */
  private active: string | undefined;
  private fan: Fan | undefined;
  /** A point to fan out once it is drawn (after a move that reveals a site). */
  private pendingFan: {cluster: ClusterPoint; first: string} | undefined;
  private readonly redraw = () => this.render();
  private readonly closeFan = () => this.setFan(undefined);

  constructor(
    private readonly map: LeafletMap,
    private readonly options: MarkerLayerOptions,
  ) {
    map.on('moveend', this.redraw);
    map.on('zoomstart click', this.closeFan);
  }

  /** Draws another set of sites (another filter): every marker is drawn anew, for the new counts. */
  setSites(input: MarkerSites): void {
    this.input = input;
    this.index = input.index;
    this.siteById = input.siteById;
    this.redrawAll();
  }

  setSelected(id: string | undefined): void {
    const before = this.selected;
    this.selected = id;
    for (const key of [before, id]) {
      const placed = key === undefined ? undefined : this.placedSite(key);
      if (placed) this.decorateSelected(placed);
    }
  }

  /** Names clusters again (the interface language changed). */
  relabel(): void {
    for (const {item, button} of this.placed.values()) {
      if (item.kind === 'cluster') button.setAttribute('aria-label', this.clusterName(item));
    }
  }

  /** The button that stands for a site right now, if it is drawn on its own. */
  markerOf(id: string): HTMLButtonElement | undefined {
    return this.placedSite(id)?.button;
  }

  /**
   * How to bring a site's own marker into sight: the zoom at which it is drawn on its own (undefined:
   * it already is, or it is not shown), and where its marker sits from its point (fanned out).
   */
  revealPlan(id: string): {zoom: number | undefined; offset: Point} {
    const placed = this.placedSite(id);
    if (placed || !this.index) {
      const offset = placed
        ? this.screenPoint(placed).subtract(this.map.latLngToContainerPoint([placed.item.lat, placed.item.lon]))
        : L.point(0, 0);
      return {zoom: undefined, offset};
    }
    const reveal = this.index.revealZoom(id, this.map.getZoom(), this.map.getMaxZoom());
    if (!reveal) return {zoom: undefined, offset: L.point(0, 0)};
    const fanOut = reveal.fanOut;
    this.pendingFan = fanOut ? {cluster: fanOut, first: id} : undefined;
    const ids = fanOut ? this.fanIds(fanOut, id) : [];
    return {zoom: reveal.zoom, offset: L.point(fanOut ? fanOffset(ids.indexOf(id), ids.length) : [0, 0])};
  }

  /** Applies a fan-out asked for by {@link zoomToReveal} when no move was needed. */
  settle(): void {
    this.render();
  }

  /** The sites of the fanned-out point that are listed rather than drawn. */
  get stackList(): StackList | undefined {
    const fan = this.fan;
    return fan && fan.listed.length ? {sites: fan.listed, remaining: fan.remaining} : undefined;
  }

  /** Lists the next page of a fanned-out point's sites. */
  listMore(): void {
    const fan = this.fan;
    if (!fan || !this.index || fan.remaining === 0) return;
    const next = this.index.leaves(fan.cluster, LIST_PAGE, FAN_LIMIT + fan.listed.length);
    fan.listed = [...fan.listed, ...this.sitesOf(next, fan.ids)];
    fan.remaining = Math.max(0, fan.cluster.count - FAN_LIMIT - fan.listed.length);
    this.options.onStackListChange();
  }

  destroy(): void {
    this.map.off('moveend', this.redraw);
    this.map.off('zoomstart click', this.closeFan);
    this.clearAll();
  }

  private redrawAll(): void {
    // Counts and colours differ under another filter: draw everything anew.
    const hadList = Boolean(this.stackList);
    this.fan = undefined;
    this.pendingFan = undefined;
    if (hadList) this.options.onStackListChange();
    this.clearAll();
    this.render();
  }

  private render(): void {
    const index = this.index;
    if (!index) return;
    // Small sets are drawn whole, off-screen too; large ones only around the view.
    const bounds = index.size <= DRAW_WHOLE_UP_TO ? L.latLngBounds([-85, -180], [85, 180]) : this.map.getBounds().pad(0.25);
    const items = index.query([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], this.map.getZoom());
    const wanted = new Map<string, {item: MapItem; offset?: [number, number]}>();
    for (const item of items) wanted.set(item.key, {item});
    const pending = this.pendingFan;
    if (pending && wanted.has(pending.cluster.key)) {
      this.pendingFan = undefined;
      this.setFan(pending.cluster, pending.first, false);
      return;
    }
    const fan = this.fan;
    if (fan && !wanted.has(fan.cluster.key)) this.fan = undefined;
    if (this.fan) {
      const {lon, lat} = this.fan.cluster;
      this.fan.ids.forEach((id, i) =>
        wanted.set(`fan:${id}`, {
          item: {kind: 'site', key: `fan:${id}`, id, lon, lat},
          offset: fanOffset(i, this.fan!.ids.length),
        }),
      );
    }
    if (fan && !this.fan) this.options.onStackListChange();

    const root = this.map.getContainer().getRootNode() as Document | ShadowRoot;
    let lostFocus: {lat: number; lon: number} | undefined;
    for (const [key, placed] of this.placed) {
      if (wanted.has(key)) continue;
      if (root.activeElement === placed.button) lostFocus = {lat: placed.item.lat, lon: placed.item.lon};
      placed.marker.remove();
      this.placed.delete(key);
    }
    for (const [key, {item, offset}] of wanted) {
      if (!this.placed.has(key)) this.placed.set(key, this.place(item, offset));
    }
    this.updateTabStop(lostFocus);
  }

  private place(item: MapItem, offset?: [number, number]): Placed {
    const button = document.createElement('button');
    button.type = 'button';
    button.tabIndex = -1;
    const element = offset ? fanElement(button, offset) : button;
    const icon = L.divIcon({html: element, className: 'marker-anchor', iconSize: [0, 0], iconAnchor: [0, 0]});
    // Leaflet's icon div is a zero-size anchor at the point, inert: the button inside carries the semantics.
    const marker = L.marker([item.lat, item.lon], {icon, interactive: false, keyboard: false, zIndexOffset: offset ? Z_FAN : 0});
    const placed: Placed = {item, marker, button};
    if (item.kind === 'site') this.dressSite(button, item.id);
    else this.dressCluster(button, item);
    button.addEventListener('keydown', (event) => this.onKey(event, placed));
    activateOnPress(button, () => {
      this.active = item.key;
      this.updateTabStop();
      button.focus({preventScroll: true});
      if (item.kind === 'site') this.options.onActivate(item.id);
      else this.openCluster(item);
    });
    marker.addTo(this.map);
    if (item.kind === 'site') this.decorateSelected(placed);
    return placed;
  }

  private dressSite(button: HTMLButtonElement, id: string): void {
    const site = this.siteById.get(id)!;
    const {sectorOf, look} = this.input!;
    const {color, glyph} = look(sectorOf(site));
    button.className = 'marker';
    button.setAttribute('part', 'marker');
    button.dataset['siteId'] = id;
    button.dataset['glyph'] = glyph;
    button.setAttribute('aria-label', site.properties.name);
    button.title = site.properties.name;
    button.style.setProperty('--_marker-color', color);
    const shape = document.createElement('span');
    shape.className = 'glyph';
    shape.setAttribute('aria-hidden', 'true');
    button.append(shape);
  }

  private dressCluster(button: HTMLButtonElement, cluster: ClusterPoint): void {
    button.className = 'cluster';
    button.setAttribute('part', 'cluster');
    button.textContent = String(cluster.count);
    button.setAttribute('aria-label', this.clusterName(cluster));
    if (cluster.stack) button.setAttribute('aria-expanded', String(this.fan?.cluster.key === cluster.key));
    if (cluster.sector) button.style.setProperty('--_marker-color', this.input!.look(cluster.sector).color);
    else button.dataset['mixed'] = '';
    button.style.setProperty('--_cluster-size', `${Math.round(34 + 6 * Math.log10(cluster.count))}px`);
  }

  private clusterName(cluster: ClusterPoint): string {
    const names = this.index!.leaves(cluster, 3).map((id) => this.siteById.get(id)?.properties.name ?? id);
    return this.options.clusterLabel(cluster.count, names);
  }

  /** Pressing a cluster zooms to where it splits; a cluster no zoom can split fans out (or folds back). */
  private openCluster(cluster: ClusterPoint): void {
    const zoom = this.index!.expansionZoom(cluster);
    if (zoom > this.map.getMaxZoom()) {
      this.setFan(this.fan?.cluster.key === cluster.key ? undefined : cluster);
      return;
    }
    this.map.setView([cluster.lat, cluster.lon], zoom, {animate: !this.options.reducedMotion()});
  }

  /** Fans a point's sites out around it (at most {@link FAN_LIMIT}, `first` among them), or folds it back. */
  private setFan(cluster: ClusterPoint | undefined, first?: string, pan = true): void {
    if (!cluster && !this.fan) return;
    const index = this.index!;
    if (cluster) {
      const ids = this.fanIds(cluster, first);
      const listed = this.sitesOf(index.leaves(cluster, LIST_PAGE, FAN_LIMIT), ids);
      this.fan = {cluster, ids, listed, remaining: Math.max(0, cluster.count - FAN_LIMIT - listed.length)};
    } else {
      this.fan = undefined;
    }
    for (const placed of this.placed.values()) {
      if (placed.item.kind === 'cluster' && placed.item.stack)
        placed.button.setAttribute('aria-expanded', String(placed.item.key === cluster?.key));
    }
    this.render();
    this.options.onStackListChange();
    if (cluster && pan) {
      const reach = FAN_RINGS[cluster.count > FAN_RING_SIZE ? 1 : 0] + MARKER_SIZE;
      this.map.panInside([cluster.lat, cluster.lon], {padding: [reach, reach], animate: !this.options.reducedMotion()});
    }
  }

  /** The sites that fan out of a point: the first {@link FAN_LIMIT}, with `first` among them. */
  private fanIds(cluster: ClusterPoint, first?: string): string[] {
    const ids = this.index!.leaves(cluster, FAN_LIMIT);
    if (first && !ids.includes(first)) {
      ids.splice(FAN_LIMIT - 1, 1);
      ids.unshift(first);
    }
    return ids;
  }

  private sitesOf(ids: readonly string[], except: readonly string[]): SiteFeature[] {
    return ids.filter((id) => !except.includes(id)).map((id) => this.siteById.get(id)!);
  }

  private placedSite(id: string): Placed | undefined {
    return this.placed.get(`site:${id}`) ?? this.placed.get(`fan:${id}`);
  }

  private decorateSelected({item, marker, button}: Placed): void {
    const selected = item.kind === 'site' && item.id === this.selected;
    button.toggleAttribute('aria-current', selected);
    if (selected) button.setAttribute('aria-current', 'true');
    marker.setZIndexOffset(selected ? Z_SELECTED : item.key.startsWith('fan:') ? Z_FAN : 0);
  }

  /**
   * Keeps exactly one tab stop in the map: the active marker if drawn, else the selected site's, else
   * the one nearest the centre (or where focus was, when its marker just went away); with no marker in
   * view the map container itself is the stop (its arrows pan).
   */
  private updateTabStop(lostFocus?: {lat: number; lon: number}): void {
    const visible = [...this.placed.values()].filter((placed) => this.inView(placed));
    let active = this.active === undefined ? undefined : this.placed.get(this.active);
    if (lostFocus || !active || !this.inView(active)) {
      const selected = this.selected === undefined ? undefined : this.placedSite(this.selected);
      const target = lostFocus ? this.map.latLngToContainerPoint([lostFocus.lat, lostFocus.lon]) : this.map.getSize().divideBy(2);
      active =
        !lostFocus && selected && this.inView(selected)
          ? selected
          : nearest(visible, target, (placed) => this.screenPoint(placed));
    }
    this.active = active?.item.key;
    for (const placed of this.placed.values()) placed.button.tabIndex = placed === active ? 0 : -1;
    this.map.getContainer().tabIndex = active ? -1 : 0;
    if (lostFocus) (active?.button ?? this.map.getContainer()).focus({preventScroll: true});
  }

  private onKey(event: KeyboardEvent, from: Placed): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key in DIRECTIONS) {
      event.preventDefault();
      event.stopPropagation();
      this.move(from, DIRECTIONS[event.key as Direction]);
    } else if (event.key === '+' || event.key === '=' || event.key === '-') {
      event.preventDefault();
      event.stopPropagation();
      this.map.setZoom(this.map.getZoom() + (event.key === '-' ? -1 : 1), {animate: !this.options.reducedMotion()});
    } else if (event.key === 'Escape' && this.fan) {
      event.stopPropagation();
      const centre = this.placed.get(this.fan.cluster.key);
      this.setFan(undefined);
      centre?.button.focus({preventScroll: true});
    }
  }

  /** Focuses the nearest marker or cluster in a direction; with none that way, pans the map that way. */
  private move(from: Placed, [dx, dy]: [number, number]): void {
    const origin = this.screenPoint(from);
    let best: Placed | undefined;
    let bestScore = Infinity;
    for (const placed of this.placed.values()) {
      if (placed === from || !this.inView(placed)) continue;
      const point = this.screenPoint(placed);
      const along = (point.x - origin.x) * dx + (point.y - origin.y) * dy;
      const across = Math.abs((point.x - origin.x) * dy - (point.y - origin.y) * dx);
      // Within 60° either side of the arrow; straight ahead wins over closer but sideways.
      if (along <= 0 || across > along * 1.75) continue;
      const score = along + 2 * across;
      if (score < bestScore) [best, bestScore] = [placed, score];
    }
    if (best) {
      this.active = best.item.key;
      this.updateTabStop();
      best.button.focus({preventScroll: true});
      return;
    }
    const size = this.map.getSize();
    this.map.panBy([(dx * size.x) / 3, (dy * size.y) / 3], {animate: !this.options.reducedMotion()});
  }

  private screenPoint(placed: Placed): Point {
    const rect = placed.button.getBoundingClientRect();
    const box = this.map.getContainer().getBoundingClientRect();
    return L.point(rect.left + rect.width / 2 - box.left, rect.top + rect.height / 2 - box.top);
  }

  private inView(placed: Placed): boolean {
    const {x, y} = this.screenPoint(placed);
    const size = this.map.getSize();
    return x >= 0 && y >= 0 && x <= size.x && y <= size.y;
  }

  private clearAll(): void {
    for (const {marker} of this.placed.values()) marker.remove();
    this.placed.clear();
  }
}

function nearest<T>(items: readonly T[], target: Point, pointOf: (item: T) => Point): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = pointOf(item).distanceTo(target);
    if (distance < bestDistance) [best, bestDistance] = [item, distance];
  }
  return best;
}

/** Where the i-th of n fanned-out sites sits: one ring of up to eight, then a wider one offset by half a step. */
function fanOffset(i: number, n: number): [number, number] {
  const ring = i < FAN_RING_SIZE ? 0 : 1;
  const onRing = ring === 0 ? Math.min(n, FAN_RING_SIZE) : n - FAN_RING_SIZE;
  const step = (2 * Math.PI) / onRing;
  const angle = -Math.PI / 2 + (i - ring * FAN_RING_SIZE) * step + ring * (step / 2);
  const radius = FAN_RINGS[ring];
  return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
}

/** A fanned-out marker: a leg from the shared point to the button, which sits at the leg's end. */
function fanElement(button: HTMLButtonElement, [dx, dy]: [number, number]): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'fan';
  const leg = document.createElement('span');
  leg.className = 'fan-leg';
  leg.style.setProperty('--_leg-length', `${Math.hypot(dx, dy)}px`);
  leg.style.setProperty('--_leg-angle', `${Math.atan2(dy, dx)}rad`);
  button.style.setProperty('--_marker-dx', `${dx}px`);
  button.style.setProperty('--_marker-dy', `${dy}px`);
  wrapper.append(leg, button);
  return wrapper;
}

/**
 * Calls `action` on click or keyboard activation, but not at the end of a map drag that started on
 * the button (the pointer moved more than a few pixels).
 */
function activateOnPress(button: HTMLButtonElement, action: () => void): void {
  let down: {x: number; y: number} | undefined;
  button.addEventListener('pointerdown', (event) => (down = {x: event.clientX, y: event.clientY}));
  button.addEventListener('click', (event) => {
    const dragged = down && event.detail > 0 && Math.hypot(event.clientX - down.x, event.clientY - down.y) > 6;
    down = undefined;
    event.stopPropagation();
    if (!dragged) action();
  });
}
