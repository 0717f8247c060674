import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {SiteFeature} from '../data/types.js';
import {SiteSelectEvent} from '../events/site-select.js';
import {scrollListTo} from '../ui/site-list.js';
import type {DatasetController} from './dataset-controller.js';

export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  /** The public `selected` property: id of the site whose details are open. */
  selected: string | undefined;
}

/**
 * Owns which site is open: the host's `selected` property, `site-select` (once per opening, after the
 * dataset's `data-load`), and focus for keyboard and screen-reader users: opening a site moves focus to
 * the details heading, closing it gives focus back to where the visitor came from (or to the marker).
 */
export class SelectionController implements ReactiveController {
  /** Changes each time a visitor opens a site, even the one already open, so the map brings it into view again. */
  openings = 0;
  private announced: {view: unknown; id: string | undefined} | undefined;
  private openedFrom: HTMLElement | undefined;
  private focusHeading = false;
  private scrolledTo: string | undefined;

  constructor(
    private readonly host: SelectionHost,
    private readonly dataset: DatasetController,
    private readonly markerOf: (id: string) => HTMLElement | undefined,
  ) {
    host.addController(this);
  }

  /** The open site's id (an empty or removed attribute counts as none). */
  get id(): string | undefined {
    return this.host.selected || undefined;
  }

  /**
   * The open site, when the dataset on screen has it. With the embedded dataset, its description, website
   * and sources may still be on their way (`detailsReady`): the panel shows the rest and fills in.
   */
  get site(): SiteFeature | undefined {
    const id = this.id;
    return id === undefined ? undefined : this.dataset.view?.siteById.get(id);
  }

  /** A visitor opens a site (marker, list, search): remember where they are, move to the panel once rendered. */
  open(id: string): void {
    const active = this.host.shadowRoot?.activeElement;
    this.openedFrom = active instanceof HTMLElement ? active : this.markerOf(id);
    this.focusHeading = true;
    this.openings++;
    this.host.selected = id;
    this.host.requestUpdate();
  }

  /**
   * A visitor closes the details (close button, or Escape anywhere in the widget). When focus was in the
   * panel, it goes back to where the visitor opened the site from (or to its marker) once the panel is
   * gone; when the visitor had already moved elsewhere in the widget (the list, the search field), it
   * stays there.
   */
  close(): void {
    const id = this.id;
    const returnTo = this.openedFrom;
    const active = this.host.shadowRoot?.activeElement;
    const focusInPanel = active instanceof Element && active.closest('[part~="details"]') !== null;
    this.openedFrom = undefined;
    this.host.selected = undefined;
    if (!focusInPanel) return;
    void this.host.updateComplete.then(() => {
      const target = returnTo?.isConnected ? returnTo : id ? this.markerOf(id) : undefined;
      target?.focus();
    });
  }

  hostUpdated(): void {
    // A site is open before the embedded dataset's details arrived: they are fetched now (renders again once merged).
    if (this.id !== undefined && !this.dataset.detailsReady) void this.dataset.loadDetails();
    if (this.focusHeading) {
      this.focusHeading = false;
      this.host.shadowRoot?.querySelector<HTMLElement>('#details-heading')?.focus();
    }
    const view = this.dataset.view;
    if (!view) return;
    const id = this.id;
    const opening = `${id}|${this.openings}`;
    if (id !== undefined && this.scrolledTo !== opening && this.host.shadowRoot) scrollListTo(this.host.shadowRoot, id);
    this.scrolledTo = opening;
    if (this.announced?.view === view && this.announced.id === id) return;
    this.announced = {view, id};
    const site = this.site;
    if (site) {
      // A preset `selected` is announced after `data-load`, which tells the page the sites exist, and
      // the event carries the whole site (the embedded dataset's details included).
      void this.dataset.announced
        .then(() => this.dataset.loadDetails())
        .then(() => {
          if (this.id === site.id && this.dataset.view === view)
            this.host.dispatchEvent(new SiteSelectEvent({id: site.id, site}));
        });
    } else if (id !== undefined) {
      console.warn(`<ecosystem-map> selected="${id}": no site has this id.`);
    }
  }
}
