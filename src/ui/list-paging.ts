import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Items the list shows at first, and adds on each "show more": several screens to scroll, and few enough
 * that re-rendering them after a filter change stays cheap (never 100 000 nodes).
 */
export const LIST_PAGE = 100;

/**
 * Pages the site list: the first {@link LIST_PAGE} sites, then a button that shows the next ones and
 * moves keyboard focus to the first of them, so keyboard and screen-reader users carry on where they
 * were. A new set of sites (a filter or search change) starts again from the first page.
 */
export class ListPaging implements ReactiveController {
  private sites: readonly unknown[] | undefined;
  private shown = LIST_PAGE;
  /** Index of the item to focus once the next page is rendered. */
  private focusIndex: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & {renderRoot: ParentNode},
    private readonly list: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** How many of `sites` the list shows now. */
  limitFor(sites: readonly unknown[]): number {
    if (sites !== this.sites) {
      this.sites = sites;
      this.shown = LIST_PAGE;
    }
    return Math.min(this.shown, sites.length);
  }

  /** Shows the next page; focus goes to its first item. */
  showMore(): void {
    this.focusIndex = this.shown;
    this.shown += LIST_PAGE;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.focusIndex === undefined) return;
    const item = this.list()?.querySelectorAll<HTMLElement>('li > button')[this.focusIndex];
    this.focusIndex = undefined;
    item?.focus();
  }
}
