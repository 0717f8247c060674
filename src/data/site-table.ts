/**
 * A dataset as columns, for filters that cost one pass over typed arrays instead of walking feature
 * objects: positions, sectors as bitmasks, the sectors of each site in its own order (for its colour) and
 * a name order computed once per language. Built once per dataset, in slices. Pure: runs in Node too.
 */
import {forEachInSlices, SliceClock, type SliceOptions} from './chunked.js';
import type {Sector, SiteFeature} from './types.js';

/** Sites per batch while building (one batch reads a few properties of each site). */
const BUILD_BATCH = 4096;
/** Names sorted per chunk before the chunks are merged: one chunk stays well under a slice. */
const SORT_CHUNK = 4096;

export class SiteTable {
  readonly size: number;
  readonly ids: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  readonly sectorIds: readonly string[];
  /** 32 sectors per word; `words` words per site. */
  private readonly words: number;
  private readonly sectorBits: Uint32Array;
  /** Each site's sectors (taxonomy indices) in its own order: `sectorList[sectorStart[i]..sectorStart[i + 1]]`. */
  private readonly sectorList: Uint16Array;
  private readonly sectorStart: Int32Array;
  private readonly sectorIndex: ReadonlyMap<string, number>;
  private readonly indexById: ReadonlyMap<string, number>;
  private sitesById: SitesById | undefined;
  private readonly sites: readonly SiteFeature[];
  private readonly byName = new Map<string, Promise<Int32Array>>();

  /** @internal Use {@link buildSiteTable}. */
  constructor(sites: readonly SiteFeature[], sectors: readonly Sector[], columns: Columns) {
    this.sites = sites;
    this.size = sites.length;
    this.ids = columns.ids;
    this.lon = columns.lon;
    this.lat = columns.lat;
    this.sectorIds = sectors.map((sector) => sector.id);
    this.sectorIndex = new Map(this.sectorIds.map((id, index) => [id, index]));
    this.words = columns.words;
    this.sectorBits = columns.sectorBits;
    this.sectorList = columns.sectorList;
    this.sectorStart = columns.sectorStart;
    this.indexById = columns.indexById;
  }

  /** Every site by its id (a view over the table's id lookup). */
  get siteById(): ReadonlyMap<string, SiteFeature> {
    return (this.sitesById ??= new SitesById(this.indexById, this.sites));
  }

  /** The index of a site by its id. */
  indexOf(id: string): number | undefined {
    return this.indexById.get(id);
  }

  /**
   * One byte per site: 1 when it shows. A site shows when it has one of the `selected` sectors (none
   * selected: every site) and, with `matches`, when the search matched it (a mask in site order, or ids).
   */
  visibleMask(selected: readonly string[], matches?: Uint8Array | ReadonlySet<string>): Uint8Array {
    const mask = new Uint8Array(this.size);
    const wanted = this.bitsOf(selected);
    const words = this.words;
    const bits = this.sectorBits;
    const anySector = selected.length === 0;
    const matchMask = matches instanceof Uint8Array ? matches : undefined;
    const matchIds = matches instanceof Uint8Array ? undefined : matches;
    for (let i = 0; i < this.size; i++) {
      if (matchMask && !matchMask[i]) continue;
      if (matchIds && !matchIds.has(this.ids[i])) continue;
      if (!anySector) {
        let hit = 0;
        for (let w = 0; w < words; w++) hit |= bits[i * words + w] & wanted[w];
        if (!hit) continue;
      }
      mask[i] = 1;
    }
    return mask;
  }

  /** A mask of the sites with these ids (e.g. a search's results), unknown ids ignored. */
  maskOfIds(ids: Iterable<string>): Uint8Array {
    const mask = new Uint8Array(this.size);
    for (const id of ids) {
      const index = this.indexOf(id);
      if (index !== undefined) mask[index] = 1;
    }
    return mask;
  }

