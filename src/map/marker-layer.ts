import type {SiteFeature} from '../data/types.js';
import type {ClusterIndex, ClusterPoint, MapItem} from './cluster-index.js';
import {L, type LeafletMap, type Point} from './leaflet.js';
import {
  activateOnPress,
  DIRECTIONS,
  fanOffset,
  fanReach,
  isInside,
  markerAt,
  DRAW_WHOLE_UP_TO,
  FAN_LIMIT,
  LIST_PAGE,
  Z_FAN,
  Z_SELECTED,
  dressClusterButton,
  dressSiteButton,
  inDirection,
  nearest,
  type Direction,
  type Fan,
  type MarkerLayerOptions,
  type MarkerSites,
  type Placed,
  type StackList,
} from './marker-parts.js';
import {MARKER_SIZE} from './marker-style.js';

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
  /** Set by a new filter: markers kept from the last one are dressed again (counts, colours, places). */
  private restyle = false;
  private readonly redraw = () => this.render();
  private readonly closeFan = () => this.setFan(undefined);

  constructor(
    private readonly map: LeafletMap,
    private readonly options: MarkerLayerOptions,
  ) {
    map.on('moveend', this.redraw);
    map.on('zoomstart click', this.closeFan);
  }

  /**
   * Draws another set of sites (another filter): markers are diffed by key against those drawn, so only
   * what appears or goes is created or removed; the markers kept get their new count, colour and place.
   */
  setSites(input: MarkerSites): void {
    this.input = input;
    this.index = input.index;
    this.siteById = input.siteById;
    const hadList = Boolean(this.stackList);
    this.fan = undefined;
    this.pendingFan = undefined;
    if (hadList) this.options.onStackListChange();
    this.restyle = true;
    this.render();
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
    if (placed || !this.index) return {zoom: undefined, offset: L.point(placed?.offset ?? [0, 0])};
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
    for (const {marker} of this.placed.values()) marker.remove();
    this.placed.clear();
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
      const placed = this.placed.get(key);
      if (!placed) this.placed.set(key, this.place(item, offset));
      else if (this.restyle) this.restyleItem(placed, item);
    }
    this.restyle = false;
    this.updateTabStop(lostFocus);
  }

  private place(item: MapItem, offset?: [number, number]): Placed {
    const {marker, button} = markerAt(item, offset);
    const placed: Placed = {item, marker, button, offset: offset ?? [0, 0]};
    if (item.kind === 'site') this.dressSite(button, item.id);
    else this.dressCluster(button, item);
    button.addEventListener('keydown', (event) => this.onKey(event, placed));
    activateOnPress(button, () => {
      // Read at the press: a new filter may have changed the item since the marker was placed.
      const pressed = placed.item;
      this.active = pressed.key;
      this.updateTabStop();
      button.focus({preventScroll: true});
      if (pressed.kind === 'site') this.options.onActivate(pressed.id);
      else this.openCluster(pressed);
    });
    marker.addTo(this.map);
    if (item.kind === 'site') this.decorateSelected(placed);
    return placed;
  }

  /** The same key under a new filter: a site may change colour; a cluster its count, colour and centre. */
  private restyleItem(placed: Placed, item: MapItem): void {
    const before = placed.item;
    placed.item = item;
    if (before.lat !== item.lat || before.lon !== item.lon) placed.marker.setLatLng([item.lat, item.lon]);
    if (item.kind === 'site') this.dressSite(placed.button, item.id);
    else this.dressCluster(placed.button, item);
  }

  private dressSite(button: HTMLButtonElement, id: string): void {
    const site = this.siteById.get(id)!;
    dressSiteButton(button, site, this.input!.look(this.input!.sectorOf(site)));
  }

  private dressCluster(button: HTMLButtonElement, cluster: ClusterPoint): void {
    const color = cluster.sector ? this.input!.look(cluster.sector).color : undefined;
    dressClusterButton(button, cluster, this.clusterName(cluster), color);
    if (cluster.stack) button.setAttribute('aria-expanded', String(this.fan?.cluster.key === cluster.key));
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
      const reach = fanReach(cluster.count) + MARKER_SIZE;
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
    const candidates = [...this.placed.values()].filter((placed) => placed !== from && this.inView(placed));
    const best = inDirection(candidates, this.screenPoint(from), (placed) => this.screenPoint(placed), [dx, dy]);
    if (best) {
      this.active = best.item.key;
      this.updateTabStop();
      best.button.focus({preventScroll: true});
      return;
    }
    const size = this.map.getSize();
    this.map.panBy([(dx * size.x) / 3, (dy * size.y) / 3], {animate: !this.options.reducedMotion()});
  }

  /** Computed from the map's projection, not read from the DOM: reading would force a layout per redraw. */
  private screenPoint({item, offset}: Placed): Point {
    return this.map.latLngToContainerPoint([item.lat, item.lon]).add(offset);
  }

  private inView(placed: Placed): boolean {
    return isInside(this.screenPoint(placed), this.map.getSize());
  }
}
