/**
 * Types shared by the widget and the data-maintainer CLIs.
 * Pure module: no DOM, no Node APIs.
 */
import type {Feature, Point} from 'geojson';

export interface LocalizedText {
  fr?: string;
  en?: string;
  nl?: string;
}

/** A sector's name: French and English always (one fills in for the other), Dutch when given. */
export interface SectorLabel {
  fr: string;
  en: string;
  nl?: string;
}

/** One entry of a sector taxonomy. `color` is always `#rrggbb` (lower case). */
export interface Sector {
  id: string;
  label: SectorLabel;
  color: string;
}

export interface SiteProperties {
  name: string;
  sectors: string[];
  /** Postal address shown to visitors, plain text with no editorial remark. */
  address?: string;
  /** What is uncertain about the address (e.g. "numéro à confirmer"), for maintainers; may be
   *  used to say discreetly that the address is unconfirmed, never shown as part of it. */
  addressNote?: string;
  city?: string;
  description?: string | LocalizedText;
  website?: string;
  opened?: number;
  sources?: string[];
  /** Radius of coordinate uncertainty, in metres (from the fact table). */
  precision?: number;
}

export type SiteFeature = Feature<Point, SiteProperties> & {id: string};

/**
 * One fault found in a dataset.
 * - `severity: 'error'`: the widget leaves the feature out. (A collection that cannot be
 *   used at all is not a Problem: {@link parseDataset} throws {@link DatasetFormatError}.)
 * - `severity: 'warning'`: the widget keeps the feature but drops or repairs the field.
 * `index` is the 0-based position in `features` (null for collection-level problems such
 * as the taxonomy); `field` is a path inside the feature (`name`, `geometry.coordinates`,
 * `description.en`) or inside the collection (`sectors[2].color`).
 */
export interface Problem {
  index: number | null;
  id?: string;
  field: string;
  message: string;
  hint?: string;
  severity: 'error' | 'warning';
}

/** The one way to build a {@link Problem}: optional members are left out when undefined. */
export function problem(fields: {
  severity: Problem['severity'];
  index: number | null;
  field: string;
  message: string;
  hint?: string | undefined;
  id?: string | null | undefined;
}): Problem {
  const p: Problem = {index: fields.index, field: fields.field, message: fields.message, severity: fields.severity};
  if (fields.id !== undefined && fields.id !== null) p.id = fields.id;
  if (fields.hint) p.hint = fields.hint;
  return p;
}

export interface Dataset {
  sites: SiteFeature[];
  sectors: Sector[];
  /** Features left out (severity `error`), in feature order. */
  rejected: Problem[];
  /** Fields dropped or repaired (severity `warning`), in feature order. */
  warnings: Problem[];
}

/** The input as a whole cannot be used: not an object, not a FeatureCollection, no features array. */
export class DatasetFormatError extends Error {
  readonly code = 'format';
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'DatasetFormatError';
    this.hint = hint;
  }
}

/**
 * A dataset as the widget takes it (the `data` property, a `src` file): a GeoJSON FeatureCollection of
 * sites, with its own sector taxonomy or none (the built-in sectors then apply).
 */
export interface SiteCollection {
  type: 'FeatureCollection';
  sectors?: Sector[];
  features: SiteFeature[];
}
