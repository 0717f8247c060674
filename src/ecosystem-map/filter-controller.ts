import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FilterResult, type DatasetView} from '../data/dataset-view.js';
import {filterKey, toggleSector, type FilterState} from '../data/filter.js';
import {isBlankQuery, loadSearchEngine} from '../data/search.js';
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
 *
 * The search engine loads when the visitor first goes to the search field: text typed before it is
 * ready stays in the field (`typed`) and is applied (`query`) as soon as it is, so the sites shown, the
 * status line and `filter-change` always agree with each other.
 */
export class FilterController implements ReactiveController {
  /** The search text in the field, as typed by the visitor (or set by a link). */
  typed = '';
  /** The search text the sites shown answer: `typed`, once the search can answer it. */
  query = '';
  /** The filter last announced for the dataset on screen (undefined: none announced yet). */
  private announced: {view: unknown; key: string} | undefined;
  private waitingFor: DatasetView | undefined;

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

  setQuery(text: string): void {
    this.typed = text;
    this.host.requestUpdate();
  }

  /** The visitor is about to search (focus on the field): the engine starts loading. */
  prepareSearch(): void {
    const view = this.dataset.view;
    if (view) this.whenSearchReady(view);
    else loadSearchEngine().catch(() => {});
  }

  /** Settles once the typed text can be searched in `view` (a link's query, before its dataset shows). */
  searchReady(view: DatasetView): Promise<void> {
    return isBlankQuery(this.typed) ? Promise.resolve() : view.search.load().catch(() => {});
  }

  /** Whether the sites shown answer the text in the field (else it waits for the search engine). */
  get settled(): boolean {
    return this.query === this.typed;
  }

  /** Settles once the sites shown answer the text in the field. */
  async whenSettled(): Promise<void> {
    const view = this.dataset.view;
    if (this.settled || !view) return;
    await view.search.load();
    this.host.requestUpdate();
    await this.host.updateComplete;
  }

  /** Before each render: the typed text becomes the query once the search can answer it. */
  hostUpdate(): void {
    if (this.query === this.typed) return;
    const view = this.dataset.view;
    if (!view) {
      // A link's query arrives before the dataset: the engine downloads meanwhile.
      if (!isBlankQuery(this.typed)) loadSearchEngine().catch(() => {});
      return;
    }
    if (isBlankQuery(this.typed) || view.search.ready) this.query = this.typed;
    else this.whenSearchReady(view);
  }

  /** Search and sector filters cleared: every site shows again. */
  reset(): void {
    this.host.sectors = undefined;
    this.setQuery('');
  }

  hostUpdated(): void {
    const view = this.dataset.view;
    // While typed text waits for the engine, nothing is announced: the change is told once it shows.
    if (!view || !this.settled) return;
    const key = filterKey(this.state);
    const changed = this.announced?.view === view && this.announced.key !== key;
    this.announced = {view, key};
    if (changed) {
      this.host.dispatchEvent(
        new FilterChangeEvent({sectors: [...this.selectedSectors], query: this.query, visible: this.result.count}),
      );
    }
  }

  private whenSearchReady(view: DatasetView): void {
    if (this.waitingFor === view) return;
    this.waitingFor = view;
    view.search.load().then(
      () => {
        this.waitingFor = undefined;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.waitingFor = undefined;
        console.error('<ecosystem-map> the search could not be loaded:', error);
      },
    );
  }
}
