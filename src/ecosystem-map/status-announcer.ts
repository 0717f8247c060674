import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** How long the visitor must pause typing or pressing chips before the count is announced. */
export const ANNOUNCE_DELAY_MS = 500;

/**
 * Debounces what the status line announces: a change of the filter (search text, sectors) is spoken
 * once the visitor pauses, not on every keystroke; loading, a new dataset or a new language are spoken
 * at once. Panning never changes the line, so it is never announced.
 */
export class StatusAnnouncer implements ReactiveController {
  private announced = '';
  private filterKey: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly delayMs = ANNOUNCE_DELAY_MS,
  ) {
    host.addController(this);
  }

  /**
   * Called while rendering with the sentence to show and the filter it reflects (undefined while no
   * dataset is shown). Returns what to show now and what screen readers should have heard so far.
   */
  read(text: string, filterKey: string | undefined): {shown: string; announced: string} {
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
    if (this.timer === undefined) this.announced = text;
    return {shown: text, announced: this.announced};
  }

  hostDisconnected(): void {
    this.cancel();
  }

  private cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
