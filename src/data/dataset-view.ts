import type {UiLang} from '../i18n/strings.js';
import {buildClusterHierarchy} from '../map/cluster-hierarchy-build.js';
import type {ClusterHierarchy} from '../map/cluster-hierarchy.js';
import {ClusterIndex} from '../map/cluster-index.js';
import {CLUSTER_RADIUS} from '../map/marker-style.js';
import type {SliceOptions} from './chunked.js';
import {filterKey, type FilterState} from './filter.js';
import {SiteSearch} from './search.js';
import {buildSiteTable, type SiteTable} from './site-table.js';
import type {Dataset, Sector, SiteFeature} from './types.js';

/** Marker colour of a site whose sectors are all unknown (cannot happen with validated data). */
const NEUTRAL_COLOR = '#555555';
/** The deepest zoom at which nearby sites still merge (deeper, only sites on one point stay together). */
const CLUSTER_MAX_ZOOM = 18;
/** The map zooms by quarter levels: the hierarchy has a level per quarter. */
const CLUSTER_ZOOM_STEP = 0.25;

/**
 * The sites a filter shows: a mask in dataset order (for the map), their number, and the list order
 * (`sorted`): best match first while a search is active, by name otherwise.
 */
export class FilterResult {
  private inOrder: readonly SiteFeature[] | undefined;

  constructor(
    private readonly sites: readonly SiteFeature[],
    /** One byte per site of the dataset: 1 when it shows. */
    readonly mask: Uint8Array,
    readonly count: number,
    readonly sorted: readonly SiteFeature[],
  ) {}

  /** The sites shown, in dataset order (computed when first asked for). */
  get visible(): readonly SiteFeature[] {
    this.inOrder ??= this.count === this.sites.length ? this.sites : this.sites.filter((_, i) => this.mask[i]);
    return this.inOrder;
  }
}

/**
 * What the element derives from one loaded dataset: lookups, a columnar table and the cluster hierarchy,
 * built once (in slices, by {@link DatasetView.build}); the search index, built in slices in idle time
 * or on the first query; per filter, a visibility mask and a cheap clustering index over the hierarchy,
 * recomputed only when the filter changes (the element renders on every selection or focus change).
 */
export class DatasetView {
  readonly sites: readonly SiteFeature[];
  readonly sectors: readonly Sector[];
  readonly sectorById: ReadonlyMap<string, Sector>;
  readonly siteById: ReadonlyMap<string, SiteFeature>;
  readonly sectorIds: readonly string[];
  readonly search: SiteSearch;
  /** Called when something computed in the background (name order, search index) changes what shows. */
  onChange: () => void = () => {};
  private memo: {key: string; result: FilterResult} | undefined;
  /** The unfiltered result too, kept beside the last one: releasing the last sector comes back to it. */
  private homeMemo: {key: string; result: FilterResult} | undefined;
  private countsMemo: {key: string; counts: Map<string, number>} | undefined;
  private searchMemo: {query: string; found: readonly string[] | undefined; mask: Uint8Array | undefined} | undefined;
  private indexMemo: {result: FilterResult; selected: string; index: ClusterIndex} | undefined;
  private tintMemo: {selected: string; tint: Uint16Array} | undefined;
  private homeTint: Uint16Array | undefined;
  private readonly nameOrders = new Map<UiLang, Int32Array>();

  /** Builds the table and the hierarchy of a dataset in slices, and its name order in `lang`. */
  static async build(dataset: Dataset, options: SliceOptions & {lang?: UiLang} = {}): Promise<DatasetView> {
    const table = await buildSiteTable(dataset.sites, dataset.sectors, options);
    const hierarchy = await buildClusterHierarchy(table.lon, table.lat, {
      ...options,
      radius: CLUSTER_RADIUS,
      tileSize: 256,
      maxZoom: CLUSTER_MAX_ZOOM,
      zoomStep: CLUSTER_ZOOM_STEP,
    });
    const view = new DatasetView(dataset, table, hierarchy);
    const lang = options.lang ?? 'fr';
    view.nameOrders.set(lang, await table.nameOrder(lang, options));
    return view;
  }

  private constructor(
    readonly dataset: Dataset,
    private readonly table: SiteTable,
    private readonly hierarchy: ClusterHierarchy,
  ) {
    this.sites = dataset.sites;
    this.sectors = dataset.sectors;
    this.sectorById = new Map(dataset.sectors.map((sector) => [sector.id, sector]));
    this.siteById = table.siteById;
    this.sectorIds = dataset.sectors.map((sector) => sector.id);
    this.search = new SiteSearch(dataset.sites, dataset.sectors, () => {
      this.searchMemo = undefined;
      this.onChange();
    });
  }

