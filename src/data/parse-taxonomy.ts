/**
 * Reads a collection's own sector taxonomy (the `sectors` foreign member), repairing what can be
 * repaired and falling back to the built-in taxonomy. Pure module.
 */
import {BUILT_IN_SECTORS, FALLBACK_SECTOR_COLOR} from './taxonomy.js';
import {HEX_COLOR, SECTOR_ID} from './rules.js';
import {problem} from './types.js';
import type {Problem, Sector, SectorLabel} from './types.js';
import {describeValue, isPlainObject, nonEmptyString} from './values.js';

export interface TaxonomyResult {
  sectors: Sector[];
  warnings: Problem[];
}

function taxonomyWarning(field: string, message: string, hint?: string): Problem {
  return problem({severity: 'warning', index: null, field, message, hint});
}

/** Reads the collection's `sectors` foreign member; falls back to the built-in taxonomy. */
export function parseTaxonomy(raw: unknown): TaxonomyResult {
  const builtIn = (): Sector[] => BUILT_IN_SECTORS.map(copySector);
  if (raw === undefined) return {sectors: builtIn(), warnings: []};
  const warnings: Problem[] = [];
  if (!Array.isArray(raw)) {
    warnings.push(
      taxonomyWarning(
        'sectors',
        `the taxonomy is ${describeValue(raw)}, not a list of sectors; the built-in taxonomy is used instead`,
        'write "sectors": [{"id": "...", "label": {"fr": "...", "en": "..."}, "color": "#rrggbb"}, ...] or remove it',
      ),
    );
    return {sectors: builtIn(), warnings};
  }
  const sectors: Sector[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    const at = `sectors[${i}]`;
    if (!isPlainObject(entry)) {
      warnings.push(
        taxonomyWarning(
          at,
          `the taxonomy entry is ${describeValue(entry)}, not an object; it is skipped`,
          'write {"id": "...", "label": {"fr": "...", "en": "..."}, "color": "#rrggbb"}',
        ),
      );
      return;
    }
    const id = entry['id'];
    if (typeof id !== 'string' || !SECTOR_ID.test(id)) {
      warnings.push(
        taxonomyWarning(
          `${at}.id`,
          `${describeValue(id)} is not a usable sector id; the entry is skipped`,
          'use a short id of letters, digits and dashes, e.g. "hosting-cloud"',
        ),
      );
      return;
    }
    if (seen.has(id)) {
      warnings.push(
        taxonomyWarning(
          `${at}.id`,
          `sector id ${JSON.stringify(id)} is defined twice; this second entry is skipped`,
          'remove one of the two entries or give it another id',
        ),
      );
      return;
    }
    const label = parseLabel(entry['label'], id, `${at}.label`, warnings);
    if (!label) return;
    let color = entry['color'];
    if (typeof color !== 'string' || !HEX_COLOR.test(color)) {
      const fallback = BUILT_IN_SECTORS.find((s) => s.id === id)?.color ?? FALLBACK_SECTOR_COLOR;
      warnings.push(
        taxonomyWarning(
          `${at}.color`,
          `${describeValue(color)} is not a #rrggbb colour; ${fallback} is used instead`,
          'write six hexadecimal digits after #, e.g. "#0b5cad"',
        ),
      );
      color = fallback;
    }
    seen.add(id);
    sectors.push({id, label, color: (color as string).toLowerCase()});
  });
  if (sectors.length === 0) {
    warnings.push(
      taxonomyWarning(
        'sectors',
        'the taxonomy has no usable sector; the built-in taxonomy is used instead',
        'fix the entries above or remove "sectors" from the collection',
      ),
    );
    return {sectors: builtIn(), warnings};
  }
  return {sectors, warnings};
}

function copySector(s: Sector): Sector {
  return {id: s.id, label: {...s.label}, color: s.color};
}

function parseLabel(raw: unknown, id: string, at: string, warnings: Problem[]): SectorLabel | null {
  if (typeof raw === 'string' && raw.trim()) {
    warnings.push(
      taxonomyWarning(
        at,
        `the label of sector ${JSON.stringify(id)} is a single string; it is used for both languages`,
        'write "label": {"fr": "...", "en": "..."}',
      ),
    );
    return {fr: raw.trim(), en: raw.trim()};
  }
  if (!isPlainObject(raw)) {
    warnings.push(
      taxonomyWarning(
        at,
        `the label of sector ${JSON.stringify(id)} is ${describeValue(raw)}; the entry is skipped`,
        'write "label": {"fr": "...", "en": "..."}',
      ),
    );
    return null;
  }
  const fr = nonEmptyString(raw['fr']);
  const en = nonEmptyString(raw['en']);
  if (fr === undefined && en === undefined) {
    warnings.push(
      taxonomyWarning(
        at,
        `the label of sector ${JSON.stringify(id)} has neither a French nor an English text; the entry is skipped`,
        'write "label": {"fr": "...", "en": "..."}',
      ),
    );
    return null;
  }
  if (fr === undefined) {
    warnings.push(
      taxonomyWarning(
        `${at}.fr`,
        `the French label of sector ${JSON.stringify(id)} is ${describeValue(raw['fr'])}; the English one is shown instead`,
        'add the French label',
      ),
    );
  }
  if (en === undefined) {
    warnings.push(
      taxonomyWarning(
        `${at}.en`,
        `the English label of sector ${JSON.stringify(id)} is ${describeValue(raw['en'])}; the French one is shown instead`,
        'add the English label',
      ),
    );
  }
  const label: SectorLabel = {fr: (fr ?? en) as string, en: (en ?? fr) as string};
  const nl = raw['nl'];
  if (nonEmptyString(nl) !== undefined) label.nl = nonEmptyString(nl);
  else if (nl !== undefined && nl !== null && typeof nl !== 'string') {
    warnings.push(
      taxonomyWarning(
        `${at}.nl`,
        `the Dutch label of sector ${JSON.stringify(id)} is ${describeValue(nl)}, not a text; the French one is shown instead`,
        'write the Dutch label between quotes, or remove "nl"',
      ),
    );
  }
  return label;
}
