import {html, LitElement, nothing, type PropertyValues} from 'lit';
import type {FeatureCollection} from 'geojson';
import {property, query} from 'lit/decorators.js';
import {filterKey, idListConverter} from '../data/filter.js';
import {MAX_FEATURES} from '../data/rules.js';
import type {SiteCollection} from '../data/types.js';
import {LangController} from '../i18n/lang-controller.js';
import {resolveLang} from '../i18n/lang.js';
import {sectorsInWords} from '../i18n/localize.js';
import {messagesFor, type UiLang} from '../i18n/strings.js';
import type {LeafletMap} from '../map/leaflet.js';
import {FullscreenController} from '../map/fullscreen-controller.js';
import {MapController, type ViewRequest} from '../map/map-controller.js';
import {readTiles, type TileSource} from '../map/tile-presets.js';
import {readView, zoomConverter} from '../map/view-converters.js';
import {renderDetails} from '../ui/details-panel.js';
import {renderFilterBar} from '../ui/filter-bar.js';
import {renderMapControls} from '../ui/map-controls.js';
import {RovingTabindex} from '../ui/roving-tabindex.js';
import {renderSearchBox} from '../ui/search-box.js';
import {renderSiteList} from '../ui/site-list.js';
import {renderError, renderNoResult, renderStatus, statusText, type LoadStatus} from '../ui/status-line.js';
import {ViewSwitch} from '../ui/view-switch.js';
import {DatasetController} from './dataset-controller.js';
import {elementStyles} from './ecosystem-map.styles.js';
import {FilterController} from './filter-controller.js';
import {KeyboardController} from './keyboard-controller.js';
import {LinkController} from './link-controller.js';
import {SearchFitController} from './search-fit-controller.js';
import {SelectionController} from './selection-controller.js';
import {StatusAnnouncer} from './status-announcer.js';

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
 * @csspart error - The visible error message (`role="alert"`), with a Retry button.
 * @csspart no-result - Over the map when nothing matches: what is active, and a button clearing search and filters.
 * @csspart view-switch - The "Map / List" switch of narrow (phone) layouts.
 *
 * Over the map, the mouse wheel and a one-finger swipe scroll the page (cooperative gestures): Ctrl/⌘ +
 * wheel and two fingers move the map, and a short hint says so. A page where the map is the whole page
 * sets the boolean attribute `no-cooperative-gestures` for plain wheel zoom and one-finger panning.
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
  static override styles = elementStyles;

  private readonly loader = new DatasetController(this, () => this.mapView.drawn);
  private readonly filter = new FilterController(this, this.loader, () => this.uiLang);
  private readonly selection = new SelectionController(this, this.loader, (id) => this.mapView.markerOf(id));
  private readonly mapView = new MapController(
    this,
    () => this.mapContainer,
    (id) => this.selection.open(id),
  );
  private readonly keyboard = new KeyboardController(
    this,
    () => this.selection.site !== undefined,
    () => this.selection.close(),
  );
  private readonly announcer = new StatusAnnouncer(this);
  private readonly chipFocus = new RovingTabindex('data-sector', () => this.requestUpdate());
  private readonly deepLink = new LinkController(this, this.loader, this.filter);
  private readonly fullscreen = new FullscreenController(this);
  private readonly searchFit = new SearchFitController(this, this.filter, () => this.mapContainer);
  private readonly phoneView = new ViewSwitch(this);
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

  /** Interface language: `fr`, `en` or `nl`; otherwise the nearest ancestor's `lang`, else French. */
  @property() override lang = '';

  /** Basemap: `osm`, `ign`, `none` (offline outline) or a `{z}/{x}/{y}` URL template. */
  @property() tiles = 'osm';

  /** Initial centre as `"lat,lon"`; with `zoom`, overrides fitting to the data. */
  @property() center: string | undefined;

  /** Initial zoom level; with `center`, overrides fitting to the data. */
  @property({converter: zoomConverter}) zoom: number | undefined;

  /** Keep the open site, selected sectors and search in the page URL's hash (`#map-site=…`; the element's `id` replaces `map`). */
  @property({type: Boolean}) link = false;

  /** Plain wheel zooms and one finger pans the map (for full-page maps); by default they scroll the page. */
  @property({attribute: 'no-cooperative-gestures', type: Boolean}) noCooperativeGestures = false;

  /** Milliseconds to wait for `src` before a `timeout` error (at most 120000; unusable values keep 15000). */
  @property({attribute: 'load-timeout', type: Number}) loadTimeout = 15000;

  /** Features read at most from a dataset (default 1000000); the rest are reported in `data-load`'s `rejected`. */
  @property({attribute: 'max-features', type: Number}) maxFeatures = MAX_FEATURES;

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
    const result = this.filter.result;
    const selected = this.filter.selectedSectors;
    this.mapView.show({
      tiles: this.tileSource,
      index: view?.clusterIndex(result, selected),
      siteById: view?.siteById ?? new Map(),
      // A new dataset is fitted to the sites the visitor sees (a preset `sectors` narrows it).
      fitSites: result.count ? result.sorted : (view?.sites ?? []),
      sectors: view?.sectors ?? [],
      selectedSectors: selected,
      selected: this.selection.site,
      revealKey: `${this.selection.id}|${this.selection.openings}|${this.loader.serial}`,
      covering: this.renderRoot.querySelector('[part="details"]'),
      // Refitted on new data, new center/zoom, and to search results once typing settles.
      view: {
        key: JSON.stringify([this.loader.serial, this.center, this.zoom, this.searchFit.key]),
        ...(this.searchFit.searching ? {center: null, zoom: null} : this.viewRequest),
      },
      clusterLabel: messagesFor(this.uiLang).clusterLabel,
      cooperativeGestures: !this.noCooperativeGestures,
    });
  }

  private get uiLang(): UiLang {
    return resolveLang(this, this.lang);
  }

  /** Opens a site and, on a phone showing the list, the map with its details sheet. */
  private open(id: string): void {
    this.phoneView.show('map');
    this.selection.open(id);
  }

  override render() {
    const lang = this.uiLang;
    const messages = messagesFor(lang);
    const {state, view} = this.loader;
    const {sorted} = this.filter.result;
    const site = this.selection.site;
    const load: LoadStatus =
      state.status === 'ready' ? {status: 'ready', visible: sorted.length, total: view?.sites.length ?? 0} : state;
    const status = {text: statusText(load, messages), busy: this.announcer.busy(view && filterKey(this.filter.state))};
    const noMatch = this.filter.nothingMatches
      ? messages.noMatch(this.filter.query, this.filter.selectedSectors.length)
      : undefined;
    const reset = () => this.filter.reset();
    return html`<div class="layout" lang=${lang}>
      <div class="toolbar">
        ${renderSearchBox({
          query: this.filter.query,
          disabled: !view,
          messages,
          onInput: (text) => this.filter.setQuery(text),
          onSubmit: () => sorted[0] && this.open(sorted[0].id),
        })}
        ${renderFilterBar({
          sectors: view?.sectors ?? [],
          counts: view?.sectorCounts(this.filter.query) ?? new Map(),
          selected: this.filter.selectedSectors,
          lang,
          messages,
          roving: this.chipFocus,
          onToggle: (id) => this.filter.toggleSector(id),
          onReset: this.filter.active ? reset : undefined,
        })}
      </div>
      <div class="body" data-view=${this.phoneView.view}>
        <a class="skip-link" href="#sites" @click=${this.keyboard.onSkipLink}>${messages.skipToList}</a>
        <div class="map-area">
          ${renderMapControls({
            tiles: this.tileSource,
            map: this.mapView,
            fullscreen: this.fullscreen,
            messages,
            onOpen: (id) => this.open(id),
          })}
          <div part="map" class="map inset-focus" role="region" aria-label=${messages.mapLabel} aria-describedby="map-keys"></div>
          <p id="map-keys" class="visually-hidden">${messages.mapKeys}</p>
          ${
            site && view
              ? renderDetails({
                  site,
                  lang,
                  messages,
                  sectors: view.sectorById,
                  share: this.deepLink.share,
                  onClose: () => this.selection.close(),
                })
              : nothing
          }
          ${noMatch ? renderNoResult(noMatch, messages, reset, 'map') : nothing}
          ${renderError(load, messages, () => this.loader.retry())}
        </div>
        <div class="sidebar">
          <div class="sidebar-head">${renderStatus(status)}${view ? this.phoneView.render(messages) : nothing}</div>
          ${noMatch ? renderNoResult(noMatch, messages, reset, 'list') : nothing}
          ${renderSiteList({
            sites: sorted,
            selected: this.selection.id,
            messages,
            colorOf: (listed) => view?.colorOf(listed, this.filter.selectedSectors) ?? '',
            sectorsOf: (listed) => (view ? sectorsInWords(listed.properties.sectors, view.sectorById, lang) : ''),
            onSelect: (id) => this.open(id),
          })}
        </div>
      </div>
    </div>`;
  }
}