  filtered(filter: FilterState, lang: UiLang): FilterResult {
    const order = this.nameOrder(lang);
    const found = this.found(filter.query);
    const key = `${filterKey(filter)}|${lang}|${order ? 'named' : ''}|${found.pending ? 'pending' : ''}`;
    if (this.memo?.key === key) return this.memo.result;
    const home = filter.sectors.length === 0 && !found.ids;
    if (home && this.homeMemo?.key === key) {
      this.memo = this.homeMemo;
      return this.memo.result;
    }
    const mask = this.table.visibleMask(filter.sectors, found.mask);
    const sorted = found.ids
      ? found.ids.map((id) => this.siteById.get(id)!).filter((site) => mask[this.table.indexOf(site.id)!])
      : sitesAt(this.sites, order ? this.table.sortedVisible(order, mask) : indicesOf(mask));
    this.memo = {key, result: new FilterResult(this.sites, mask, sorted.length, sorted)};
    if (home) this.homeMemo = this.memo;
    return this.memo.result;
  }

  /** Whether the search index is still being built (a search then shows every site meanwhile). */
  get searching(): boolean {
    return this.search.building;
  }

  /** The clustering index of what a filter shows, coloured by the first selected sector of each site. */
  clusterIndex(result: FilterResult, selected: readonly string[]): ClusterIndex {
    const key = selected.join(',');
    if (this.indexMemo?.result !== result || this.indexMemo.selected !== key) {
      const filter = {visible: result.mask, tint: this.tint(selected, key), sectorIds: this.sectorIds};
      this.indexMemo = {result, selected: key, index: new ClusterIndex(this.hierarchy, this.table, filter, result.count)};
    }
    return this.indexMemo.index;
  }

  /** Each site's colour (a taxonomy index) under a selection; the one with none selected is kept for good. */
  private tint(selected: readonly string[], key: string): Uint16Array {
    if (selected.length === 0) return (this.homeTint ??= this.table.colorIndex([]));
    if (this.tintMemo?.selected !== key) this.tintMemo = {selected: key, tint: this.table.colorIndex(selected)};
    return this.tintMemo.tint;
  }

  /** For the filter bar: sites per sector that match the search, whatever sectors are selected. */
  sectorCounts(query: string): ReadonlyMap<string, number> {
    const found = this.found(query);
    const key = `${query}|${found.pending ? 'pending' : ''}`;
    if (this.countsMemo?.key !== key) {
      const perSector = this.table.sectorCounts(found.mask);
      const counts = new Map<string, number>();
      this.sectorIds.forEach((id, i) => perSector[i] && counts.set(id, perSector[i]));
      this.countsMemo = {key, counts};
    }
    return this.countsMemo.counts;
  }

  /** A marker's colour: its first sector among the selected ones, or its first sector when none is selected. */
  colorOf(site: SiteFeature, selected: readonly string[]): string {
    const ids = site.properties.sectors;
    const id = (selected.length ? ids.find((sector) => selected.includes(sector)) : undefined) ?? ids[0] ?? '';
    return this.sectorById.get(id)?.color ?? NEUTRAL_COLOR;
  }

  /** The ids a search finds, best first, and their mask; none when nothing is searched or the index is not ready. */
  private found(query: string): {ids?: readonly string[]; mask?: Uint8Array; pending: boolean} {
    if (this.searchMemo?.query !== query) {
      const ids = this.search.search(query);
      this.searchMemo = {query, found: ids, mask: ids && this.table.maskOfIds(ids)};
    }
    const {found, mask} = this.searchMemo;
    return {ids: found, mask, pending: !found && this.search.building && query.trim() !== ''};
  }

  /** Every site by name in a language; sorted in slices when the language is new (dataset order meanwhile). */
  private nameOrder(lang: UiLang): Int32Array | undefined {
    const order = this.nameOrders.get(lang);
    if (!order) {
      void this.table.nameOrder(lang).then((sorted) => {
        if (this.nameOrders.has(lang)) return;
        this.nameOrders.set(lang, sorted);
        this.onChange();
      });
    }
    return order;
  }
}

function indicesOf(mask: Uint8Array): Int32Array {
  const out = new Int32Array(mask.length);
  let count = 0;
  for (let i = 0; i < mask.length; i++) if (mask[i]) out[count++] = i;
  return out.subarray(0, count);
}

/** The sites at these indices, in one preallocated array (no iterator, no intermediate array). */
function sitesAt(sites: readonly SiteFeature[], indices: Int32Array): SiteFeature[] {
  const out = new Array<SiteFeature>(indices.length);
  for (let k = 0; k < indices.length; k++) out[k] = sites[indices[k]];
  return out;
}
