import type {LeafletMap} from './leaflet.js';

/** Which hint is on screen: how to zoom with the wheel, or how to move the map by touch. */
export type GestureHint = 'wheel' | 'touch';

/** How long a hint stays after the last gesture that called for it. */
const HINT_MS = 1600;

/**
 * Cooperative gestures: over the map, a plain wheel scrolls the page and a one-finger swipe scrolls it
 * too; Ctrl/⌘ + wheel (or a trackpad pinch) and two fingers move the map. A short hint says so when a
 * visitor scrolls over the map. Off (Leaflet's usual gestures) when the host opts out.
 */
export class CooperativeGestures {
  hint: GestureHint | undefined;
  private enabled = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly map: LeafletMap,
    private readonly onHintChange: () => void,
  ) {
    const container = map.getContainer();
    // Capture phase: seen before Leaflet's own wheel handler on the same container.
    container.addEventListener('wheel', this.onWheel, {capture: true});
    container.addEventListener('touchmove', this.onTouchMove, {passive: true});
  }

  /** Turns cooperative gestures on (the default) or off (`no-cooperative-gestures`). */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    // One finger scrolls the page: the browser pans, Leaflet only sees two-finger gestures.
    this.map.getContainer().classList.toggle('cooperative', enabled);
    if (!enabled) this.show(undefined);
  }

  destroy(): void {
    const container = this.map.getContainer();
    container.removeEventListener('wheel', this.onWheel, {capture: true});
    container.removeEventListener('touchmove', this.onTouchMove);
    clearTimeout(this.timer);
  }

  private readonly onWheel = (event: WheelEvent): void => {
    if (!this.enabled || event.ctrlKey || event.metaKey) return;
    // Leaflet never sees it, the page scrolls as usual.
    event.stopPropagation();
    this.show('wheel');
  };

  private readonly onTouchMove = (event: TouchEvent): void => {
    if (this.enabled && event.touches.length === 1) this.show('touch');
  };

  private show(hint: GestureHint | undefined): void {
    clearTimeout(this.timer);
    if (hint) this.timer = setTimeout(() => this.show(undefined), HINT_MS);
    if (hint === this.hint) return;
    this.hint = hint;
    this.onHintChange();
  }
}
