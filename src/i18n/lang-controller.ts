import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Re-renders the host when a `lang` attribute changes anywhere in the document, since the widget
 * follows its nearest ancestor's language when it has none of its own.
 */
export class LangController implements ReactiveController {
  private observer: MutationObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(this.host.ownerDocument.documentElement, {attributes: true, attributeFilter: ['lang'], subtree: true});
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
