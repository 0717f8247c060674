import Supercluster from 'supercluster';
import type {SiteFeature} from '../data/types.js';
import {L, type LeafletMap, type Marker} from './leaflet.js';

/** Above this many visible sites, nearby markers merge into clusters. */
const CLUSTER_THRESHOLD = 150;

/** Clusters are computed up to this zoom; beyond it every site is drawn on its own. */
const CLUSTER_MAX_ZOOM = 17;
/** Sites sharing a point (one building, several organisations) fan out on a circle this wide. */
const FAN_RADIUS = 14;

export interface MarkerLayerOptions {
  /** A visitor activated a site's marker (click, Enter or Space). */
  onActivate(id: string): void;
}

/** A marker's visual: Leaflet positions it, our button inside is what visitors see, focus and press. */
interface Placed {
  marker: Marker;
  button: HTMLButtonElement;
}

/**
 * Draws the visible sites as focusable buttons on the map, or, for large sets, as clusters computed by
 * supercluster for the current view. Markers are diffed by key across redraws so keyboard focus survives
 * panning and zooming.
 */
export class SiteMarkerLayer {
  private readonly placed = new Map<string, Placed>();
  private sites: readonly SiteFeature[] = [];
  private siteById = new Map<string, SiteFeature>();
  /** Fan-out of co-located sites, computed once per set of sites, not on every redraw. */
  private offsets = new Map<string, [number, number]>();
  private colorOf: (site: SiteFeature) => string = () => '';
  private clusters: Supercluster<{id: string}> | undefined;
  private selected: string | undefined;
  private clusterLabel: (count: number) => string = String;
  private readonly redraw = () => this.render();

  constructor(
    private readonly map: LeafletMap,
    private readonly options: MarkerLayerOptions,
  ) {
    map.on('moveend zoomend', this.redraw);
  }

  setSites(sites: readonly SiteFeature[], colorOf: (site: SiteFeature) => string): void {
    this.sites = sites;
    this.siteById = new Map(sites.map((site) => [site.id, site]));
    this.offsets = fanOutOffsets(sites);
    this.colorOf = colorOf;
    this.clusters = undefined;
    if (sites.length > CLUSTER_THRESHOLD) {
      this.clusters = new Supercluster<{id: string}>({radius: 50, maxZoom: CLUSTER_MAX_ZOOM}).load(
        sites.map((site) => ({type: 'Feature', geometry: site.geometry, properties: {id: site.id}})),
      );
    }
    this.clearAll();
    this.render();
  }

  setSelected(id: string | undefined): void {
    this.selected = id;
    for (const [key, {button}] of this.placed) {
      if (key.startsWith('site:')) button.toggleAttribute('aria-current', key === `site:${id}`);
    }
  }

  /** Names clusters in the interface language; existing ones are renamed in place. */
  setClusterLabel(label: (count: number) => string): void {
    if (label === this.clusterLabel) return;
    this.clusterLabel = label;
    for (const [key, {button}] of this.placed) {
      if (key.startsWith('cluster:')) button.setAttribute('aria-label', label(Number(button.textContent)));
    }
  }

  /** The button that stands for a site right now, if it is drawn on its own. */
  markerOf(id: string): HTMLButtonElement | undefined {
    return this.placed.get(`site:${id}`)?.button;
  }

  /** The zoom at which a site leaves its cluster, or undefined when it is already drawn on its own. */
  zoomToReveal(id: string): number | undefined {
    if (!this.clusters || this.markerOf(id)) return undefined;
    return CLUSTER_MAX_ZOOM + 1;
  }

  destroy(): void {
    this.map.off('moveend zoomend', this.redraw);
    this.clearAll();
  }

  private render(): void {
    const wanted = new Map<string, () => Placed>();
    if (this.clusters) {
      const bounds = this.map.getBounds().pad(0.25);
      const bbox: [number, number, number, number] = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()];
      for (const item of this.clusters.getClusters(bbox, Math.round(this.map.getZoom()))) {
        const [lon, lat] = item.geometry.coordinates as [number, number];
        if ('cluster' in item.properties && item.properties.cluster) {
          const {cluster_id: clusterId, point_count: count} = item.properties;
          wanted.set(`cluster:${clusterId}:${count}`, () => this.placeCluster(clusterId, count, lat, lon));
        } else {
          const site = this.siteById.get((item.properties as {id: string}).id);
          if (site) wanted.set(`site:${site.id}`, () => this.placeSite(site, [0, 0]));
        }
      }
    } else {
      for (const site of this.sites) wanted.set(`site:${site.id}`, () => this.placeSite(site, this.offsets.get(site.id) ?? [0, 0]));
    }
    for (const [key, placed] of this.placed) {
      if (!wanted.has(key)) {
        placed.marker.remove();
        this.placed.delete(key);
      }
    }
    for (const [key, place] of wanted) {
      if (!this.placed.has(key)) this.placed.set(key, place());
    }
    this.setSelected(this.selected);
  }

  private placeSite(site: SiteFeature, [dx, dy]: [number, number]): Placed {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'marker';
    button.setAttribute('part', 'marker');
    button.dataset['siteId'] = site.id;
    button.setAttribute('aria-label', site.properties.name);
    button.title = site.properties.name;
    button.style.setProperty('--_marker-color', this.colorOf(site));
    activateOnPress(button, () => this.options.onActivate(site.id));
    button.style.setProperty('--_marker-dx', `${dx}px`);
    button.style.setProperty('--_marker-dy', `${dy}px`);
    const [lon, lat] = site.geometry.coordinates as [number, number];
    return {button, marker: this.addMarker(button, lat, lon)};
  }

  private placeCluster(clusterId: number, count: number, lat: number, lon: number): Placed {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cluster';
    button.setAttribute('part', 'cluster');
    button.textContent = String(count);
    button.setAttribute('aria-label', this.clusterLabel(count));
    button.style.setProperty('--_cluster-size', `${Math.round(28 + 8 * Math.log10(count))}px`);
    activateOnPress(button, () => {
      const zoom = Math.min(this.clusters!.getClusterExpansionZoom(clusterId), this.map.getMaxZoom());
      this.map.setView([lat, lon], zoom);
    });
    return {button, marker: this.addMarker(button, lat, lon)};
  }

  private addMarker(element: HTMLElement, lat: number, lon: number): Marker {
    // Leaflet's own icon div is a zero-size anchor at the point, inert (no tab stop, no role): the
    // button inside, centred on it by CSS, carries the semantics.
    const icon = L.divIcon({html: element, className: 'marker-anchor', iconSize: [0, 0], iconAnchor: [0, 0]});
    return L.marker([lat, lon], {icon, interactive: false, keyboard: false}).addTo(this.map);
  }

  private clearAll(): void {
    for (const {marker} of this.placed.values()) marker.remove();
    this.placed.clear();
  }
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

/** Pixel offsets that fan out sites sharing the same coordinates, so each stays reachable. */
function fanOutOffsets(sites: readonly SiteFeature[]): Map<string, [number, number]> {
  const groups = new Map<string, string[]>();
  for (const site of sites) {
    const [lon, lat] = site.geometry.coordinates as [number, number];
    const key = `${lat.toFixed(5)},${lon.toFixed(5)}`;
    const group = groups.get(key);
    if (group) group.push(site.id);
    else groups.set(key, [site.id]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    ids.forEach((id, i) => {
      const angle = (2 * Math.PI * i) / ids.length - Math.PI / 2;
      offsets.set(id, [Math.round(FAN_RADIUS * Math.cos(angle)), Math.round(FAN_RADIUS * Math.sin(angle))]);
    });
  }
  return offsets;
}
