import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {FilterChangeEvent} from '../events/filter-change.js';
import {SiteSelectEvent} from '../events/site-select.js';
import {leafletStyles} from '../generated/leaflet.styles.js';
import {LangController} from '../i18n/lang-controller.js';
import {resolveLang} from '../i18n/lang.js';
import {messagesFor, type UiLang} from '../i18n/strings.js';
import type {LeafletMap} from '../leaflet.js';
import {idListConverter, parseCenter, parseZoom} from '../utils/attribute-converters.js';
import {warnAboutAttributes} from './attribute-warnings.js';
import {filterKey, toggleSector, type FilterState} from '../utils/filter.js';
import {resolveTiles} from '../utils/tiles.js';
import {DatasetController} from './dataset-controller.js';
import {DatasetView} from './dataset-view.js';
import {DetailsFocus} from './details-focus.js';
import {renderDetails} from './details-panel.js';
import {styles} from './ecosystem-map.styles.js';
import {renderFilterBar} from './filter-bar.js';
import {LeafletController, type MapScene} from './leaflet-controller.js';
import {renderMapControls} from './map-controls.js';
import {renderSiteList} from './site-list.js';

/**
 * An interactive map of the Lille–Roubaix–Tourcoing digital ecosystem: who is where and does what.
 *
 * @summary Map of the sites of a GeoJSON dataset, with sector filters, search, a list and details.
 * @tag ecosystem-map
 *
 * @fires {DataLoadEvent} data-load - A dataset was loaded and shown. `detail: {count, rejected}`.
 * @fires {DataErrorEvent} data-error - The dataset could not be loaded or used at all. `detail: {code, message}`.
 * @fires {SiteSelectEvent} site-select - A site's details opened (click, keyboard, list, search or `selected`). `detail: {id, site}`.
 * @fires {FilterChangeEvent} filter-change - The visible set changed through the UI or `sectors`. `detail: {sectors, query, visible}`.
 *
 * @csspart map - The map area.
 * @csspart marker - One site's marker (a button with `data-site-id`, named after the site).
 * @csspart cluster - A group marker; its text is the number of sites it stands for.
 * @csspart filters - The sector filter bar.
 * @csspart sector - One sector toggle in the filter bar (`data-sector`, `aria-pressed`, `data-count`).
 * @csspart search - The text search input.
 * @csspart details - The details panel of the selected site.
 * @csspart list - The list of the sites shown; items carry `data-site-id`.
 * @csspart status - The "N sites" status line (`aria-live="polite"`).
 * @csspart error - The visible error message (`role="alert"`).
 *
 * @cssprop [--ecosystem-map-accent=#0b5cad] - Accent colour: focus rings, selected items, clusters.
 * @cssprop [--ecosystem-map-font=system-ui, sans-serif] - Font family of the whole widget.
 * @cssprop [--ecosystem-map-text=#1d232b] - Text colour.
 * @cssprop [--ecosystem-map-background=#ffffff] - Background of the panels.
 * @cssprop [--ecosystem-map-border=#d5d9de] - Colour of borders and separators.
 * @cssprop [--ecosystem-map-radius=6px] - Corner radius of panels and buttons.
 * @cssprop [--ecosystem-map-sidebar-width=17rem] - Width of the list column on wide layouts.
 */
export class EcosystemMap extends LitElement {
  static override styles = [leafletStyles, styles];

  private readonly loader = new DatasetController(this);
  private readonly leaflet = new LeafletController(
    this,
    () => this.mapContainer,
    () => this.mapScene(),
    (id) => this.selectFromUi(id),
  );
  private readonly detailsFocus = new DetailsFocus(this, (id) => this.leaflet.markerOf(id));
  private view: DatasetView | undefined;
  private emittedFilter: string | undefined;
  private announcedSelection: string | undefined;
  /** Counts loaded datasets: each new one is fitted into view. */
  private datasetSerial = 0;

  @query('.map') private mapContainer!: HTMLElement | null;

  /** The search text typed by the visitor. */
  @state() private query = '';

  /** URL of a GeoJSON FeatureCollection to load instead of the embedded dataset. */
  @property() src: string | undefined;

  /** A FeatureCollection object; when set, it wins over `src`. */
  @property({attribute: false}) data: unknown;

  /** Sector ids shown (comma-separated in the attribute); unset: every sector. */
  @property({converter: idListConverter}) sectors: string[] | undefined;

  /** Id of the site whose details are open; set it to open one, remove it to close. */
  @property({reflect: true}) selected: string | undefined;

  /** Interface language: `fr` or `en`; otherwise the nearest ancestor's `lang`, else French. */
  @property() override lang = '';

  /** Basemap: `osm`, `ign`, `none` (offline outline) or a `{z}/{x}/{y}` URL template. */
  @property() tiles = 'osm';

  /** Initial centre as `"lat,lon"`; with `zoom`, overrides fitting to the data. */
  @property() center: string | undefined;

  /** Initial zoom level; with `center`, overrides fitting to the data. */
  @property({type: Number}) zoom: number | undefined;

  /** Milliseconds to wait for `src` before giving up with a `timeout` error. */
  @property({attribute: 'load-timeout', type: Number}) loadTimeout = 15000;

  constructor() {
    super();
    new LangController(this);
  }

  /** The Leaflet map, for advanced integrations (undefined while disconnected). */
  get leafletMap(): LeafletMap | undefined {
    return this.leaflet.map;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.loader.sync();
    const {state} = this.loader;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    if (dataset !== this.view?.dataset) {
      this.view = dataset && new DatasetView(dataset);
      if (dataset) this.datasetSerial++;
      this.emittedFilter = undefined;
      this.announcedSelection = undefined;
    }
    warnAboutAttributes(this, changed);
  }

