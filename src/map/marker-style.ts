import type {Sector, SiteFeature} from '../data/types.js';

/** Size of a marker's hit target, in CSS pixels (WCAG 2.5.8 asks for at least 24). */
export const MARKER_SIZE = 28;
/** Markers closer than this merge into a cluster: a marker and a cluster never cover each other's centre. */
export const CLUSTER_RADIUS = 36;
/** Colour of a cluster whose sites show different sectors, and of a site whose sector is unknown. */
export const NEUTRAL_COLOR = '#3b4452';

/**
 * Shapes drawn inside markers, one per sector (by its rank in the taxonomy), so that sectors are told
 * apart by shape as well as colour. Names match the `data-glyph` rules in marker-layer.styles.ts.
 */
export const GLYPHS = ['circle', 'square', 'diamond', 'triangle', 'hexagon', 'star', 'cross', 'bar', 'chevron', 'ring'] as const;
export type Glyph = (typeof GLYPHS)[number];

/** How a sector looks on the map. */
export interface SectorLook {
  readonly color: string;
  readonly glyph: Glyph;
}

/** The sector a site's marker shows: its first among the selected ones, else its first. */
export function markerSector(site: SiteFeature, selected: readonly string[]): string {
  const ids = site.properties.sectors;
  return (selected.length ? ids.find((id) => selected.includes(id)) : undefined) ?? ids[0] ?? '';
}

/** Colour and glyph of every sector of a taxonomy; unknown sectors get the neutral look. */
export function sectorLooks(sectors: readonly Sector[]): (id: string) => SectorLook {
  const looks = new Map<string, SectorLook>(
    sectors.map((sector, rank) => [sector.id, {color: sector.color, glyph: GLYPHS[rank % GLYPHS.length]}]),
  );
  return (id) => looks.get(id) ?? {color: NEUTRAL_COLOR, glyph: 'circle'};
}
