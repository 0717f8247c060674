// The element as a page first meets it: the public properties, a light frame with a status line, and
// a watch on the viewport. Everything else (map, data, interface) is in ecosystem-map-view.ts, imported
// when the element nears the viewport, so a widget far down a page costs only this module and Lit.
import {html, LitElement, type PropertyValues} from 'lit';
import type {FeatureCollection} from 'geojson';
import {property} from 'lit/decorators.js';
import {idListConverter} from '../data/filter.js';
import type {SiteCollection} from '../data/types.js';
import {mapLoading} from '../i18n/first-paint.js';
import {LangController} from '../i18n/lang-controller.js';
import {resolveLang} from '../i18n/lang.js';
import type {LeafletMap} from '../map/leaflet.js';
import {preloadDataset, preloadLocaleData, preloadMap} from './preload.js';
import {zoomConverter} from '../map/view-converters.js';
import {renderStatus} from '../ui/status-line.js';
import type {EcosystemMapView} from './ecosystem-map-view.js';
import {hostStyles} from './host.styles.js';

/** The view loads when the element is this close to the viewport, so it is usually ready when scrolled to. */
const NEAR_VIEWPORT = '600px';

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
  static override styles = hostStyles;

  private view: EcosystemMapView | undefined;
  private viewLoading: Promise<void> | undefined;
  private nearViewport: IntersectionObserver | undefined;

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

  /** Features read at most from a dataset (unset: 1000000); the rest are reported in `data-load`'s `rejected`. */
  // No default value here: the limit is written once, in rules.ts, which this first module does not load.
  @property({attribute: 'max-features', type: Number}) maxFeatures: number | undefined;

  constructor() {
    super();
    new LangController(this);
  }

  /** The Leaflet map, for advanced integrations (undefined while disconnected or not yet loaded; it is there by `data-load`). */
  get leafletMap(): LeafletMap | undefined {
    return this.view?.leafletMap;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.viewLoading) this.watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.nearViewport?.disconnect();
  }

  /** Loads the view once the element comes near the viewport; a hidden element loads when it is shown there. */
  private watchViewport(): void {
    if (typeof IntersectionObserver === 'undefined') return this.loadView();
    this.nearViewport ??= new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && this.loadView(),
      {
        rootMargin: NEAR_VIEWPORT,
      },
    );
    this.nearViewport.observe(this);
  }

  private loadView(): void {
    this.nearViewport?.disconnect();
    if (!this.viewLoading) {
      preloadMap(this.tiles);
      preloadDataset(this);
      preloadLocaleData(resolveLang(this, this.lang));
    }
    this.viewLoading ??= import('./ecosystem-map-view.js').then(
      async ({EcosystemMapView, loadMessages}) => {
        // The first render speaks the page's language, not French for an instant.
        await loadMessages(resolveLang(this, this.lang));
        this.view = new EcosystemMapView(this);
        this.requestUpdate();
      },
      (error: unknown) => console.error('<ecosystem-map> the widget could not be loaded:', error),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.view?.willUpdate(changed);
  }

  protected override updated(): void {
    this.view?.updated();
  }

  override render() {
    if (this.view) return this.view.render();
    const lang = resolveLang(this, this.lang);
    return html`<div class="frame" lang=${lang}>${renderStatus({text: mapLoading[lang], busy: true})}</div>`;
  }
}
