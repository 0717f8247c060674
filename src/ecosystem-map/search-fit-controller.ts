import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {normalizeText} from '../data/text.js';
import type {FilterController} from './filter-controller.js';

/** What a visitor does on the map to move it: drag or tap, wheel, arrow keys. */
const VISITOR_MOVES = ['pointerdown', 'wheel', 'keydown'] as const;

/** How long typing must pause before the map moves to the results (no jump on every keystroke). */
const SETTLE_MS = 400;

/**
 * Fits the map to the search results once the visitor stops typing, unless the visitor moved the map
 * in between (they are looking somewhere: the map stays). `key` changes on every fit to make: the
 * element puts it in the map scene's view request, which the map controller refits on change.
 */
export class SearchFitController implements ReactiveController {
  /** Part of the view request key: a new value asks the map to fit the sites shown. */
  key = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private moved = false;
  private lastQuery = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly filter: FilterController,
    private readonly mapContainer: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of VISITOR_MOVES) this.host.addEventListener(type, this.onInput, {capture: true, passive: true});
  }

  /** Whether the map last fitted (or will fit) search results, rather than the page's initial view. */
  get searching(): boolean {
    return this.lastQuery !== '';
  }

  /** The visitor panned, zoomed or pressed on the map: a pending search fit is dropped. */
  readonly visitorMoved = (): void => {
    this.moved = true;
  };

  hostUpdated(): void {
    const query = normalizeText(this.filter.query);
    if (query === this.lastQuery) return;
    this.lastQuery = query;
    this.moved = false;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  hostDisconnected(): void {
    for (const type of VISITOR_MOVES) this.host.removeEventListener(type, this.onInput, {capture: true});
    clearTimeout(this.timer);
  }

  private readonly onInput = (event: Event): void => {
    const map = this.mapContainer();
    const buttons = map?.parentElement?.querySelector('.map-buttons');
    const path = event.composedPath();
    if ((map && path.includes(map)) || (buttons && path.includes(buttons))) this.visitorMoved();
  };

  private settle(): void {
    // Nothing found: the map stays where it is, under the "no site matches" message.
    if (this.moved || this.filter.nothingMatches) return;
    this.key++;
    this.host.requestUpdate();
  }
}
