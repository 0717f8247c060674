/**
 * The dataset shipped with the widget, as the element uses it: data/sites.geojson split at build time
 * (scripts/generate.mjs) into what the map and the list draw and, by site id, the rest (descriptions,
 * sources, website…), merged in once loaded. Pure: no DOM, no Node APIs.
 *
 * It is not validated again in the browser: `npm run validate:data` checks data/sites.geojson, and
 * test/node/default-dataset.test.ts proves that {@link embeddedDataset} with the details merged is exactly
 * what parseDataset makes of that file (no feature left out, no warning).
 */
import type {Dataset, SiteCollection, SiteFeature, SiteProperties} from './types.js';

/** The embedded collection as a validated dataset: fresh objects, so each element may complete its own. */
export function embeddedDataset(collection: SiteCollection & {sectors: NonNullable<SiteCollection['sectors']>}): Dataset {
  return {
    sites: collection.features.map(({id, geometry, properties}) => ({
      type: 'Feature',
      id,
      geometry: {type: 'Point', coordinates: [...geometry.coordinates]},
      properties: {...properties, sectors: [...properties.sectors]},
    })),
    sectors: collection.sectors.map((sector) => ({...sector, label: {...sector.label}})),
    rejected: [],
    warnings: [],
  };
}

/** Completes the sites with their details (in place: every lookup of the dataset sees them). */
export function mergeDetails(
  sites: Iterable<SiteFeature>,
  details: Readonly<Record<string, Readonly<Partial<SiteProperties>>>>,
): void {
  for (const site of sites) {
    const more = Object.hasOwn(details, site.id) ? details[site.id] : undefined;
    if (more) Object.assign(site.properties, structuredClone(more));
  }
}