  protected override updated(): void {
    const view = this.view;
    if (!view) return;
    const key = filterKey(this.filter);
    if (this.emittedFilter !== undefined && key !== this.emittedFilter) {
      this.dispatchEvent(
        new FilterChangeEvent({sectors: this.activeSectors, query: this.query, visible: this.visible.visible.length}),
      );
    }
    this.emittedFilter = key;
    const selected = this.selected ?? undefined;
    if (selected !== this.announcedSelection) {
      this.announcedSelection = selected;
      const site = selected === undefined ? undefined : view.siteById.get(selected);
      if (site) {
        this.leaflet.reveal(site, this.renderRoot.querySelector('[part="details"]'));
        this.loader.afterLoadEvent(() => {
          if (this.selected === site.id) this.dispatchEvent(new SiteSelectEvent({id: site.id, site}));
        });
      } else if (selected !== undefined) {
        console.warn(`<ecosystem-map> selected="${selected}": no site has this id.`);
      }
    }
  }

  private get uiLang(): UiLang {
    return resolveLang(this, this.lang);
  }

  private get filter(): FilterState {
    return {sectors: this.sectors ?? null, query: this.query};
  }

  private get activeSectors(): string[] {
    return this.sectors ?? [...(this.view?.sectorIds ?? [])];
  }

  private get visible() {
    return this.view?.filtered(this.filter, this.uiLang) ?? {visible: [], sorted: []};
  }

  private mapScene(): MapScene {
    const messages = messagesFor(this.uiLang);
    const view = this.view;
    return {
      tiles: resolveTiles(this.tiles).source,
      sites: this.visible.visible,
      // A new dataset is fitted to the sites the visitor sees (a preset `sectors` narrows it).
      fitSites: this.visible.visible.length ? this.visible.visible : (view?.sites ?? []),
      colorOf: view?.colorOf ?? (() => ''),
      selected: this.selected ?? undefined,
      view: {
        key: JSON.stringify([this.datasetSerial, this.center, this.zoom]),
        center: parseCenter(this.center),
        zoom: parseZoom(this.zoom),
      },
      clusterLabel: messages.clusterLabel,
      lang: this.uiLang,
    };
  }

  private selectFromUi(id: string): void {
    this.detailsFocus.opening(id);
    this.selected = id;
    // Re-opening the site already shown still moves focus to its panel.
    this.requestUpdate();
  }

  private closeDetails(): void {
    this.detailsFocus.closing(this.selected ?? undefined);
    this.selected = undefined;
  }

  private toggleSector(id: string): void {
    this.sectors = toggleSector(this.sectors ?? null, this.view?.sectorIds ?? [], id);
  }

  private resetFilters(): void {
    this.sectors = undefined;
    this.query = '';
  }

  private onSearchInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onSearchKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      const first = this.visible.sorted[0];
      if (first) this.selectFromUi(first.id);
    } else if (event.key === 'Escape' && this.query) {
      event.stopPropagation();
      this.query = '';
    }
  }

  private zoomBy(delta: 1 | -1): void {
    const map = this.leaflet.map;
    if (map) map.setZoom(map.getZoom() + delta);
  }

  override render() {
    const lang = this.uiLang;
    const messages = messagesFor(lang);
    const {state} = this.loader;
    const view = this.view;
    const {visible, sorted} = this.visible;
    const selectedSite = this.selected ? view?.siteById.get(this.selected) : undefined;
    const status =
      state.status === 'loading'
        ? messages.loading
        : view
          ? messages.sitesShown(visible.length, view.sites.length)
          : '';
    return html`<div class="layout" lang=${lang}>
      <div class="toolbar">
        <input
          part="search"
          class="search"
          type="search"
          .value=${this.query}
          aria-label=${messages.searchLabel}
          placeholder=${messages.searchPlaceholder}
          ?disabled=${!view}
          @input=${this.onSearchInput}
          @keydown=${this.onSearchKeydown}
        />
        ${view
          ? renderFilterBar({
              sectors: view.sectors,
              counts: view.sectorCounts(this.query),
              active: this.sectors ?? null,
              lang,
              messages,
              onToggle: (id) => this.toggleSector(id),
              onReset: visible.length < view.sites.length ? () => this.resetFilters() : undefined,
            })
          : html`<div part="filters" class="filters" role="group" aria-label=${messages.sectorsLabel}></div>`}
      </div>
      <div class="body">
        <div class="map-area">
          ${renderMapControls({tiles: resolveTiles(this.tiles).source, messages, onZoom: (delta) => this.zoomBy(delta)})}
          <div part="map" class="map" role="region" aria-label=${messages.mapLabel}></div>
          ${selectedSite && view
            ? renderDetails({
                site: selectedSite,
                sectors: view.sectorById,
                lang,
                messages,
                onClose: () => this.closeDetails(),
              })
            : nothing}
          ${state.status === 'error'
            ? html`<div part="error" class="error" role="alert">${messages.dataError[state.code]}</div>`
            : nothing}
        </div>
        <div class="sidebar">
          <p part="status" class="status" role="status" aria-live="polite">${status}</p>
          ${renderSiteList({
            sites: sorted,
            selected: this.selected ?? undefined,
            messages,
            colorOf: view?.colorOf ?? (() => ''),
            onSelect: (id) => this.selectFromUi(id),
          })}
        </div>
      </div>
    </div>`;
  }
}
