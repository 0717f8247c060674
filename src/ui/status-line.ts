import {html, nothing, type TemplateResult} from 'lit';
import type {LoadProblem, Messages} from '../i18n/strings.js';

export type LoadStatus =
  | {status: 'loading'}
  | {status: 'ready'; visible: number; total: number}
  | ({status: 'error'} & LoadProblem);

/**
 * The status line over the list, announced politely to screen readers: loading, how many sites show,
 * or, when nothing matches, the sentence saying what is active. In an error state it stays empty: the
 * error says what happened, and no filter is to blame.
 */
export function renderStatus(load: LoadStatus, messages: Messages, noMatch: string | undefined): TemplateResult {
  const text =
    load.status === 'loading'
      ? messages.loading
      : load.status === 'ready'
        ? (noMatch ?? messages.sitesShown(load.visible, load.total))
        : '';
  return html`<p part="status" class="status" role="status" aria-live="polite">${text}</p>`;
}

/** The visible sentence when the data cannot be shown at all, with a button to load the same source again. */
export function renderError(load: LoadStatus, messages: Messages, onRetry: () => void): TemplateResult | typeof nothing {
  if (load.status !== 'error') return nothing;
  return html`<div part="error" class="error" role="alert">
    <p>${messages.dataError(load)}</p>
    <button type="button" class="retry" @click=${onRetry}>${messages.retry}</button>
  </div>`;
}

/** The one button that clears search and filters when nothing matches. */
export function renderClearFilters(messages: Messages, onClear: () => void): TemplateResult {
  return html`<button type="button" class="clear-filters" @click=${onClear}>${messages.clearFilters}</button>`;
}

/**
 * Over the map when nothing matches: the status line's sentence (what is active) and the button that
 * clears search and filters. Not a live region: the status line already announces the sentence.
 */
export function renderNoResult(sentence: string, messages: Messages, onClear: () => void): TemplateResult {
  return html`<div part="no-result" class="no-result">
    <p>${sentence}</p>
    ${renderClearFilters(messages, onClear)}
  </div>`;
}
