import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {SITE_LIST_ID} from '../ui/site-list.js';

export interface KeyboardHost extends ReactiveControllerHost, HTMLElement {}

/**
 * Keys that work anywhere inside the widget: Escape closes the details (from the list, the search
 * field once it is empty, the chips, the map or the panel itself), and the skip link jumps to the list.
 * Also brings whatever receives focus into view inside the widget's own scrolling boxes.
 */
export class KeyboardController implements ReactiveController {
  constructor(
    private readonly host: KeyboardHost,
    private readonly detailsOpen: () => boolean,
    private readonly closeDetails: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeydown);
    this.host.addEventListener('focusin', this.onFocusin);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeydown);
    this.host.removeEventListener('focusin', this.onFocusin);
  }

  /** The skip link's click (or Enter): stays in the widget instead of following the in-page href. */
  readonly onSkipLink = (event: Event): void => {
    event.preventDefault();
    this.skipToList();
  };

  /** Focus the first site of the list, or the status line when the list is empty. */
  skipToList(): void {
    const root = this.host.shadowRoot;
    const target =
      root?.querySelector<HTMLElement>(`#${SITE_LIST_ID} button`) ?? root?.querySelector<HTMLElement>('[part="status"]');
    target?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    // Controls that use Escape themselves (the search field clearing its text) stop it before it gets here.
    if (event.key !== 'Escape' || event.defaultPrevented || !this.detailsOpen()) return;
    event.preventDefault();
    // The page must not also act on it (close a dialog around the widget, say).
    event.stopPropagation();
    this.closeDetails();
  };

  private readonly onFocusin = (event: FocusEvent): void => {
    const target = event.composedPath()[0];
    // Leaflet positions the map's own content; scrolling its container would shift the map.
    if (!(target instanceof HTMLElement) || target.closest('.map')) return;
    if (target.closest('.list, .filters, .details')) target.scrollIntoView({block: 'nearest', inline: 'nearest'});
  };
}
