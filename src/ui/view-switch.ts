import {html, type ReactiveControllerHost, type TemplateResult} from 'lit';
import type {Messages} from '../i18n/strings.js';

/** What a phone shows under the toolbar: the map, or the list over it. */
export type PhoneView = 'map' | 'list';

/**
 * The "Carte / Liste" switch of narrow layouts (hidden by CSS on wide ones, where both show side by
 * side). The map stays laid out under the list, so Leaflet keeps its size and view while hidden.
 */
export class ViewSwitch {
  view: PhoneView = 'map';

  constructor(private readonly host: ReactiveControllerHost) {}

  show(view: PhoneView): void {
    if (view === this.view) return;
    this.view = view;
    this.host.requestUpdate();
  }

  /** Two toggle buttons (aria-pressed): one tap from the map to the list and back. */
  render(messages: Messages): TemplateResult {
    const button = (view: PhoneView, label: string) =>
      html`<button
        type="button"
        data-view=${view}
        aria-pressed=${this.view === view ? 'true' : 'false'}
        @click=${() => this.show(view)}
      >
        ${label}
      </button>`;
    return html`<div part="view-switch" class="view-switch" role="group" aria-label=${messages.viewSwitchLabel}>
      ${button('map', messages.viewMap)}${button('list', messages.viewList)}
    </div>`;
  }
}
