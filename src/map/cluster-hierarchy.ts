/**
 * Every site of a dataset clustered ONCE into a zoom hierarchy, then queried under any filter.
 *
 * The hierarchy is supercluster's (greedy merge, within `radius` screen pixels, of the clusters of the
 * zoom below, from the deepest zoom up), computed on all sites whatever the filter. A filter is a
 * `visible` mask (one byte per site, in dataset order): counts, positions and lone sites are derived from
 * the visible members of each cluster in one linear pass, so a filter change costs a pass over the sites,
 * not a new index. The build yields to the main thread between slices of work.
 *
 * Layout: sites are stored in the order of a depth-first walk of the hierarchy, so the members of every
 * cluster, at every zoom, are one contiguous run of that order; a zoom level is then just the start of each
 * run (`first`). Pure: no DOM; runs in Node for the benchmark.
 * The sliced build is in cluster-hierarchy-build.ts; the Mercator projection in web-mercator.ts.
 */
import {latToY, lonToX, xToLon, yToLat} from './web-mercator.js';

export interface HierarchyOptions {
  /** Clusters merge what lies within this many screen pixels (default 25: supercluster's 50 of a 512 tile). */
  readonly radius?: number;
  /** Screen pixels of one map tile (Leaflet: 256). */
  readonly tileSize?: number;
  readonly minZoom?: number;
  /** The deepest zoom that still merges nearby sites; deeper, only sites on one spot stay together. */
  readonly maxZoom?: number;
  /** Distance between two levels of the hierarchy, in zoom levels (1, or 0.25 for quarter levels). */
  readonly zoomStep?: number;
  /** Sites closer than this, in metres (at the equator), are one spot: no zoom separates them. */
  readonly stackMetres?: number;
}

/** Several visible sites drawn as one marker. */
export interface ClusterItem {
  /** Stable for the hierarchy's life, whatever the filter; one id per distinct cluster. */
  readonly id: number;
  readonly lon: number;
  readonly lat: number;
  /** Visible members. */
  readonly count: number;
  /** All members are on one spot: no zoom splits it, it can only fan out. */
  readonly stack: boolean;
  /** The tint shared by every visible member, or -1 when they differ (only when a tint was given). */
  readonly tint: number;
}

export interface QueryResult {
  readonly clusters: ClusterItem[];
  /** Sites drawn on their own (indices into the dataset). */
  readonly sites: number[];
}

/** West, south, east, north, in degrees. */
export type Bbox = readonly [number, number, number, number];

export interface BuildStats {
  readonly ms: number;
  readonly yields: number;
  readonly longestSliceMs: number;
}

/**
 * One stored zoom level. Levels with the same clusters as the level below share its block, so a cluster
 * keeps its id across zooms where nothing merges.
 */
export interface Block {
  /** Id of the block's first cluster. */
  readonly base: number;
  /** `first[k]..first[k + 1]` are the positions (in `order`) of the members of the block's cluster k. */
  readonly first: Int32Array;
  /** Index of the finest level using this block (0 = the spots level). */
  readonly finestLevel: number;
}

/** Per-cluster sums over the visible members at one level, cached per visibility mask. */
interface Aggregate {
  readonly count: Int32Array;
  readonly sumX: Float64Array;
  readonly sumY: Float64Array;
  /** The visible member when there is exactly one (site index). */
  readonly sole: Int32Array;
  readonly tint: Int16Array | undefined;
}

export class ClusterHierarchy {
  readonly size: number;
  readonly minZoom: number;
  readonly maxZoom: number;
  readonly zoomStep: number;
  /** Screen pixels (of a `tileSize` tile) within which sites merge. */
  readonly radius: number;
  /** Levels from the finest (0: spots, shown from maxZoom + 1) to the coarsest (minZoom). */
  readonly levelCount: number;

  private visibleFor: Uint8Array | undefined;
  private visibleInOrder = new Uint8Array(0);
  private tintFor: ArrayLike<number> | undefined;
  private aggregates = new Map<Block, Aggregate>();

