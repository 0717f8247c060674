// The pieces of the marker layer that need none of its state: the shapes of what it draws and is given,
// the arrow keys' directions, the fan's geometry, and small DOM helpers for markers.
import type {SiteFeature} from '../data/types.js';
import type {ClusterIndex, ClusterPoint, MapItem} from './cluster-index.js';
import {L, type Marker, type Point} from './leaflet.js';
import type {SectorLook} from './marker-style.js';

/** At most this many sites of one point fan out; the others are listed (see {@link StackList}). */
export const FAN_LIMIT = 16;
/** Up to this many sites, markers are drawn for the whole set rather than around the view. */
export const DRAW_WHOLE_UP_TO = 500;
/** Sites of a point listed per page beyond the fan. */
export const LIST_PAGE = 50;
/** Stacking above Leaflet's latitude order: fanned-out sites over their neighbours, the selected one over all. */
export const Z_FAN = 2000;
export const Z_SELECTED = 3000;

/** How far the fan's rings sit from their centre, in pixels: markers on them never touch. */
const FAN_RINGS = [40, 74] as const;
const FAN_RING_SIZE = 8;

/** How far from their shared point the sites of a fan of `count` reach, in pixels (to marker centres). */
export function fanReach(count: number): number {
  return FAN_RINGS[count > FAN_RING_SIZE ? 1 : 0];
}

/** A site's marker, as the layer needs it drawn. */
export interface MarkerSites {
  /** Which of the visible sites merge, at any zoom (one per filter, over the dataset's hierarchy). */
  readonly index: ClusterIndex;
  readonly siteById: ReadonlyMap<string, SiteFeature>;
  /** The sector each marker shows. */
  readonly sectorOf: (site: SiteFeature) => string;
  readonly look: (sector: string) => SectorLook;
}

/** The sites of a fanned-out point that did not fit in the fan. */
export interface StackList {
  readonly sites: readonly SiteFeature[];
  /** How many more are not listed yet. */
  readonly remaining: number;
}

export interface MarkerLayerOptions {
  /** A visitor activated a site's marker (click, Enter or Space). */
  onActivate(id: string): void;
  /** The list of a fanned-out point appeared, grew or went away. */
  onStackListChange(): void;
  /** Names a cluster for screen readers from its size and a few of its sites' names. */
  clusterLabel(count: number, names: readonly string[]): string;
  /** Whether moves are instant (prefers-reduced-motion). */
  reducedMotion(): boolean;
}

/** What is drawn for one map item; a new filter updates `item` (count, place, colour) in place. */
export interface Placed {
  item: MapItem;
  readonly marker: Marker;
  readonly button: HTMLButtonElement;
  /** Where the button's centre sits from the item's point, in pixels (fanned-out sites). */
  readonly offset: [number, number];
}

export interface Fan {
  readonly cluster: ClusterPoint;
  readonly ids: readonly string[];
  listed: SiteFeature[];
  remaining: number;
}

export type Direction = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
export const DIRECTIONS: Record<Direction, [number, number]> = {
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
};

/** The item whose point is closest to `target`. */
export function nearest<T>(items: readonly T[], target: Point, pointOf: (item: T) => Point): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = pointOf(item).distanceTo(target);
    if (distance < bestDistance) [best, bestDistance] = [item, distance];
  }
  return best;
}

/** Where the i-th of n fanned-out sites sits: one ring of up to eight, then a wider one offset by half a step. */
export function fanOffset(i: number, n: number): [number, number] {
  const ring = i < FAN_RING_SIZE ? 0 : 1;
  const onRing = ring === 0 ? Math.min(n, FAN_RING_SIZE) : n - FAN_RING_SIZE;
  const step = (2 * Math.PI) / onRing;
  const angle = -Math.PI / 2 + (i - ring * FAN_RING_SIZE) * step + ring * (step / 2);
  const radius = FAN_RINGS[ring];
  return [Math.round(radius * Math.cos(angle)), Math.round(radius * Math.sin(angle))];
}

/** A marker's button at an item's point (moved out by `offset` for a fanned-out site), not yet on the map. */
export function markerAt(item: MapItem, offset: [number, number] | undefined): {marker: Marker; button: HTMLButtonElement} {
  const button = document.createElement('button');
  button.type = 'button';
  button.tabIndex = -1;
  const element = offset ? fanElement(button, offset) : button;
  const icon = L.divIcon({html: element, className: 'marker-anchor', iconSize: [0, 0], iconAnchor: [0, 0]});
  // Leaflet's icon div is a zero-size anchor at the point, inert: the button inside carries the semantics.
  const marker = L.marker([item.lat, item.lon], {icon, interactive: false, keyboard: false, zIndexOffset: offset ? Z_FAN : 0});
  return {marker, button};
}

