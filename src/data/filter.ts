import type {ComplexAttributeConverter} from 'lit';
import {normalizeText} from './text.js';

/**
 * What a visitor asked to see. `sectors` are the SELECTED sectors: only their sites show; none selected
 * (an empty list) means every site shows.
 */
export interface FilterState {
  readonly sectors: readonly string[];
  readonly query: string;
}

/** Selected sectors after a visitor presses a chip: pressing adds it (union), pressing again releases it. */
export function toggleSector(selected: readonly string[], taxonomy: readonly string[], id: string): string[] {
  if (selected.includes(id)) return selected.filter((other) => other !== id);
  // Kept in taxonomy order whatever the order of the presses, so the attribute reads the same way.
  return taxonomy.filter((other) => other === id || selected.includes(other));
}

/** A stable key of a filter, to tell whether it really changed. */
export function filterKey(filter: FilterState): string {
  return JSON.stringify([[...filter.sectors].sort(), normalizeText(filter.query)]);
}

/** `"a, b,,c"` → `['a', 'b', 'c']` (duplicates and blanks removed); no attribute → undefined. */
export function parseIdList(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  return [
    ...new Set(
      value
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    ),
  ];
}

/** The `sectors` attribute ⇄ property: comma-separated ids ⇄ string[]. */
export const idListConverter: ComplexAttributeConverter<string[] | undefined> = {
  fromAttribute: (value) => parseIdList(value),
  toAttribute: (value) => value?.join(','),
};
