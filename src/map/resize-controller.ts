import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Watches an element of the host's shadow root and reports size changes. Maps break silently when
 * their container changes size (a tab shown, a sidebar opened): this is the cure.
 */
export class ResizeController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private observed: Element | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly target: () => Element | null,
    private readonly onResize: (size: DOMRectReadOnly) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = null;
  }

  private observe(): void {
    const element = this.target();
    if (!element || element === this.observed) return;
    this.observer ??= new ResizeObserver((entries) => {
      const last = entries[entries.length - 1];
      if (last) this.onResize(last.contentRect);
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observer.observe(element);
    this.observed = element;
  }
}