  /** @internal Built by {@link buildClusterHierarchy}. */
  constructor(
    /** Position → site. */
    private readonly order: Int32Array,
    /** Site → position (its number in the depth-first order). */
    private readonly rank: Int32Array,
    /** World x/y (0..1) of the site at each position, for the sums. */
    private readonly worldX: Float64Array,
    private readonly worldY: Float64Array,
    private readonly blocks: readonly Block[],
    /** Level → its block. */
    private readonly levelBlock: readonly Block[],
    options: Required<Pick<HierarchyOptions, 'minZoom' | 'maxZoom' | 'zoomStep' | 'radius'>>,
    readonly stats: BuildStats,
  ) {
    this.size = order.length;
    this.minZoom = options.minZoom;
    this.maxZoom = options.maxZoom;
    this.zoomStep = options.zoomStep;
    this.radius = options.radius;
    this.levelCount = levelBlock.length;
  }

  /** The level drawn at a map zoom: the deepest one whose zoom is not above it. */
  levelAt(zoom: number): number {
    if (!(zoom < this.maxZoom + 1)) return 0;
    const steps = Math.ceil((this.maxZoom - zoom) / this.zoomStep - 1e-9);
    return Math.min(this.levelCount - 1, Math.max(1, steps + 1));
  }

  /** The lowest map zoom at which a level is drawn. */
  zoomOfLevel(level: number): number {
    return level === 0 ? this.maxZoom + 1 : this.maxZoom - (level - 1) * this.zoomStep;
  }

  /**
   * What to draw in a bounding box at a zoom when only `visible` sites show (`visible[site]` non-zero).
   * Masks are cached by identity: a new filter is a new array, never the old one changed in place.
   * `tint` (a small number per site, e.g. its colour) lets clusters tell whether their members agree.
   */
  query(bbox: Bbox, zoom: number, visible: Uint8Array, tint?: ArrayLike<number>): QueryResult {
    const block = this.levelBlock[this.levelAt(zoom)];
    const aggregate = this.aggregate(block, visible, tint);
    const stack = block.finestLevel === 0;
    const [west, south, east, north] = bbox;
    const wholeWorld = east - west >= 360;
    const minX = wholeWorld ? -Infinity : lonToX(west);
    const maxX = wholeWorld ? Infinity : lonToX(east);
    const minY = latToY(north);
    const maxY = latToY(south);
    const clusters: ClusterItem[] = [];
    const sites: number[] = [];
    const {count, sumX, sumY, sole} = aggregate;
    for (let k = 0, total = count.length; k < total; k++) {
      const members = count[k];
      if (members === 0) continue;
      if (members === 1) {
        const site = sole[k];
        const x = this.worldX[this.rank[site]];
        const y = this.worldY[this.rank[site]];
        if (x >= minX && x <= maxX && y >= minY && y <= maxY) sites.push(site);
        continue;
      }
      const x = sumX[k] / members;
      const y = sumY[k] / members;
      if (x < minX || x > maxX || y < minY || y > maxY) continue;
      clusters.push({id: block.base + k, lon: xToLon(x), lat: yToLat(y), count: members, stack, tint: aggregate.tint?.[k] ?? -1});
    }
    return {clusters, sites};
  }

  /**
   * The zoom at which a cluster's visible members split into several markers, or Infinity when they share
   * one spot (the cluster can then only fan out).
   */
  expansionZoom(id: number, visible: Uint8Array): number {
    const {block, k} = this.locate(id);
    const from = block.first[k];
    const to = block.first[k + 1];
    const inOrder = this.visibility(visible);
    for (let level = block.finestLevel - 1; level >= 0; level--) {
      const finer = this.levelBlock[level];
      if (finer === block) continue;
      let occupied = 0;
      for (let j = lastAtOrBefore(finer.first, from); j < finer.first.length - 1 && finer.first[j] < to; j++) {
        if (anyVisible(inOrder, finer.first[j], finer.first[j + 1]) && ++occupied > 1) return this.zoomOfLevel(level);
      }
    }
    return Infinity;
  }

  /** Up to `limit` visible members of a cluster (site indices, in hierarchy order: neighbours together). */
  members(id: number, visible: Uint8Array, limit = Infinity): number[] {
    const {block, k} = this.locate(id);
    const inOrder = this.visibility(visible);
    const out: number[] = [];
    for (let p = block.first[k], end = block.first[k + 1]; p < end && out.length < limit; p++) {
      if (inOrder[p]) out.push(this.order[p]);
    }
    return out;
  }

  /** How many visible members a cluster has (at any zoom, by its id). */
  visibleCount(id: number, visible: Uint8Array): number {
    const {block, k} = this.locate(id);
    return countVisible(this.visibility(visible), block.first[k], block.first[k + 1], Infinity);
  }

