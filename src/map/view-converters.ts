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

/**
 * The `zoom` attribute: a number, undefined when absent, NaN when empty or not a number (Lit's Number
 * converter would turn `zoom=""` into 0, the whole world).
 */
export const zoomConverter: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => (value === null ? undefined : value.trim() === '' ? NaN : Number(value)),
};

/** The initial view the page asks for; each unusable value is ignored with one console warning. */
export function readView(center: string | undefined, zoom: unknown): {center: [number, number] | null; zoom: number | null} {
  const view = {center: parseCenter(center), zoom: parseZoom(zoom)};
  if (center !== undefined && center !== null && !view.center) {
    warn(`center="${center.slice(0, 60)}" is not "latitude,longitude" (e.g. "50.69,3.17"); fitting to the data instead.`);
  }
  if (zoom !== undefined && zoom !== null && view.zoom === null) {
    warn(
      Number.isNaN(zoom)
        ? 'zoom is empty or not a number; ignored.'
        : `zoom="${typeof zoom === 'number' ? zoom : typeof zoom}" is not a zoom level between 0 and 22; ignored.`,
    );
  }
  return view;
}

function warn(text: string): void {
  console.warn(`<ecosystem-map> ${text}`);
}