  /** For the filter bar: sites per sector (taxonomy order) among those `matches` lets through. */
  sectorCounts(matches?: Uint8Array): Int32Array {
    const counts = new Int32Array(this.sectorIds.length);
    const words = this.words;
    const bits = this.sectorBits;
    for (let i = 0; i < this.size; i++) {
      if (matches && !matches[i]) continue;
      for (let w = 0; w < words; w++) {
        let word = bits[i * words + w];
        while (word !== 0) {
          const lowest = word & -word;
          counts[w * 32 + 31 - Math.clz32(lowest)]++;
          word ^= lowest;
        }
      }
    }
    return counts;
  }

  /**
   * Each site's colour, as a taxonomy index: its first sector (in its own order) among the selected ones,
   * or its first sector when none is selected.
   */
  colorIndex(selected: readonly string[]): Uint16Array {
    const out = new Uint16Array(this.size);
    const wanted = new Uint8Array(this.sectorIds.length);
    for (const id of selected) {
      const index = this.sectorIndex.get(id);
      if (index !== undefined) wanted[index] = 1;
    }
    const anySector = selected.length === 0;
    for (let i = 0; i < this.size; i++) {
      const from = this.sectorStart[i];
      const to = this.sectorStart[i + 1];
      let color = this.sectorList[from];
      if (!anySector) {
        for (let s = from; s < to; s++) {
          if (wanted[this.sectorList[s]]) {
            color = this.sectorList[s]!;
            break;
          }
        }
      }
      out[i] = color;
    }
    return out;
  }

  /**
   * Site indices by name in a language's collation, computed once per language, in slices. A collator per
   * comparison, because precomputed normalised keys measured no faster: building the keys (case, accent
   * and number folding) costs more than V8's collator, which has a fast path for plain ASCII names.
   */
  nameOrder(lang: string, options: SliceOptions = {}): Promise<Int32Array> {
    let order = this.byName.get(lang);
    if (!order) {
      order = sortByName(this.sites, lang, options);
      this.byName.set(lang, order);
      // An aborted sort is not cached: the next call starts again.
      order.catch(() => this.byName.delete(lang));
    }
    return order;
  }

  /** The visible sites in name order, from a name order and a mask: one pass. */
  sortedVisible(order: Int32Array, mask: Uint8Array): Int32Array {
    const out = new Int32Array(this.size);
    let count = 0;
    for (let k = 0; k < order.length; k++) {
      const site = order[k];
      if (mask[site]) out[count++] = site;
    }
    return out.subarray(0, count);
  }

  private bitsOf(selected: readonly string[]): Uint32Array {
    const wanted = new Uint32Array(this.words);
    for (const id of selected) {
      const index = this.sectorIndex.get(id);
      if (index !== undefined) wanted[index >>> 5] |= 1 << (index & 31);
    }
    return wanted;
  }
}

/**
 * Sites by id, read through the table's one id lookup: a second Map of every site would cost as much
 * again to build (about a second of work at a million sites).
 */
class SitesById implements ReadonlyMap<string, SiteFeature> {
  constructor(
    private readonly indexById: ReadonlyMap<string, number>,
    private readonly sites: readonly SiteFeature[],
  ) {}

  get size(): number {
    return this.indexById.size;
  }

  get(id: string): SiteFeature | undefined {
    const index = this.indexById.get(id);
    return index === undefined ? undefined : this.sites[index];
  }

  has(id: string): boolean {
    return this.indexById.has(id);
  }

  keys(): MapIterator<string> {
    return this.indexById.keys();
  }

  values(): MapIterator<SiteFeature> {
    return this.asMap().values();
  }

  entries(): MapIterator<[string, SiteFeature]> {
    return this.asMap().entries();
  }

  [Symbol.iterator](): MapIterator<[string, SiteFeature]> {
    return this.entries();
  }

  forEach(callback: (site: SiteFeature, id: string, map: ReadonlyMap<string, SiteFeature>) => void): void {
    for (const [id, index] of this.indexById) callback(this.sites[index], id, this);
  }

  /** A real Map, for the rare walks over every site (nothing in the widget walks it). */
  private asMap(): Map<string, SiteFeature> {
    return new Map([...this.indexById].map(([id, index]) => [id, this.sites[index]]));
  }
}

