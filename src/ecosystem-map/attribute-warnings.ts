import type {PropertyValues} from 'lit';
import {parseCenter, parseZoom} from '../utils/attribute-converters.js';
import {resolveTiles} from '../utils/tiles.js';

interface Configurable {
  tiles: string;
  center: string | undefined;
  zoom: number | undefined;
}

/** Tells the partner's web editor, once per change, which attribute value is ignored and why. */
export function warnAboutAttributes<T extends Configurable>(element: T, changed: PropertyValues<T>): void {
  const warn = (text: string) => console.warn(`<ecosystem-map> ${text}`);
  if (changed.has('tiles')) {
    const {problem} = resolveTiles(element.tiles);
    if (problem) warn(problem);
  }
  if (changed.has('center') && element.center && !parseCenter(element.center)) {
    warn(`center="${element.center}" is not "latitude,longitude" (e.g. "50.69,3.17"); fitting to the data instead.`);
  }
  if (changed.has('zoom') && element.zoom !== undefined && element.zoom !== null && parseZoom(element.zoom) === null) {
    warn(`zoom="${element.zoom}" is not a zoom level between 0 and 22; ignored.`);
  }
}
