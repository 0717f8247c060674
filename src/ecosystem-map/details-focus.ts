import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Keyboard and screen-reader users follow the details panel: when a visitor opens a site, focus moves
 * to the panel's heading; when they close it, focus goes back to what they opened it from (the
 * marker, list item or search box), or to the site's marker when that is gone.
 */
export class DetailsFocus implements ReactiveController {
  private openedFrom: HTMLElement | undefined;
  private focusHeading = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly markerOf: (id: string) => HTMLElement | undefined,
  ) {
    host.addController(this);
  }

  /** A visitor is opening site `id`: remember where they are, move to the panel once rendered. */
  opening(id: string): void {
    const active = this.host.shadowRoot?.activeElement;
    this.openedFrom = active instanceof HTMLElement ? active : this.markerOf(id);
    this.focusHeading = true;
  }

  /** A visitor closed the panel of site `id`: give focus back once the panel is gone. */
  closing(id: string | undefined): void {
    const returnTo = this.openedFrom;
    this.openedFrom = undefined;
    void this.host.updateComplete.then(() => {
      const target = returnTo?.isConnected ? returnTo : id ? this.markerOf(id) : undefined;
      target?.focus();
    });
  }

  hostUpdated(): void {
    if (!this.focusHeading) return;
    this.focusHeading = false;
    this.host.shadowRoot?.querySelector<HTMLElement>('#details-heading')?.focus();
  }
}
