import type {ComplexAttributeConverter} from 'lit';

/** `"50.69, 3.17"` → `[50.69, 3.17]`; null when it is not a latitude,longitude pair in range. */
export function parseCenter(value: string | null | undefined): [number, number] | null {
  if (!value) return null;
  const parts = value.split(',').map((part) => part.trim());
  if (parts.length !== 2 || parts.some((part) => part === '')) return null;
  const [lat, lon] = parts.map(Number) as [number, number];
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lat, lon];
}

/** `zoom` attribute: a finite number between 0 and 22, else null. */
export function parseZoom(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const zoom = Number(value);
  return Number.isFinite(zoom) && zoom >= 0 && zoom <= 22 ? zoom : null;
}

/** `"a, b,,c"` → `['a', 'b', 'c']` (duplicates and blanks removed). */
export function parseIdList(value: string | null): string[] | undefined {
  if (value === null) return undefined;
  return [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))];
}

/** The `sectors` attribute ⇄ property: comma-separated ids ⇄ string[]. */
export const idListConverter: ComplexAttributeConverter<string[] | undefined> = {
  fromAttribute: (value) => parseIdList(value),
  toAttribute: (value) => value?.join(','),
};
