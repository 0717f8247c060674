// Shared fixtures for the browser tests: small datasets, a local tile template, and helpers that wait
// for what a visitor would wait for (never for a fixed time).
import {fixture, oneEvent, waitUntil} from '@open-wc/testing';
import type {FeatureCollection} from 'geojson';
import type {TemplateResult} from 'lit';
import '../define.js';
import type {EcosystemMap} from '../ecosystem-map/ecosystem-map.js';
import type {DataLoadEvent} from '../events/data-load.js';
import type {FilterChangeEvent} from '../events/filter-change.js';

/** Tiles from the test server (test/server.mjs): no test touches the internet. */
export const TEST_TILES = '/test-tiles/{z}/{x}/{y}.png';

export interface TestSite {
  id: string;
  name: string;
  sectors: string[];
  lon: number;
  lat: number;
  extra?: Record<string, unknown>;
}

export const TEST_SECTORS = [
  {id: 'hub', label: {fr: 'Pôle', en: 'Hub'}, color: '#0b5cad'},
  {id: 'school', label: {fr: 'École', en: 'School'}, color: '#aa3377'},
  {id: 'cloud', label: {fr: 'Nuage', en: 'Cloud'}, color: '#117733'},
];

export const TEST_SITES: TestSite[] = [
  {
    id: 'blanchemaille',
    name: 'Blanchemaille',
    sectors: ['hub'],
    lon: 3.16713,
    lat: 50.69633,
    extra: {
      address: '87 rue du Fontenoy',
      city: 'Roubaix',
      description: {fr: 'Pôle du commerce numérique.', en: 'Digital-commerce hub.'},
      website: 'https://www.example.org/blanchemaille',
      opened: 2015,
    },
  },
  {id: 'euratech', name: 'EuraTechnologies', sectors: ['hub', 'school'], lon: 3.02066, lat: 50.63407, extra: {city: 'Lille'}},
  {id: 'iut', name: 'IUT de Roubaix', sectors: ['school'], lon: 3.1766, lat: 50.6843, extra: {city: 'Roubaix'}},
  {
    id: 'ovh',
    name: 'OVHcloud',
    sectors: ['cloud'],
    lon: 3.2,
    lat: 50.6935,
    extra: {city: 'Roubaix', description: {fr: 'Hébergeur.'}},
  },
];

export function feature({id, name, sectors, lon, lat, extra}: TestSite) {
  return {type: 'Feature', id, geometry: {type: 'Point', coordinates: [lon, lat]}, properties: {name, sectors, ...extra}};
}

/** A FeatureCollection with its own taxonomy (typed loosely: tests add invalid features on purpose). */
export function collection(sites: TestSite[] = TEST_SITES, extraFeatures: unknown[] = []): FeatureCollection {
  const value = {type: 'FeatureCollection', sectors: TEST_SECTORS, features: [...sites.map(feature), ...extraFeatures]};
  return value as FeatureCollection;
}

/** `count` sites scattered over the metropolis, all in sector `hub`. */
export function manySites(count: number): TestSite[] {
  return Array.from({length: count}, (_, i) => ({
    id: `site-${i}`,
    name: `Site ${i}`,
    sectors: ['hub'],
    lon: 3.0 + ((i * 7919) % 1000) / 4000,
    lat: 50.6 + ((i * 104729) % 1000) / 8000,
  }));
}

/** Renders a map and resolves once its data is loaded and shown (or refused). */
export async function renderMap(template: TemplateResult): Promise<{el: EcosystemMap; event: DataLoadEvent}> {
  const el = await fixture<EcosystemMap>(template);
  const event = await oneEvent(el, 'data-load');
  return {el, event: event as DataLoadEvent};
}

export function shadow(el: EcosystemMap): ShadowRoot {
  return el.shadowRoot!;
}

export function parts(el: EcosystemMap, part: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${part}"]`)];
}

export function part(el: EcosystemMap, name: string): HTMLElement | null {
  return shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function markerIds(el: EcosystemMap): string[] {
  return parts(el, 'marker')
    .map((marker) => marker.dataset['siteId']!)
    .sort();
}

export function listIds(el: EcosystemMap): string[] {
  return [...(part(el, 'list')?.querySelectorAll<HTMLElement>('li[data-site-id]') ?? [])]
    .map((li) => li.dataset['siteId']!)
    .sort();
}

export function marker(el: EcosystemMap, id: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(`[part~="marker"][data-site-id="${id}"]`);
  if (!found) throw new Error(`no marker for ${id}`);
  return found;
}

export function sectorToggle(el: EcosystemMap, id: string): HTMLButtonElement {
  const found = part(el, 'filters')?.querySelector<HTMLButtonElement>(`[data-sector="${id}"]`);
  if (!found) throw new Error(`no sector toggle for ${id}`);
  return found;
}

/** Waits until the shadow root shows a part (details, error, …). */
export async function partShown(el: EcosystemMap, name: string): Promise<HTMLElement> {
  await waitUntil(() => part(el, name), `part "${name}" never appeared`);
  return part(el, name)!;
}

/** Resolves once the sites shown answer `query` (the search engine loads on the first visit to the field). */
export function searched(el: EcosystemMap, query: string): Promise<void> {
  return new Promise((resolve) => {
    const listener = (event: Event) => {
      if ((event as FilterChangeEvent).detail.query !== query) return;
      el.removeEventListener('filter-change', listener);
      resolve();
    };
    el.addEventListener('filter-change', listener);
  });
}