  /** The cluster a site belongs to at a zoom (it may be drawn alone there when its other members are hidden). */
  clusterOf(site: number, zoom: number): number {
    const block = this.levelBlock[this.levelAt(zoom)];
    return block.base + lastAtOrBefore(block.first, this.rank[site]);
  }

  /**
   * The first zoom, from `fromZoom` down the levels, at which a visible site is drawn on its own; when none
   * does, the spot (stack) it must fan out of at the deepest level.
   */
  revealZoom(site: number, visible: Uint8Array, fromZoom = this.minZoom): {zoom: number; stack?: number} {
    const position = this.rank[site];
    const inOrder = this.visibility(visible);
    for (let level = this.levelAt(fromZoom); level >= 0; level--) {
      const block = this.levelBlock[level];
      const k = lastAtOrBefore(block.first, position);
      if (countVisible(inOrder, block.first[k], block.first[k + 1], 2) === 1)
        return {zoom: Math.max(fromZoom, this.zoomOfLevel(level))};
    }
    const spots = this.levelBlock[0];
    return {zoom: Math.max(fromZoom, this.zoomOfLevel(0)), stack: spots.base + lastAtOrBefore(spots.first, position)};
  }

  private locate(id: number): {block: Block; k: number} {
    let low = 0;
    let high = this.blocks.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.blocks[middle].base <= id) low = middle;
      else high = middle - 1;
    }
    const block = this.blocks[low];
    const k = id - block.base;
    if (k < 0 || k >= block.first.length - 1) throw new RangeError(`no cluster ${id}`);
    return {block, k};
  }

  /** The mask in hierarchy order, recomputed once per mask (one pass). */
  private visibility(visible: Uint8Array): Uint8Array {
    if (visible !== this.visibleFor) {
      if (visible.length !== this.size) throw new RangeError(`visible has ${visible.length} entries for ${this.size} sites`);
      const inOrder = this.visibleInOrder.length === this.size ? this.visibleInOrder : new Uint8Array(this.size);
      const order = this.order;
      for (let p = 0; p < inOrder.length; p++) inOrder[p] = visible[order[p]] ? 1 : 0;
      this.visibleInOrder = inOrder;
      this.visibleFor = visible;
      this.aggregates.clear();
    }
    return this.visibleInOrder;
  }

  private aggregate(block: Block, visible: Uint8Array, tint: ArrayLike<number> | undefined): Aggregate {
    const inOrder = this.visibility(visible);
    if (tint !== this.tintFor) {
      this.tintFor = tint;
      this.aggregates.clear();
    }
    const cached = this.aggregates.get(block);
    if (cached) return cached;
    const clusters = block.first.length - 1;
    const aggregate: Aggregate = {
      count: new Int32Array(clusters),
      sumX: new Float64Array(clusters),
      sumY: new Float64Array(clusters),
      sole: new Int32Array(clusters),
      tint: tint ? new Int16Array(clusters) : undefined,
    };
    const {first} = block;
    const {order, worldX, worldY} = this;
    for (let k = 0; k < clusters; k++) {
      let count = 0;
      let sumX = 0;
      let sumY = 0;
      let sole = -1;
      let shared = -2;
      for (let p = first[k], end = first[k + 1]; p < end; p++) {
        if (!inOrder[p]) continue;
        count++;
        sumX += worldX[p];
        sumY += worldY[p];
        sole = order[p]!;
        if (tint) {
          const t = tint[sole];
          shared = shared === -2 || shared === t ? t : -1;
        }
      }
      aggregate.count[k] = count;
      aggregate.sumX[k] = sumX;
      aggregate.sumY[k] = sumY;
      aggregate.sole[k] = sole;
      if (aggregate.tint) aggregate.tint[k] = shared;
    }
    this.aggregates.set(block, aggregate);
    return aggregate;
  }
}

/** Index k of the last `starts[k] <= position` (the run holding that position). */
function lastAtOrBefore(starts: Int32Array, position: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= position) low = middle;
    else high = middle - 1;
  }
  return low;
}

function anyVisible(inOrder: Uint8Array, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (inOrder[p]) return true;
  return false;
}

/** Visible positions in from..to, counting no further than `enough`. */
function countVisible(inOrder: Uint8Array, from: number, to: number, enough: number): number {
  let count = 0;
  for (let p = from; p < to && count < enough; p++) if (inOrder[p]) count++;
  return count;
}
