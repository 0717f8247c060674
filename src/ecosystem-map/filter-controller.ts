import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FilterResult} from '../data/dataset-view.js';
import {filterKey, toggleSector, type FilterState} from '../data/filter.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import type {UiLang} from '../i18n/strings.js';
import type {DatasetController} from './dataset-controller.js';

export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  /** The selected sectors (the public `sectors` property); unset or empty: none selected, all sites show. */
  sectors: string[] | undefined;
}

const NOTHING = new FilterResult([], new Uint8Array(0), 0, []);

/**
 * Owns what the visitor filters by: the selected sectors (kept in the host's `sectors` property, so the
 * attribute follows the visitor's choices) and the search text. Fires `filter-change` when the visible set
 * changes through the interface or the `sectors` property, never when a dataset (re)loads.
 */
export class FilterController implements ReactiveController {
  /** The search text typed by the visitor. */
  query = '';
  /** The filter last announced for the dataset on screen (undefined: none announced yet). */
  private announced: {view: unknown; key: string} | undefined;

  constructor(
    private readonly host: FilterHost,
    private readonly dataset: DatasetController,
    private readonly lang: () => UiLang,
  ) {
    host.addController(this);
  }

  /** The selected sector ids; `[]` when none is selected (every site shows). */
  get selectedSectors(): readonly string[] {
    return this.host.sectors ?? [];
  }

  get state(): FilterState {
    return {sectors: this.selectedSectors, query: this.query};
  }

  /** The sites shown now: in dataset order for the map, by name for the list. */
  get result(): FilterResult {
    return this.dataset.view?.filtered(this.state, this.lang()) ?? NOTHING;
  }

  /** Whether anything narrows the sites shown. */
  get active(): boolean {
    return this.selectedSectors.length > 0 || this.query.trim() !== '';
  }

  /** The dataset has sites, but the search and sectors leave none: the visitor is told what is active. */
  get nothingMatches(): boolean {
    return (this.dataset.view?.sites.length ?? 0) > 0 && this.result.count === 0;
  }

  toggleSector(id: string): void {
    this.host.sectors = toggleSector(this.selectedSectors, this.dataset.view?.sectorIds ?? [], id);
  }

  setQuery(query: string): void {
    this.query = query;
    this.host.requestUpdate();
  }

  /** Search and sector filters cleared: every site shows again. */
  reset(): void {
    this.host.sectors = undefined;
    this.setQuery('');
  }

  hostUpdated(): void {
    const view = this.dataset.view;
    if (!view) return;
    const key = filterKey(this.state);
    const changed = this.announced?.view === view && this.announced.key !== key;
    this.announced = {view, key};
    if (changed) {
      this.host.dispatchEvent(
        new FilterChangeEvent({sectors: [...this.selectedSectors], query: this.query, visible: this.result.count}),
      );
    }
  }
}