interface Columns {
  ids: string[];
  lon: Float64Array;
  lat: Float64Array;
  words: number;
  sectorBits: Uint32Array;
  sectorList: Uint16Array;
  sectorStart: Int32Array;
  indexById: Map<string, number>;
}

/** Reads the columns of a validated dataset, in slices. */
export async function buildSiteTable(
  sites: readonly SiteFeature[],
  sectors: readonly Sector[],
  options: SliceOptions = {},
): Promise<SiteTable> {
  const n = sites.length;
  const sectorIndex = new Map(sectors.map((sector, index) => [sector.id, index]));
  const words = Math.max(1, Math.ceil(sectors.length / 32));
  const columns: Columns = {
    ids: new Array<string>(n),
    lon: new Float64Array(n),
    lat: new Float64Array(n),
    words,
    sectorBits: new Uint32Array(n * words),
    sectorList: new Uint16Array(0),
    sectorStart: new Int32Array(n + 1),
    // Filled with the other columns, in slices: built at first use, it was one long task on a large dataset.
    indexById: new Map(),
  };
  let list = new Uint16Array(Math.max(16, n * 2));
  let listed = 0;
  await forEachInSlices(
    n,
    (from, to) => {
      for (let i = from; i < to; i++) {
        const site = sites[i];
        columns.ids[i] = site.id;
        columns.indexById.set(site.id, i);
        columns.lon[i] = site.geometry.coordinates[0]!;
        columns.lat[i] = site.geometry.coordinates[1]!;
        columns.sectorStart[i] = listed;
        for (const id of site.properties.sectors) {
          const index = sectorIndex.get(id);
          if (index === undefined) continue;
          columns.sectorBits[i * words + (index >>> 5)] |= 1 << (index & 31);
          if (listed === list.length) {
            const grown = new Uint16Array(list.length * 2);
            grown.set(list);
            list = grown;
          }
          list[listed++] = index;
        }
      }
    },
    {...options, batch: BUILD_BATCH},
  );
  columns.sectorStart[n] = listed;
  columns.sectorList = list.slice(0, listed);
  return new SiteTable(sites, sectors, columns);
}

async function sortByName(sites: readonly SiteFeature[], lang: string, options: SliceOptions): Promise<Int32Array> {
  const collator = new Intl.Collator(lang, {sensitivity: 'base', numeric: true});
  const names = sites.map((site) => site.properties.name);
  // Equal names keep dataset order.
  const compare = (a: number, b: number): number => collator.compare(names[a], names[b]) || a - b;
  return sortInSlices(sites.length, compare, new SliceClock(options));
}

/**
 * 0..n-1 sorted by `compare`: chunks sorted one slice at a time, then merged pairwise, pausing inside
 * long merges, so no sort of a million names holds the main thread.
 */
export async function sortInSlices(n: number, compare: (a: number, b: number) => number, clock: SliceClock): Promise<Int32Array> {
  let from = new Int32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  for (let start = 0; start < n; start += SORT_CHUNK) {
    if (clock.due()) await clock.pause();
    from.subarray(start, Math.min(n, start + SORT_CHUNK)).sort(compare);
  }
  let to = new Int32Array(n);
  for (let width = SORT_CHUNK; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const middle = Math.min(n, left + width);
      const right = Math.min(n, left + 2 * width);
      if (middle === right || compare(from[middle - 1], from[middle]) <= 0) {
        // Already in order (a lone run, or names that came sorted): nothing to merge.
        to.set(from.subarray(left, right), left);
        continue;
      }
      let i = left;
      let j = middle;
      let k = left;
      while (k < right) {
        const stop = Math.min(right, k + SORT_CHUNK);
        while (k < stop) {
          if (j >= right || (i < middle && compare(from[i], from[j]) <= 0)) to[k++] = from[i++]!;
          else to[k++] = from[j++]!;
        }
        if (clock.due()) await clock.pause();
      }
    }
    [from, to] = [to, from];
  }
  clock.finish();
  return from;
}
