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

/** Placeholders Leaflet fills in a tile URL: position, subdomain (`{s}`), retina suffix (`{r}`), TMS row. */
const KNOWN_PLACEHOLDERS = new Set(['z', 'x', 'y', 's', 'r', '-y']);
const REQUIRED_PLACEHOLDERS = ['z', 'x', 'y'];

/**
 * Why a tile URL template cannot be used, or undefined when it can: it needs `{z}`, `{x}` and `{y}`,
 * may use `{s}` and `{r}`, and must load over http(s) (or relative to the page). Any other placeholder
 * (Mapbox's `{id}`, `{accessToken}`) would make Leaflet throw on every redraw. The scheme is read by
 * the URL parser, so tabs or control characters cannot smuggle a `javascript:` URL past the check.
 */
export function tileTemplateProblem(value: string): string | undefined {
  const placeholders = [...value.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
  const unknown = placeholders.filter((name) => !KNOWN_PLACEHOLDERS.has(name));
  if (unknown.length) return `it uses ${unknown.map((name) => `{${name}}`).join(', ')}, which only {z} {x} {y} {s} {r} can be`;
  if (!REQUIRED_PLACEHOLDERS.every((name) => placeholders.includes(name))) return 'it lacks one of {z}, {x}, {y}';
  let protocol: string;
  try {
    protocol = new URL(value, 'https://page.invalid/').protocol;
  } catch {
    return 'it is not a URL';
  }
  return protocol === 'http:' || protocol === 'https:' ? undefined : `it loads over ${protocol} instead of http(s)`;
}

/** True for a template Leaflet can use (see {@link tileTemplateProblem}). */
export function isTileTemplate(value: string): boolean {
  return tileTemplateProblem(value) === undefined;
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
  const problem = tileTemplateProblem(name);
  if (problem === undefined) return {source: {kind: 'raster', url: name, attribution: '', maxZoom: 20}};
  return {
    source: {kind: 'none'},
    problem: `tiles="${shorten(name)}" is neither osm, ign, none nor a usable http(s) URL template (${problem}); showing the outline basemap.`,
  };
}

/** The tile source for the `tiles` attribute; an unusable value gets one console warning. */
export function readTiles(value: string | null | undefined): TileSource {
  const {source, problem} = resolveTiles(value);
  if (problem) console.warn(`<ecosystem-map> ${problem}`);
  return source;
}

/** A value quoted in a warning, cut so a huge attribute is never repeated in full. */
function shorten(value: string): string {
  return value.length > 120 ? `${value.slice(0, 117)}...` : value;
}
