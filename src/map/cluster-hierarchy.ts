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
 */
import KDBush from 'kdbush';
import {forEachInSlices, SliceClock, type SliceOptions} from '../data/chunked.js';

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

// Supercluster's fixed-point encoding of [0, 1] world coordinates: integers in the Int32 range, which V8
// handles as small integers; the greedy merge then gives the very same clusters as supercluster.
const SCALE = 0x40000000;
const EQUATOR_METRES = 40_075_016.686;
const NODE_SIZE = 64;
/** Items handled between two looks at the clock. */
const CHECK_EVERY = 128;

const DEFAULTS = {radius: 25, tileSize: 256, minZoom: 0, maxZoom: 17, zoomStep: 1, stackMetres: 1} as const;

/**
 * One stored zoom level. Levels with the same clusters as the level below share its block, so a cluster
 * keeps its id across zooms where nothing merges.
 */
interface Block {
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

/**
 * Clusters every site (columns of longitudes and latitudes, in degrees) into a hierarchy, in slices of a
 * few milliseconds. Rejects with the signal's reason when aborted.
 */
export async function buildClusterHierarchy(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  options: HierarchyOptions & SliceOptions = {},
): Promise<ClusterHierarchy> {
  const started = performance.now();
  const settings = {...DEFAULTS, ...definedOnly(options)};
  const {radius, tileSize, minZoom, maxZoom, zoomStep} = settings;
  const clock = new SliceClock(options);
  const due = async (): Promise<void> => {
    if (clock.due()) await clock.pause();
  };
  const n = lon.length;
  if (lat.length !== n) throw new RangeError('lon and lat differ in length');

  // Sites as the level below the first: encoded world coordinates, one member each.
  const siteX = new Float64Array(n);
  const siteY = new Float64Array(n);
  let x = new Int32Array(n);
  let y = new Int32Array(n);
  let weight = new Int32Array(n).fill(1);
  const encode = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      siteX[i] = lonToX(lon[i]);
      siteY[i] = latToY(lat[i]);
      x[i] = (siteX[i] - 0.5) * SCALE;
      y[i] = (siteY[i] - 0.5) * SCALE;
    }
  };
  await forEachInSlices(n, encode, {batch: 8192}, clock);

  // Bottom-up: level 0 merges sites on one spot, then one level per zoom from maxZoom up to minZoom.
  const radii = [(settings.stackMetres / EQUATOR_METRES) * SCALE];
  for (let zoom = maxZoom; zoom >= minZoom - 1e-9; zoom -= zoomStep) radii.push((radius / (tileSize * 2 ** zoom)) * SCALE);
  /** parents[level][child] = cluster of `level` holding that child of the level below (null: unchanged). */
  const parents: (Int32Array | null)[] = [];
  const counts: number[] = [];
  let tree: KDBush | undefined;
  for (const r of radii) {
    const size = x.length;
    if (!tree) {
      tree = new KDBush(size, NODE_SIZE, Int32Array);
      for (let i = 0; i < size; i++) tree.add(x[i], y[i]);
      await due();
      tree.finish();
      await due();
    }
    const merge = new LevelMerge(tree, x, y, weight, r);
    for (merge.run(clock); !merge.done; merge.run(clock)) await clock.pause();
    const merged = merge.out;
    if (merged.count === size) {
      parents.push(null);
    } else {
      parents.push(merged.parent);
      x = merged.x.slice(0, merged.count);
      y = merged.y.slice(0, merged.count);
      weight = merged.weight.slice(0, merged.count);
      tree = undefined;
    }
    counts.push(merged.count);
  }

  // Top-down: number each level's clusters so that every cluster's children are consecutive (a counting
  // sort of the children by their parent's number); the sites' numbers are then the depth-first order.
  const levels = counts.length;
  const numbering: Int32Array[] = new Array<Int32Array>(levels);
  /** childStart[level][k]: number of the first child (in the level below) of the level's cluster number k. */
  const childStart: (Int32Array | null)[] = new Array<Int32Array | null>(levels).fill(null);
  numbering[levels - 1] = identity(counts[levels - 1]);
  let rank = numbering[0];
  for (let level = levels - 1; level >= 0; level--) {
    const parent = parents[level];
    let childNumber = numbering[level];
    if (parent !== null) {
      const sorted = numberChildren(parent, numbering[level], counts[level]);
      childStart[level] = sorted.starts;
      childNumber = sorted.childNumber;
      await due();
    }
    if (level > 0) numbering[level - 1] = childNumber;
    else rank = childNumber;
  }
  const order = new Int32Array(n);
  for (let site = 0; site < n; site++) order[rank[site]] = site;

  // Member runs per level, bottom-up: a cluster's run starts where its first child's run starts.
  const blocks: Block[] = [];
  const levelBlock: Block[] = [];
  let base = 0;
  let below = identity(n + 1);
  for (let level = 0; level < levels; level++) {
    const starts = childStart[level];
    if (starts === null && level > 0) {
      levelBlock.push(levelBlock[level - 1]);
      continue;
    }
    const first = starts === null ? below : composeStarts(starts, below);
    const block: Block = {base, first, finestLevel: level};
    base += first.length - 1;
    blocks.push(block);
    levelBlock.push(block);
    below = first;
  }

  const worldX = new Float64Array(n);
  const worldY = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    worldX[p] = siteX[order[p]]!;
    worldY[p] = siteY[order[p]]!;
  }
  clock.finish();
  const stats = {ms: performance.now() - started, yields: clock.yields, longestSliceMs: clock.longestSliceMs};
  return new ClusterHierarchy(order, rank, worldX, worldY, blocks, levelBlock, {minZoom, maxZoom, zoomStep, radius}, stats);
}

