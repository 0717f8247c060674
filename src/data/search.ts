import {forEachInSlices, type SliceOptions} from './chunked.js';
import type {ScanIndex, SiteIndex} from './search-engine.js';
import {normalizeText} from './text.js';
import type {Sector, SiteFeature} from './types.js';

/** Up to this many sites, the index is built at once on the first query (a few tens of ms). */
export const SYNC_INDEX_UP_TO = 5000;
/**
 * From this many sites, the search scans word starts (ScanIndex) instead of MiniSearch, whose query
 * time grows with the sites a common word matches (over a second at 100 000 sites).
 */
export const SCAN_INDEX_FROM = 20_000;
/** Sites added to the index between two looks at the clock. */
const INDEX_BATCH = 64;

type SearchEngine = typeof import('./search-engine.js');
let engine: SearchEngine | undefined;
let engineLoading: Promise<SearchEngine> | undefined;

/**
 * The search engine (MiniSearch and how words are matched, search-engine.ts) travels in its own chunk,
 * fetched when a visitor first goes to the search field (or a link carries a query), so a page that only
 * shows the map never downloads it. Loaded once per page.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  engineLoading ??= import('./search-engine.js').then(
    (module) => (engine = module),
    (error: unknown) => {
      engineLoading = undefined;
      throw error;
    },
  );
  return engineLoading;
}

/** Whether the text searches nothing (blank, or only punctuation): every site shows, no index is needed. */
export function isBlankQuery(text: string): boolean {
  return !text.split(/\s+/).some((chunk) => normalizeText(chunk) !== '');
}

/**
 * Full-text search over the sites of one dataset. The index is built on the first query, not when the
 * dataset loads: most visitors never search. The search is `ready` once the engine is loaded
 * ({@link load}) along with anything the dataset waits for ({@link waitFor}: the embedded dataset's
 * descriptions); until then, and while a large dataset's index is built in slices ({@link prepare}),
 * searches find nothing (`building`); `onBuilt` then says the results changed.
 */
export class SiteSearch {
  private index: SiteIndex | ScanIndex | undefined;
  private preparing: Promise<void> | undefined;
  private loading: Promise<void> | undefined;
  /** What the index waits for besides the engine, and whether it has arrived. */
  private awaited: {load: () => Promise<void>; done: boolean} | undefined;

  constructor(
    private readonly sites: readonly SiteFeature[],
    private readonly sectors: readonly Sector[],
    private readonly onBuilt: () => void = () => {},
  ) {}

  /** Whether the index has been built (for tests and measurements). */
  get built(): boolean {
    return this.index !== undefined;
  }

  /** Whether the index is being loaded or built in slices: searches wait for it. */
  get building(): boolean {
    return (this.loading !== undefined && !this.ready) || (this.preparing !== undefined && this.index === undefined);
  }

  /** Whether a query can be answered now (a small dataset's index is then built at once on the first query). */
  get ready(): boolean {
    return engine !== undefined && (this.awaited?.done ?? true);
  }

  /** The index must wait for `load` too (the sites' searchable text arrives later). Call before any search. */
  waitFor(load: () => Promise<void>): void {
    this.awaited = {load, done: false};
  }

  /** Loads MiniSearch and what the index waits for; settles once a query can be answered. */
  load(): Promise<void> {
    if (this.ready) return Promise.resolve();
    const awaited = this.awaited;
    this.loading ??= Promise.all([loadSearchEngine(), awaited?.load().then(() => (awaited.done = true))]).then(
      () => {},
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Builds the index in slices, giving the main thread back in between; settles once it is ready. */
  prepare(options: SliceOptions = {}): Promise<void> {
    if (this.index) return Promise.resolve();
    this.preparing ??= (async () => {
      await this.load();
      const index = this.createIndex();
      await forEachInSlices(this.sites.length, (from, to) => index.add(this.sites.slice(from, to)), {
        ...options,
        batch: INDEX_BATCH,
      });
      this.index = index;
      this.onBuilt();
    })().catch((error: unknown) => {
      this.preparing = undefined;
      throw error;
    });
    return this.preparing;
  }

  /**
   * Ids of the matching sites, best first; undefined for a blank query (no search: every site).
   * Ties keep the order of relevance MiniSearch gives (BM25, exact before prefix before fuzzy).
   */
  search(text: string): string[] | undefined {
    if (isBlankQuery(text)) return undefined;
    if (!this.ready) {
      // Asked before the search field started loading: the results follow once it is ready.
      void this.load().then(
        () => this.onBuilt(),
        () => {},
      );
      return undefined;
    }
    if (!this.index && this.sites.length > SYNC_INDEX_UP_TO) {
      void this.prepare().catch(() => {});
      return undefined;
    }
    return this.ensureIndex().search(text);
  }

  /** Builds the whole index at once (small datasets). */
  private ensureIndex(): SiteIndex | ScanIndex {
    if (this.index) return this.index;
    const index = this.createIndex();
    index.add(this.sites);
    this.index = index;
    return index;
  }

  private createIndex(): SiteIndex | ScanIndex {
    if (!engine) throw new Error('the search engine is not loaded');
    return this.sites.length >= SCAN_INDEX_FROM ? new engine.ScanIndex(this.sectors) : new engine.SiteIndex(this.sectors);
  }
}

/** No sector selected: every site; otherwise the sites having any of the selected sectors. */
export function inSectors(site: SiteFeature, sectors: readonly string[]): boolean {
  return sectors.length === 0 || site.properties.sectors.some((id) => sectors.includes(id));
}

/** For the filter bar: how many of the given sites each sector has (a sector listed twice counts once). */
export function countBySector(sites: Iterable<SiteFeature>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const site of sites) {
    for (const id of new Set(site.properties.sectors)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