/** A fanned-out marker: a leg from the shared point to the button, which sits at the leg's end. */
export function fanElement(button: HTMLButtonElement, [dx, dy]: [number, number]): HTMLElement {
  const wrapper = document.createElement('div');
  wrapper.className = 'fan';
  const leg = document.createElement('span');
  leg.className = 'fan-leg';
  leg.style.setProperty('--_leg-length', `${Math.hypot(dx, dy)}px`);
  leg.style.setProperty('--_leg-angle', `${Math.atan2(dy, dx)}rad`);
  button.style.setProperty('--_marker-dx', `${dx}px`);
  button.style.setProperty('--_marker-dy', `${dy}px`);
  wrapper.append(leg, button);
  return wrapper;
}

/**
 * Calls `action` on click or keyboard activation, but not at the end of a map drag that started on
 * the button (the pointer moved more than a few pixels).
 */
export function activateOnPress(button: HTMLButtonElement, action: () => void): void {
  let down: {x: number; y: number} | undefined;
  button.addEventListener('pointerdown', (event) => (down = {x: event.clientX, y: event.clientY}));
  button.addEventListener('click', (event) => {
    const dragged = down && event.detail > 0 && Math.hypot(event.clientX - down.x, event.clientY - down.y) > 6;
    down = undefined;
    event.stopPropagation();
    if (!dragged) action();
  });
}

/**
 * A site's marker: named after the site, coloured and shaped by its sector (never by colour alone).
 * Dressing a marker again (another filter) changes only what differs, so unchanged markers cost no layout.
 */
export function dressSiteButton(button: HTMLButtonElement, site: SiteFeature, {color, glyph}: SectorLook): void {
  if (!button.firstChild) {
    button.className = 'marker';
    button.setAttribute('part', 'marker');
    button.dataset['siteId'] = site.id;
    button.setAttribute('aria-label', site.properties.name);
    button.title = site.properties.name;
    const shape = document.createElement('span');
    shape.className = 'glyph';
    shape.setAttribute('aria-hidden', 'true');
    button.append(shape);
  }
  if (button.dataset['glyph'] !== glyph) button.dataset['glyph'] = glyph;
  setStyle(button, '--_marker-color', color);
}

/** A cluster: its count as text, its name for screen readers, the shared sector's colour if any. */
export function dressClusterButton(
  button: HTMLButtonElement,
  cluster: ClusterPoint,
  name: string,
  color: string | undefined,
): void {
  if (!button.className) {
    button.className = 'cluster';
    button.setAttribute('part', 'cluster');
  }
  const count = String(cluster.count);
  if (button.textContent !== count) button.textContent = count;
  if (button.getAttribute('aria-label') !== name) button.setAttribute('aria-label', name);
  setStyle(button, '--_marker-color', color);
  button.toggleAttribute('data-mixed', !color);
  setStyle(button, '--_cluster-size', `${Math.round(34 + 6 * Math.log10(cluster.count))}px`);
}

/** Sets (or, with no value, removes) a custom property only when it changes: an unchanged style costs nothing. */
function setStyle(element: HTMLElement, name: string, value: string | undefined): void {
  if (element.style.getPropertyValue(name) === (value ?? '')) return;
  if (value === undefined) element.style.removeProperty(name);
  else element.style.setProperty(name, value);
}

/** The item an arrow key leads to: within 60° either side of the arrow; straight ahead wins over closer but sideways. */
export function inDirection<T>(
  items: readonly T[],
  origin: Point,
  pointOf: (item: T) => Point,
  [dx, dy]: [number, number],
): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const item of items) {
    const point = pointOf(item);
    const along = (point.x - origin.x) * dx + (point.y - origin.y) * dy;
    const across = Math.abs((point.x - origin.x) * dy - (point.y - origin.y) * dx);
    if (along <= 0 || across > along * 1.75) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [item, score];
  }
  return best;
}

/** Whether a point lies within a box of this size (from its top-left corner). */
export function isInside({x, y}: Point, size: Point): boolean {
  return x >= 0 && y >= 0 && x <= size.x && y <= size.y;
}
