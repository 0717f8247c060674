import type {UiLang} from '../i18n/strings.js';
import {filterKey, type FilterState} from './filter.js';
import {buildSearchIndex, countBySector, filterSites, type SearchIndex} from './search.js';
import type {Dataset, Sector, SiteFeature} from './types.js';

/** Marker colour of a site whose sectors are all unknown (cannot happen with validated data). */
const NEUTRAL_COLOR = '#555555';

/** The sites a filter shows: in dataset order (`visible`, for the map) and by name (`sorted`, for the list). */
export interface FilterResult {
  readonly visible: readonly SiteFeature[];
  readonly sorted: readonly SiteFeature[];
}

/**
 * What the element derives from one loaded dataset: lookups and the search index, built once; the
 * filtered, sorted sites and the per-sector counts, recomputed only when what they depend on changes
 * (the element renders on every selection or focus change; a large dataset must not be rescanned).
 */
export class DatasetView {
  readonly sites: readonly SiteFeature[];
  readonly sectors: readonly Sector[];
  readonly sectorById: ReadonlyMap<string, Sector>;
  readonly siteById: ReadonlyMap<string, SiteFeature>;
  readonly sectorIds: readonly string[];
  private readonly index: SearchIndex;
  private memo: {key: string; result: FilterResult} | undefined;
  private countsMemo: {query: string; counts: Map<string, number>} | undefined;

  constructor(readonly dataset: Dataset) {
    this.sites = dataset.sites;
    this.sectors = dataset.sectors;
    this.sectorById = new Map(dataset.sectors.map((sector) => [sector.id, sector]));
    this.siteById = new Map(dataset.sites.map((site) => [site.id, site]));
    this.sectorIds = dataset.sectors.map((sector) => sector.id);
    this.index = buildSearchIndex(dataset.sites, dataset.sectors);
  }

  filtered(filter: FilterState, lang: UiLang): FilterResult {
    const key = `${filterKey(filter)}|${lang}`;
    if (this.memo?.key !== key) {
      const visible = filterSites(this.sites, filter, this.index);
      const collator = new Intl.Collator(lang, {sensitivity: 'base', numeric: true});
      const sorted = [...visible].sort((a, b) => collator.compare(a.properties.name, b.properties.name));
      this.memo = {key, result: {visible, sorted}};
    }
    return this.memo.result;
  }

  /** For the filter bar: sites per sector that match the search, whatever sectors are selected. */
  sectorCounts(query: string): ReadonlyMap<string, number> {
    if (this.countsMemo?.query !== query) this.countsMemo = {query, counts: countBySector(this.sites, query, this.index)};
    return this.countsMemo.counts;
  }

  /** A marker's colour: its first sector among the selected ones, or its first sector when none is selected. */
  colorOf(site: SiteFeature, selected: readonly string[]): string {
    const ids = site.properties.sectors;
    const id = (selected.length ? ids.find((sector) => selected.includes(sector)) : undefined) ?? ids[0] ?? '';
    return this.sectorById.get(id)?.color ?? NEUTRAL_COLOR;
  }
}
