/** Builds a ClusterHierarchy: supercluster's greedy merge, level by level, in slices that yield to the main thread. */
import KDBush from 'kdbush';
import {forEachInSlices, SliceClock, type SliceOptions} from '../data/chunked.js';
import {finishInSlices} from './cluster-kd-sort.js';
import {ClusterHierarchy, type Block, type HierarchyOptions} from './cluster-hierarchy.js';
import {latToY, lonToX} from './web-mercator.js';

// Supercluster's fixed-point encoding of [0, 1] world coordinates: integers in the Int32 range, which V8
// handles as small integers; the greedy merge then gives the very same clusters as supercluster.
const SCALE = 0x40000000;
const EQUATOR_METRES = 40_075_016.686;
const NODE_SIZE = 64;
/** Items handled between two looks at the clock. */
const CHECK_EVERY = 128;

const DEFAULTS = {radius: 25, tileSize: 256, minZoom: 0, maxZoom: 17, zoomStep: 1, stackMetres: 1} as const;

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
      const filled = new KDBush(size, NODE_SIZE, Int32Array);
      const [fromX, fromY] = [x, y];
      const fill = (from: number, to: number): void => {
        for (let i = from; i < to; i++) filled.add(fromX[i], fromY[i]);
      };
      await forEachInSlices(size, fill, {batch: 16384}, clock);
      // Sorted in slices: KDBush#finish sorts in one call, a long task from some 100 000 points.
      tree = await finishInSlices(
        filled,
        () => clock.due(),
        () => clock.pause(),
      );
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
  await due();

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
    await due();
    const block: Block = {base, first, finestLevel: level};
    base += first.length - 1;
    blocks.push(block);
    levelBlock.push(block);
    below = first;
  }

  const worldX = new Float64Array(n);
  const worldY = new Float64Array(n);
  const place = (from: number, to: number): void => {
    for (let p = from; p < to; p++) {
      worldX[p] = siteX[order[p]]!;
      worldY[p] = siteY[order[p]]!;
    }
  };
  await forEachInSlices(n, place, {batch: 16384}, clock);
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

function definedOnly<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}
