// Everything <ecosystem-map> does once it nears the viewport: loaded by the element (ecosystem-map.ts)
// with a dynamic import, so that a page pays for the map, the data and the interface only when it shows them.
import {adoptStyles, html, nothing, type PropertyValues} from 'lit';
import {filterKey} from '../data/filter.js';
import {resolveLang} from '../i18n/lang.js';
import {sectorsInWords} from '../i18n/localize.js';
import {loadMessages, messagesFor, messagesLoaded, type UiLang} from '../i18n/strings.js';

export {loadMessages};
import type {LeafletMap} from '../map/leaflet.js';
import {FullscreenController} from '../map/fullscreen-controller.js';
import {MapController, type ViewRequest} from '../map/map-controller.js';
import {readTiles, type TileSource} from '../map/tile-presets.js';
import {readView} from '../map/view-converters.js';
import {renderDetails} from '../ui/details-panel.js';
import {renderFilterBar} from '../ui/filter-bar.js';
import {renderMapControls} from '../ui/map-controls.js';
import {ListPaging} from '../ui/list-paging.js';
import {RovingTabindex} from '../ui/roving-tabindex.js';
import {renderSearchBox} from '../ui/search-box.js';
import {renderSiteList} from '../ui/site-list.js';
import {renderError, renderNoResult, renderStatus, statusText, type LoadStatus} from '../ui/status-line.js';
import {ViewSwitch} from '../ui/view-switch.js';
import {DatasetController} from './dataset-controller.js';
import type {EcosystemMap} from './ecosystem-map.js';
import {elementStyles} from './ecosystem-map.styles.js';
import {FilterController} from './filter-controller.js';
import {KeyboardController} from './keyboard-controller.js';
import type {LinkController} from './link-controller.js';
import {SearchFitController} from './search-fit-controller.js';
import {SelectionController} from './selection-controller.js';
import {StatusAnnouncer} from './status-announcer.js';

/**
 * The element's behaviour: its controllers (attached to the host, which is connected by now) and what it
 * renders. The host keeps the public properties and delegates render(), willUpdate() and updated() here.
 */
export class EcosystemMapView {
  private readonly loader: DatasetController;
  private readonly filter: FilterController;
  private readonly selection: SelectionController;
  private readonly mapView: MapController;
  private readonly keyboard: KeyboardController;
  private readonly announcer: StatusAnnouncer;
  private readonly chipFocus: RovingTabindex;
  /** Only with `link`: the controller and its URL codec are a chunk loaded when `link` is first set. */
  private deepLink: LinkController | undefined;
  private deepLinkLoading: Promise<void> | undefined;
  private readonly fullscreen: FullscreenController;
  private readonly searchFit: SearchFitController;
  private readonly phoneView: ViewSwitch;
  private readonly listPaging: ListPaging;
  private shownLang: UiLang = 'fr';
  private tileSource: TileSource;
  private viewRequest: Omit<ViewRequest, 'key'>;

  constructor(private readonly host: EcosystemMap) {
    const mapContainer = () => host.renderRoot.querySelector<HTMLElement>('.map');
    this.loader = new DatasetController(
      host,
      () => this.mapView.drawn,
      // A link's state (site, sectors, search) is read before its dataset shows.
      async (view) => {
        await this.deepLinkLoading;
        await this.filter.searchReady(view);
      },
    );
    this.filter = new FilterController(host, this.loader, () => this.uiLang);
    this.selection = new SelectionController(host, this.loader, (id) => this.mapView.markerOf(id));
    this.mapView = new MapController(host, mapContainer, (id) => this.selection.open(id));
    this.keyboard = new KeyboardController(
      host,
      () => this.selection.site !== undefined,
      () => this.selection.close(),
    );
    this.announcer = new StatusAnnouncer(host);
    this.chipFocus = new RovingTabindex('data-sector', () => host.requestUpdate());
    if (host.link) this.loadDeepLink();
    this.fullscreen = new FullscreenController(host);
    this.searchFit = new SearchFitController(host, this.filter, mapContainer);
    this.phoneView = new ViewSwitch(host);
    this.listPaging = new ListPaging(host, () => host.renderRoot.querySelector('[part~="list"]'));
    this.tileSource = readTiles(host.tiles);
    this.viewRequest = readView(host.center, host.zoom);
    // The frame had only the box's styles; the full set replaces them.
    adoptStyles(host.renderRoot as ShadowRoot, elementStyles);
  }

  get leafletMap(): LeafletMap | undefined {
    return this.mapView.map;
  }

  willUpdate(changed: PropertyValues<EcosystemMap>): void {
    if (this.host.link) this.loadDeepLink();
    if (changed.has('tiles')) this.tileSource = readTiles(this.host.tiles);
    if (changed.has('center') || changed.has('zoom')) this.viewRequest = readView(this.host.center, this.host.zoom);
  }

  updated(): void {
    const view = this.loader.view;
    const result = this.filter.result;
    const selected = this.filter.selectedSectors;
    const {center, zoom} = this.host;
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
      covering: this.host.renderRoot.querySelector('[part="details"]'),
      // Refitted on new data, new center/zoom, and to search results once typing settles.
      view: {
        key: JSON.stringify([this.loader.serial, center, zoom, this.searchFit.key]),
        ...(this.searchFit.searching ? {center: null, zoom: null} : this.viewRequest),
      },
      clusterLabel: messagesFor(this.uiLang).clusterLabel,
      cooperativeGestures: !this.host.noCooperativeGestures,
    });
  }

  private loadDeepLink(): void {
    this.deepLinkLoading ??= import('./link-controller.js').then(
      ({LinkController}) => {
        // Added to a connected host, it reads the URL at once.
        this.deepLink = new LinkController(this.host, this.loader, this.filter);
        this.host.requestUpdate();
      },
      (error: unknown) => console.error('<ecosystem-map> link: the deep-link support could not be loaded:', error),
    );
  }

  /** The interface language: the one asked for once its strings are loaded, the previous one until then. */
  private get uiLang(): UiLang {
    const asked = resolveLang(this.host, this.host.lang);
    if (messagesLoaded(asked)) this.shownLang = asked;
    else void loadMessages(asked).then(() => this.host.requestUpdate());
    return this.shownLang;
  }

  /** Opens a site and, on a phone showing the list, the map with its details sheet. */
  private open(id: string): void {
    this.phoneView.show('map');
    this.selection.open(id);
  }

  /** Enter in the search field: opens the best match (once found, when the search was still loading). */
  private openFirstFound(): void {
    const open = () => {
      const first = this.filter.result.sorted[0];
      if (first) this.open(first.id);
    };
    if (this.filter.settled) open();
    else void this.filter.whenSettled().then(open, () => {});
  }

  render() {
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
          query: this.filter.typed,
          disabled: !view,
          messages,
          onInput: (text) => this.filter.setQuery(text),
          onFocus: () => this.filter.prepareSearch(),
          onSubmit: () => this.openFirstFound(),
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
                  complete: this.loader.detailsReady,
                  share: this.deepLink?.share,
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
            paging: this.listPaging,
          })}
        </div>
      </div>
    </div>`;
  }
}
