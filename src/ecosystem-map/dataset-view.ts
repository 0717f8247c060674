import type {Dataset, Sector, SiteFeature} from '../data/types.js';
import type {UiLang} from '../i18n/strings.js';
import {buildSearchIndex, filterKey, filterSites, type FilterState, type SearchIndex} from '../utils/filter.js';

/**
 * What the element derives from one loaded dataset: lookups and the search index, built once, and the
 * filtered, sorted sites, recomputed only when the filter or the language changes.
 */
export class DatasetView {
  readonly sites: readonly SiteFeature[];
  readonly sectors: readonly Sector[];
  readonly sectorById: ReadonlyMap<string, Sector>;
  readonly siteById: ReadonlyMap<string, SiteFeature>;
  private readonly index: SearchIndex;
  private memo: {key: string; visible: SiteFeature[]; sorted: SiteFeature[]} | undefined;

  constructor(readonly dataset: Dataset) {
    this.sites = dataset.sites;
    this.sectors = dataset.sectors;
    this.sectorById = new Map(dataset.sectors.map((sector) => [sector.id, sector]));
    this.siteById = new Map(dataset.sites.map((site) => [site.id, site]));
    this.index = buildSearchIndex(dataset.sites, dataset.sectors);
  }

  get searchIndex(): SearchIndex {
    return this.index;
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

  /** The colour of a site's marker: its first sector's. */
  colorOf = (site: SiteFeature): string => this.sectorById.get(site.properties.sectors[0] ?? '')?.color ?? '#555555';
}
