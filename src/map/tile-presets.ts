/** What the `tiles` attribute asks for, resolved: a raster tile source, or none (the offline outline). */
export type TileSource =
  | {kind: 'none'}
  | {
      kind: 'raster';
      url: string;
      attribution: string;
      /** Where the credit links to (a constant of ours, never data). */
      attributionUrl?: string;
      maxZoom: number;
      /** Set on each tile <img>; OSM refuses tiles requested without a Referer. */
      referrerPolicy?: ReferrerPolicy;
    };

const OSM: TileSource = {
  kind: 'raster',
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap contributors',
  attributionUrl: 'https://www.openstreetmap.org/copyright',
  maxZoom: 19,
  // Partner pages with `Referrer-Policy: no-referrer` would otherwise get OSM's "access blocked" tiles.
  referrerPolicy: 'strict-origin-when-cross-origin',
};

const IGN: TileSource = {
  kind: 'raster',
  url:
    'https://data.geopf.fr/wmts?SERVICE=WMTS&VERSION=1.0.0&REQUEST=GetTile' +
    '&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2&STYLE=normal&FORMAT=image/png' +
    '&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}',
  attribution: 'IGN-F / Géoportail',
  attributionUrl: 'https://www.geoportail.gouv.fr/',
  maxZoom: 19,
};

/** True for a `{z}/{x}/{y}` template on http(s) or relative to the page. */
export function isTileTemplate(value: string): boolean {
  if (!['{z}', '{x}', '{y}'].every((token) => value.includes(token))) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'http' || scheme === 'https';
}

/**
 * `osm` (default), `ign`, `none`, or a URL template. Anything else falls back to `none` (the offline
 * outline) rather than to a tile server the page did not ask for; `problem` says why.
 */
export function resolveTiles(value: string | null | undefined): {source: TileSource; problem?: string} {
  const name = (value ?? '').trim();
  switch (name.toLowerCase()) {
    case '':
    case 'osm':
      return {source: OSM};
    case 'ign':
      return {source: IGN};
    case 'none':
      return {source: {kind: 'none'}};
  }
  if (isTileTemplate(name)) {
    return {source: {kind: 'raster', url: name, attribution: '', maxZoom: 20}};
  }
  return {
    source: {kind: 'none'},
    problem: `tiles="${name}" is neither osm, ign, none nor an http(s) URL template with {z}/{x}/{y}; showing the outline basemap.`,
  };
}

/** The tile source for the `tiles` attribute; an unusable value gets one console warning. */
export function readTiles(value: string | null | undefined): TileSource {
  const {source, problem} = resolveTiles(value);
  if (problem) console.warn(`<ecosystem-map> ${problem}`);
  return source;
}
