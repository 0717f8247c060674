import type {UiLang} from '../i18n/strings.js';
import {filterKey, type FilterState} from './filter.js';
import {countBySector, inSectors, SiteSearch} from './search.js';
import type {Dataset, Sector, SiteFeature} from './types.js';

/** Marker colour of a site whose sectors are all unknown (cannot happen with validated data). */
const NEUTRAL_COLOR = '#555555';

/**
 * The sites a filter shows: in dataset order (`visible`, for the map) and for the list (`sorted`): best
 * match first while a search is active, by name otherwise.
 */
export interface FilterResult {
  readonly visible: readonly SiteFeature[];
  readonly sorted: readonly SiteFeature[];
}

/**
 * What the element derives from one loaded dataset: lookups, built once; the search index, built on the
 * first query; the filtered, sorted sites and the per-sector counts, recomputed only when what they depend
 * on changes (the element renders on every selection or focus change; a large dataset must not be rescanned).
 */
export class DatasetView {
  readonly sites: readonly SiteFeature[];
  readonly sectors: readonly Sector[];
  readonly sectorById: ReadonlyMap<string, Sector>;
  readonly siteById: ReadonlyMap<string, SiteFeature>;
  readonly sectorIds: readonly string[];
  readonly search: SiteSearch;
  private memo: {key: string; result: FilterResult} | undefined;
  private countsMemo: {query: string; counts: Map<string, number>} | undefined;
  private searchMemo: {query: string; found: readonly SiteFeature[] | undefined} | undefined;
  private sortedByName: {lang: UiLang; sites: readonly SiteFeature[]} | undefined;

  constructor(readonly dataset: Dataset) {
    this.sites = dataset.sites;
    this.sectors = dataset.sectors;
    this.sectorById = new Map(dataset.sectors.map((sector) => [sector.id, sector]));
    this.siteById = new Map(dataset.sites.map((site) => [site.id, site]));
    this.sectorIds = dataset.sectors.map((sector) => sector.id);
    this.search = new SiteSearch(dataset.sites, dataset.sectors);
  }

  filtered(filter: FilterState, lang: UiLang): FilterResult {
    const key = `${filterKey(filter)}|${lang}`;
    if (this.memo?.key !== key) {
      const found = this.found(filter.query);
      const sorted = (found ?? this.byName(lang)).filter((site) => inSectors(site, filter.sectors));
      const shown = new Set(sorted);
      const visible = shown.size === this.sites.length ? this.sites : this.sites.filter((site) => shown.has(site));
      this.memo = {key, result: {visible, sorted}};
    }
    return this.memo.result;
  }

  /** For the filter bar: sites per sector that match the search, whatever sectors are selected. */
  sectorCounts(query: string): ReadonlyMap<string, number> {
    if (this.countsMemo?.query !== query) this.countsMemo = {query, counts: countBySector(this.found(query) ?? this.sites)};
    return this.countsMemo.counts;
  }

  /** A marker's colour: its first sector among the selected ones, or its first sector when none is selected. */
  colorOf(site: SiteFeature, selected: readonly string[]): string {
    const ids = site.properties.sectors;
    const id = (selected.length ? ids.find((sector) => selected.includes(sector)) : undefined) ?? ids[0] ?? '';
    return this.sectorById.get(id)?.color ?? NEUTRAL_COLOR;
  }

  /** The sites a search finds, best first; undefined when nothing is searched. */
  private found(query: string): readonly SiteFeature[] | undefined {
    if (this.searchMemo?.query !== query) {
      const ids = this.search.search(query);
      this.searchMemo = {query, found: ids?.map((id) => this.siteById.get(id)!)};
    }
    return this.searchMemo.found;
  }

  /** Every site by name, in the order of the interface language. */
  private byName(lang: UiLang): readonly SiteFeature[] {
    if (this.sortedByName?.lang !== lang) {
      const collator = new Intl.Collator(lang, {sensitivity: 'base', numeric: true});
      this.sortedByName = {lang, sites: [...this.sites].sort((a, b) => collator.compare(a.properties.name, b.properties.name))};
    }
    return this.sortedByName.sites;
  }
}
