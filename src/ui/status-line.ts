import {html, nothing, type TemplateResult} from 'lit';
import type {DataErrorCode} from '../events/data-error.js';
import type {Messages} from '../i18n/strings.js';

export type LoadStatus = {status: 'loading'} | {status: 'ready'; visible: number; total: number} | {status: 'error'; code: DataErrorCode};

/** The status line's sentence: loading, or how many sites show. */
export function statusText(load: LoadStatus, messages: Messages): string {
  return load.status === 'loading' ? messages.loading : load.status === 'ready' ? messages.sitesShown(load.visible, load.total) : '';
}

/**
 * The status line over the list, a polite live region. While the visitor is still typing or pressing
 * chips, the new count shows at once but stays hidden from screen readers (the last announced sentence
 * stands in for it); once they pause, the line becomes plain text again and that change is announced.
 */
export function renderStatus({shown, announced}: {shown: string; announced: string}): TemplateResult {
  return html`<p part="status" class="status inset-focus" role="status" aria-live="polite" aria-atomic="true" tabindex="-1">${shown === announced
    ? shown
    : html`<span aria-hidden="true">${shown}</span><span class="visually-hidden">${announced}</span>`}</p>`;
}

/** The visible sentence when the data cannot be shown at all. */
export function renderError(load: LoadStatus, messages: Messages): TemplateResult | typeof nothing {
  return load.status === 'error' ? html`<div part="error" class="error" role="alert">${messages.dataError[load.code]}</div>` : nothing;
}
