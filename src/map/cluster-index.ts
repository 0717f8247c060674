import type {Bbox, ClusterHierarchy} from './cluster-hierarchy.js';

/** One site drawn on its own. */
export interface SitePoint {
  readonly kind: 'site';
  readonly key: string;
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
}

/**
 * Several sites drawn as one: nearby sites merged at this zoom, or a stack of sites sharing one point
 * (which no zoom can separate: it fans out instead).
 */
export interface ClusterPoint {
  readonly kind: 'cluster';
  readonly key: string;
  /** The hierarchy's cluster (for a stack: its spot, the same at every zoom). */
  readonly ref: number;
  readonly count: number;
  readonly lon: number;
  readonly lat: number;
  /** The sector all its sites show, or '' when they differ. */
  readonly sector: string;
  /** True for sites sharing one point. */
  readonly stack: boolean;
}

export type MapItem = SitePoint | ClusterPoint;

/** The dataset's columns the index reads: ids and positions, in dataset order. */
export interface IndexedColumns {
  readonly ids: readonly string[];
  readonly lon: ArrayLike<number>;
  readonly lat: ArrayLike<number>;
  indexOf(id: string): number | undefined;
}

/** What a filter shows: one byte per site, and each site's colour as an index into `sectorIds`. */
export interface IndexFilter {
  readonly visible: Uint8Array;
  readonly tint: ArrayLike<number>;
  readonly sectorIds: readonly string[];
}

/**
 * Which sites are drawn alone and which merge, for a bounding box and a zoom: the one place that knows
 * the clustering strategy, kept apart from the DOM. It reads a {@link ClusterHierarchy} built once per
 * dataset under one filter's mask, so a new filter is a new (cheap) index, never a new hierarchy.
 */
export class ClusterIndex {
  /** How many sites show. */
  readonly size: number;

  constructor(
    private readonly hierarchy: ClusterHierarchy,
    private readonly columns: IndexedColumns,
    private readonly filter: IndexFilter,
    /** How many sites `filter.visible` shows, when the caller already knows (saves a pass). */
    size?: number,
  ) {
    if (size === undefined) {
      size = 0;
      for (const shown of filter.visible) size += shown;
    }
    this.size = size;
  }

  /** Screen pixels within which sites merge, for searches around a point. */
  get radius(): number {
    return this.hierarchy.radius;
  }

  /** What to draw in a bounding box (west, south, east, north in degrees) at a zoom (quarter levels). */
  query(bbox: Bbox, zoom: number): MapItem[] {
    const {visible, tint, sectorIds} = this.filter;
    const {ids, lon, lat} = this.columns;
    const found = this.hierarchy.query(bbox, zoom, visible, tint);
    const items: MapItem[] = found.sites.map((site) => ({
      kind: 'site',
      key: `site:${ids[site]}`,
      id: ids[site],
      lon: lon[site],
      lat: lat[site],
    }));
    for (const cluster of found.clusters) {
      const spot = cluster.stack ? cluster.id : this.spotOf(cluster.id, cluster.count);
      items.push({
        kind: 'cluster',
        key: spot === undefined ? `c${cluster.id}` : `s${spot}`,
        ref: spot ?? cluster.id,
        count: cluster.count,
        lon: cluster.lon,
        lat: cluster.lat,
        sector: cluster.tint >= 0 ? (sectorIds[cluster.tint] ?? '') : '',
        stack: spot !== undefined,
      });
    }
    return items;
  }

  /** The zoom at which a cluster splits; above the map's max zoom (or for a stack) it can only fan out. */
  expansionZoom(cluster: ClusterPoint): number {
    return cluster.stack ? Infinity : this.hierarchy.expansionZoom(cluster.ref, this.filter.visible);
  }

  /** Ids of the sites a cluster stands for, `limit` of them from `offset`, without walking the rest. */
  leaves(cluster: ClusterPoint, limit: number, offset = 0): string[] {
    const members = this.hierarchy.members(cluster.ref, this.filter.visible, offset + limit);
    return members.slice(offset).map((site) => this.columns.ids[site]);
  }

  /** Whether a cluster stands for a site. */
  contains(cluster: ClusterPoint, id: string): boolean {
    return this.leaves(cluster, cluster.count).includes(id);
  }

  /**
   * The first zoom from `fromZoom` at which a site is drawn on its own, or, when no zoom up to `maxZoom`
   * separates it, the zoom and the cluster (stack) it must fan out of.
   */
  revealZoom(id: string, fromZoom: number, maxZoom: number): {zoom: number; fanOut?: ClusterPoint} | undefined {
    const site = this.columns.indexOf(id);
    const {visible} = this.filter;
    if (site === undefined || !visible[site]) return undefined;
    const hierarchy = this.hierarchy;
    const reveal = hierarchy.revealZoom(site, visible, fromZoom);
    if (reveal.stack === undefined && reveal.zoom <= maxZoom) return {zoom: reveal.zoom};
    let zoom = Math.max(fromZoom, maxZoom);
    if (reveal.stack !== undefined) {
      // The first zoom where its point is drawn apart from its neighbours, as a stack to fan out.
      const onSpot = hierarchy.visibleCount(reveal.stack, visible);
      for (let level = hierarchy.levelAt(fromZoom); level >= 1; level--) {
        const at = Math.max(fromZoom, hierarchy.zoomOfLevel(level));
        if (at > maxZoom) break;
        if (hierarchy.visibleCount(hierarchy.clusterOf(site, at), visible) === onSpot) {
          zoom = at;
          break;
        }
      }
    }
    // The cluster holding it at that zoom lies within a few radii of its point.
    const reach = (4 * this.radius * 360) / (256 * 2 ** zoom);
    const [lon, lat] = [this.columns.lon[site], this.columns.lat[site]];
    const fanOut = this.query([lon - reach, lat - reach, lon + reach, lat + reach], zoom).find(
      (item): item is ClusterPoint => item.kind === 'cluster' && this.contains(item, id),
    );
    return {zoom, fanOut};
  }

  /** The spot (hierarchy cluster) holding every visible member of a cluster, if they share one. */
  private spotOf(cluster: number, count: number): number | undefined {
    const {visible} = this.filter;
    const [first] = this.hierarchy.members(cluster, visible, 1);
    if (first === undefined) return undefined;
    const spot = this.hierarchy.clusterOf(first, Infinity);
    return this.hierarchy.visibleCount(spot, visible) === count ? spot : undefined;
  }
}
