import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How long the visitor must pause typing or pressing chips before the count is announced. */
export const ANNOUNCE_DELAY_MS = 500;

/**
 * Debounces what the status line announces: a change of the filter (search text, sectors) is spoken
 * once the visitor pauses, not on every keystroke; loading, a new dataset or a new language are spoken
 * at once. Panning never changes the line, so it is never announced. The line itself always shows the
 * current count; while the visitor is still typing or pressing chips it is marked `aria-busy`, which
 * tells screen readers to wait for the final sentence.
 */
export class StatusAnnouncer implements ReactiveController {
  private filterKey: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = ANNOUNCE_DELAY_MS,
  ) {
    host.addController(this);
  }

  /**
   * Called while rendering with the filter the status line reflects (undefined while no dataset is
   * shown). Returns whether the line is still settling (busy) after a filter change.
   */
  busy(filterKey: string | undefined): boolean {
    if (filterKey === undefined) {
      this.cancel();
    } else if (this.filterKey !== undefined && filterKey !== this.filterKey) {
      this.cancel();
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.host.requestUpdate();
      }, this.delayMs);
    }
    this.filterKey = filterKey;
    return this.timer !== undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
