import {html, nothing, type TemplateResult} from 'lit';
import type {DataErrorCode} from '../events/data-error.js';
import type {Messages} from '../i18n/strings.js';

export type LoadStatus = {status: 'loading'} | {status: 'ready'; visible: number; total: number} | {status: 'error'; code: DataErrorCode};

/** The status line's sentence: loading, or how many sites show. */
export function statusText(load: LoadStatus, messages: Messages): string {
  return load.status === 'loading' ? messages.loading : load.status === 'ready' ? messages.sitesShown(load.visible, load.total) : '';
}

/**
 * The status line over the list, a polite live region showing the current count. `busy` while the
 * visitor is still typing or pressing chips: screen readers wait and announce the final count once.
 */
export function renderStatus({text, busy}: {text: string; busy: boolean}): TemplateResult {
  return html`<p
    part="status"
    class="status inset-focus"
    role="status"
    aria-live="polite"
    aria-atomic="true"
    aria-busy=${busy ? 'true' : 'false'}
    tabindex="-1"
  >${text}</p>`;
}

/** The visible sentence when the data cannot be shown at all. */
export function renderError(load: LoadStatus, messages: Messages): TemplateResult | typeof nothing {
  return load.status === 'error' ? html`<div part="error" class="error" role="alert">${messages.dataError[load.code]}</div>` : nothing;
}
