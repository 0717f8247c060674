import type {SiteFeature} from '../data/types.js';

/** Six decimals: about 10 cm, more than any site's position is worth, and a short URL. */
function coordinates(site: SiteFeature): string {
  const [lon, lat] = site.geometry.coordinates;
  return `${Number(lat.toFixed(6))},${Number(lon.toFixed(6))}`;
}

/**
 * OpenStreetMap's directions page with the site as destination and the start left for the visitor to
 * fill in (`route=;LAT,LON`; the routing engine is the visitor's choice on that page).
 */
export function directionsUrl(site: SiteFeature): string {
  return `https://www.openstreetmap.org/directions?${new URLSearchParams({route: `;${coordinates(site)}`})}`;
}

/** A `geo:` URI (RFC 5870): phones open it in the visitor's own maps app. */
export function geoUri(site: SiteFeature): string {
  return `geo:${coordinates(site)}`;
}

/** Touch devices get the `geo:` link too; a desktop has nothing to open it with. */
export function prefersGeoLinks(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}
