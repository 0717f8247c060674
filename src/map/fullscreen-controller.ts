import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** Full screen for the whole element (Fullscreen API); `supported` is false where browsers or frames forbid it. */
export class FullscreenController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  get supported(): boolean {
    return Boolean(document.fullscreenEnabled && 'requestFullscreen' in this.host);
  }

  get active(): boolean {
    return document.fullscreenElement === this.host;
  }

  toggle(): void {
    if (this.active) void document.exitFullscreen();
    else void this.host.requestFullscreen().catch(() => undefined);
  }

  hostConnected(): void {
    document.addEventListener('fullscreenchange', this.changed);
  }

  hostDisconnected(): void {
    document.removeEventListener('fullscreenchange', this.changed);
  }

  private readonly changed = () => this.host.requestUpdate();
}
