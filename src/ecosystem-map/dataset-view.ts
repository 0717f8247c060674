import type {Dataset, Sector, SiteFeature} from '../data/types.js';
import type {UiLang} from '../i18n/strings.js';
import {buildSearchIndex, countBySector, filterKey, filterSites, type FilterState, type SearchIndex} from '../utils/filter.js';

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
  private memo: {key: string; visible: SiteFeature[]; sorted: SiteFeature[]} | undefined;
  private countsMemo: {query: string; counts: Map<string, number>} | undefined;

  constructor(readonly dataset: Dataset) {
    this.sites = dataset.sites;
    this.sectors = dataset.sectors;
    this.sectorById = new Map(dataset.sectors.map((sector) => [sector.id, sector]));
    this.siteById = new Map(dataset.sites.map((site) => [site.id, site]));
    this.sectorIds = dataset.sectors.map((sector) => sector.id);
    this.index = buildSearchIndex(dataset.sites, dataset.sectors);
  }

  /** The sites a filter shows: in dataset order (`visible`) and by name for the list (`sorted`). */
  filtered(filter: FilterState, lang: UiLang): {visible: SiteFeature[]; sorted: SiteFeature[]} {
    const key = `${filterKey(filter)}|${lang}`;
    if (this.memo?.key !== key) {
      const visible = filterSites(this.sites, filter, this.index);
      const collator = new Intl.Collator(lang, {sensitivity: 'base', numeric: true});
      const sorted = [...visible].sort((a, b) => collator.compare(a.properties.name, b.properties.name));
      this.memo = {key, visible, sorted};
    }
    return this.memo;
  }

  /** For the filter bar: sites per sector that match the search, whatever sectors are toggled. */
  sectorCounts(query: string): ReadonlyMap<string, number> {
    if (this.countsMemo?.query !== query) this.countsMemo = {query, counts: countBySector(this.sites, query, this.index)};
    return this.countsMemo.counts;
  }

  /** The colour of a site's marker: its first sector's. */
  colorOf = (site: SiteFeature): string => this.sectorById.get(site.properties.sectors[0] ?? '')?.color ?? '#555555';
}
