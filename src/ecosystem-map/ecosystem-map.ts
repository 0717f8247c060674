import {html, LitElement, nothing, type PropertyValues} from 'lit';
import type {FeatureCollection} from 'geojson';
import {property, query} from 'lit/decorators.js';
import {idListConverter} from '../data/filter.js';
import type {SiteCollection} from '../data/types.js';
import {leafletStyles} from '../generated/leaflet.styles.js';
import {LangController} from '../i18n/lang-controller.js';
import {resolveLang} from '../i18n/lang.js';
import {messagesFor, type UiLang} from '../i18n/strings.js';
import type {LeafletMap} from '../map/leaflet.js';
import {MapController, type ViewRequest} from '../map/map-controller.js';
import {markerStyles} from '../map/marker-layer.styles.js';
import {readTiles, type TileSource} from '../map/tile-presets.js';
import {readView, zoomConverter} from '../map/view-converters.js';
import {baseStyles} from '../ui/base.styles.js';
import {renderDetails} from '../ui/details-panel.js';
import {detailsStyles} from '../ui/details-panel.styles.js';
import {renderFilterBar} from '../ui/filter-bar.js';
import {filterBarStyles} from '../ui/filter-bar.styles.js';
import {renderMapControls} from '../ui/map-controls.js';
import {mapControlsStyles} from '../ui/map-controls.styles.js';
import {renderSearchBox} from '../ui/search-box.js';
import {renderSiteList} from '../ui/site-list.js';
import {siteListStyles} from '../ui/site-list.styles.js';
import {renderError, renderStatus, type LoadStatus} from '../ui/status-line.js';
import {DatasetController} from './dataset-controller.js';
import {layoutStyles} from './ecosystem-map.styles.js';
import {FilterController} from './filter-controller.js';
import {SelectionController} from './selection-controller.js';

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
 * @csspart sector - One sector chip in the filter bar (`data-sector`, `aria-pressed` when selected, `data-count`).
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
  static override styles = [
    leafletStyles,
    baseStyles,
    layoutStyles,
    filterBarStyles,
    mapControlsStyles,
    markerStyles,
    detailsStyles,
    siteListStyles,
  ];

  private readonly loader = new DatasetController(this, () => this.mapView.drawn);
  private readonly filter = new FilterController(this, this.loader, () => this.uiLang);
  private readonly selection = new SelectionController(this, this.loader, (id) => this.mapView.markerOf(id));
  private readonly mapView = new MapController(this, () => this.mapContainer, (id) => this.selection.open(id));
  private tileSource: TileSource = readTiles('osm');
  private viewRequest: Omit<ViewRequest, 'key'> = {center: null, zoom: null};

  @query('.map') private mapContainer!: HTMLElement | null;

  /** URL of a GeoJSON FeatureCollection to load instead of the embedded dataset. */
  @property() src: string | undefined;

  /** A FeatureCollection object; when set, it wins over `src`. */
  @property({attribute: false}) data: SiteCollection | FeatureCollection | undefined;

  /** Selected sector ids (comma-separated in the attribute): only their sites show. Unset or empty: every site shows. */
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
  @property({converter: zoomConverter}) zoom: number | undefined;

  /** Milliseconds to wait for `src` before giving up with a `timeout` error. */
  @property({attribute: 'load-timeout', type: Number}) loadTimeout = 15000;

  constructor() {
    super();
    new LangController(this);
  }

  /** The Leaflet map, for advanced integrations (undefined while disconnected; Leaflet loads on first connection, it is there by `data-load`). */
  get leafletMap(): LeafletMap | undefined {
    return this.mapView.map;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tiles')) this.tileSource = readTiles(this.tiles);
    if (changed.has('center') || changed.has('zoom')) this.viewRequest = readView(this.center, this.zoom);
  }

  protected override updated(): void {
    const view = this.loader.view;
    const {visible} = this.filter.result;
    const selected = this.filter.selectedSectors;
    this.mapView.show({
      tiles: this.tileSource,
      sites: visible,
      // A new dataset is fitted to the sites the visitor sees (a preset `sectors` narrows it).
      fitSites: visible.length ? visible : (view?.sites ?? []),
      colorOf: (site) => view?.colorOf(site, selected) ?? '',
      selected: this.selection.site,
      revealKey: `${this.selection.id}|${this.selection.openings}|${this.loader.serial}`,
      covering: this.renderRoot.querySelector('[part="details"]'),
      view: {key: JSON.stringify([this.loader.serial, this.center, this.zoom]), ...this.viewRequest},
      clusterLabel: messagesFor(this.uiLang).clusterLabel,
    });
  }

  private get uiLang(): UiLang {
    return resolveLang(this, this.lang);
  }

  private zoomBy(delta: 1 | -1): void {
    const map = this.mapView.map;
    if (map) map.setZoom(map.getZoom() + delta);
  }

  override render() {
    const lang = this.uiLang;
    const messages = messagesFor(lang);
    const {state, view} = this.loader;
    const {sorted} = this.filter.result;
    const site = this.selection.site;
    const load: LoadStatus =
      state.status === 'ready' ? {status: 'ready', visible: sorted.length, total: view?.sites.length ?? 0} : state;
    return html`<div class="layout" lang=${lang}>
      <div class="toolbar">
        ${renderSearchBox({
          query: this.filter.query,
          disabled: !view,
          messages,
          onInput: (text) => this.filter.setQuery(text),
          onSubmit: () => sorted[0] && this.selection.open(sorted[0].id),
        })}
        ${renderFilterBar({
          sectors: view?.sectors ?? [],
          counts: view?.sectorCounts(this.filter.query) ?? new Map(),
          selected: this.filter.selectedSectors,
          lang,
          messages,
          onToggle: (id) => this.filter.toggleSector(id),
          onReset: this.filter.active ? () => this.filter.reset() : undefined,
        })}
      </div>
      <div class="body">
        <div class="map-area">
          ${renderMapControls({tiles: this.tileSource, messages, onZoom: (delta) => this.zoomBy(delta)})}
          <div part="map" class="map" role="region" aria-label=${messages.mapLabel}></div>
          ${site && view
            ? renderDetails({site, sectors: view.sectorById, lang, messages, onClose: () => this.selection.close()})
            : nothing}
          ${renderError(load, messages)}
        </div>
        <div class="sidebar">
          ${renderStatus(load, messages)}
          ${renderSiteList({
            sites: sorted,
            selected: this.selection.id,
            messages,
            colorOf: (listed) => view?.colorOf(listed, this.filter.selectedSectors) ?? '',
            onSelect: (id) => this.selection.open(id),
          })}
        </div>
      </div>
    </div>`;
  }
}