interface MergedLevel {
  count: number;
  x: Int32Array;
  y: Int32Array;
  weight: Int32Array;
  parent: Int32Array;
}

/**
 * One greedy pass (supercluster's): each unvisited item absorbs its unvisited neighbours within r. A sync
 * loop resumed slice after slice (hot loops stay out of the async function, where V8 optimises them less).
 */
class LevelMerge {
  readonly out: MergedLevel;
  private readonly visited: Uint8Array;
  private readonly neighbours: Uint32Array;
  private next = 0;

  constructor(
    private readonly tree: KDBush,
    private readonly x: Int32Array,
    private readonly y: Int32Array,
    private readonly weight: Int32Array,
    private readonly r: number,
  ) {
    const size = x.length;
    this.visited = new Uint8Array(size);
    this.neighbours = new Uint32Array(size);
    this.out = {
      count: 0,
      x: new Int32Array(size),
      y: new Int32Array(size),
      weight: new Int32Array(size),
      parent: new Int32Array(size),
    };
  }

  get done(): boolean {
    return this.next >= this.x.length;
  }

  /** Merges until the clock says the slice is over. */
  run(clock: SliceClock): void {
    const {tree, x, y, weight, r, visited, neighbours, out} = this;
    const size = x.length;
    let i = this.next;
    for (let checked = 0; i < size; i++) {
      if (++checked === CHECK_EVERY) {
        checked = 0;
        if (clock.due()) break;
      }
      if (visited[i]) continue;
      visited[i] = 1;
      const found = tree.withinInto(x[i], y[i], r, neighbours);
      const own = weight[i];
      let total = own;
      for (let j = 0; j < found; j++) {
        const k = neighbours[j];
        if (!visited[k]) total += weight[k];
      }
      const cluster = out.count++;
      out.parent[i] = cluster;
      out.weight[cluster] = total;
      if (total === own) {
        out.x[cluster] = x[i]!;
        out.y[cluster] = y[i]!;
        continue;
      }
      let sumX = x[i] * own;
      let sumY = y[i] * own;
      for (let j = 0; j < found; j++) {
        const k = neighbours[j];
        if (visited[k]) continue;
        visited[k] = 1;
        sumX += x[k] * weight[k];
        sumY += y[k] * weight[k];
        out.parent[k] = cluster;
      }
      // Stored in an Int32Array, so truncated like supercluster's.
      out.x[cluster] = sumX / total;
      out.y[cluster] = sumY / total;
    }
    this.next = i;
  }
}

/**
 * Numbers the children of a level so that each cluster's children are consecutive, in the order of their
 * parents' numbers (a stable counting sort). `starts[k]` is the number of the first child of cluster k.
 */
function numberChildren(
  parent: Int32Array,
  parentNumber: Int32Array,
  parentCount: number,
): {starts: Int32Array; childNumber: Int32Array} {
  const next = new Int32Array(parentCount + 1);
  for (let c = 0; c < parent.length; c++) next[parentNumber[parent[c]] + 1]++;
  for (let k = 1; k < next.length; k++) next[k] += next[k - 1];
  const starts = next.slice();
  const childNumber = new Int32Array(parent.length);
  for (let c = 0; c < parent.length; c++) childNumber[c] = next[parentNumber[parent[c]]]++;
  return {starts, childNumber};
}

/** Runs of a level from its clusters' first child and the runs of the level below. */
function composeStarts(childStarts: Int32Array, below: Int32Array): Int32Array {
  const first = new Int32Array(childStarts.length);
  for (let k = 0; k < childStarts.length; k++) first[k] = below[childStarts[k]]!;
  return first;
}

function identity(length: number): Int32Array {
  const out = new Int32Array(length);
  for (let i = 0; i < length; i++) out[i] = i;
  return out;
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

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

// Web Mercator, world coordinates in 0..1 (y down), as supercluster and Leaflet's tiles.
function lonToX(lon: number): number {
  return lon / 360 + 0.5;
}

function latToY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return y < 0 ? 0 : y > 1 ? 1 : y;
}

function xToLon(x: number): number {
  return (x - 0.5) * 360;
}

function yToLat(y: number): number {
  const y2 = ((180 - y * 360) * Math.PI) / 180;
  return (360 * Math.atan(Math.exp(y2))) / Math.PI - 90;
}
