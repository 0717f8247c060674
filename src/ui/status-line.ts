import {html, nothing, type TemplateResult} from 'lit';
import type {DataErrorCode} from '../events/data-error.js';
import type {Messages} from '../i18n/strings.js';

export type LoadStatus = {status: 'loading'} | {status: 'ready'; visible: number; total: number} | {status: 'error'; code: DataErrorCode};

/** The status line over the list: loading, or how many sites show (announced politely to screen readers). */
export function renderStatus(load: LoadStatus, messages: Messages): TemplateResult {
  const text =
    load.status === 'loading' ? messages.loading : load.status === 'ready' ? messages.sitesShown(load.visible, load.total) : '';
  return html`<p part="status" class="status" role="status" aria-live="polite">${text}</p>`;
}

/** The visible sentence when the data cannot be shown at all. */
export function renderError(load: LoadStatus, messages: Messages): TemplateResult | typeof nothing {
  return load.status === 'error' ? html`<div part="error" class="error" role="alert">${messages.dataError[load.code]}</div>` : nothing;
}
