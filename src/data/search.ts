import type {FilterState} from './filter.js';
import {normalizeText} from './text.js';
import type {Sector, SiteFeature} from './types.js';

/** The searchable text of each site, normalised once per dataset. */
export type SearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(sites: readonly SiteFeature[], sectors: readonly Sector[]): SearchIndex {
  const labels = new Map(sectors.map((sector) => [sector.id, `${sector.label.fr} ${sector.label.en}`]));
  return new Map(
    sites.map((site) => {
      const {name, city, address, description} = site.properties;
      const descriptions = typeof description === 'object' ? Object.values(description) : [description];
      const parts = [name, city, address, ...descriptions, ...site.properties.sectors.map((id) => labels.get(id))];
      return [site.id, normalizeText(parts.filter(Boolean).join(' '))];
    }),
  );
}

/** Every word of the query starts a word of the site's text. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = normalizeText(query).split(' ').filter(Boolean);
  const padded = ` ${haystack}`;
  return words.every((word) => padded.includes(` ${word}`));
}

/** No sector selected: every site; otherwise the sites having any of the selected sectors. */
function inSectors(site: SiteFeature, sectors: readonly string[]): boolean {
  return sectors.length === 0 || site.properties.sectors.some((id) => sectors.includes(id));
}

/** The sites a filter shows, in dataset order. */
export function filterSites(sites: readonly SiteFeature[], filter: FilterState, index: SearchIndex): SiteFeature[] {
  return sites.filter(
    (site) => inSectors(site, filter.sectors) && matchesQuery(index.get(site.id) ?? '', filter.query),
  );
}

/** For the filter bar: how many sites of each sector match the search, whatever sectors are toggled. */
export function countBySector(sites: readonly SiteFeature[], query: string, index: SearchIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const site of sites) {
    if (!matchesQuery(index.get(site.id) ?? '', query)) continue;
    for (const id of new Set(site.properties.sectors)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
