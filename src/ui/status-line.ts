import {html, nothing, type TemplateResult} from 'lit';
import type {LoadProblem, Messages} from '../i18n/strings.js';

export type LoadStatus =
  {status: 'loading'} | {status: 'ready'; visible: number; total: number} | ({status: 'error'} & LoadProblem);

/** The status line's sentence: loading, or how many sites show. */
export function statusText(load: LoadStatus, messages: Messages): string {
  return load.status === 'loading'
    ? messages.loading
    : load.status === 'ready'
      ? messages.sitesShown(load.visible, load.total)
      : '';
}

/**
 * The status line over the list, a polite live region showing the current count. `busy` while the
 * visitor is still typing or pressing chips: screen readers wait and announce the final count once.
 */
export function renderStatus({text, busy}: {text: string; busy: boolean}): TemplateResult {
  // The status's text is the sentence alone: no whitespace around it (Prettier would add some).
  // prettier-ignore
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

/** The visible sentence when the data cannot be shown at all, with a button to load the same source again. */
export function renderError(load: LoadStatus, messages: Messages, onRetry: () => void): TemplateResult | typeof nothing {
  if (load.status !== 'error') return nothing;
  return html`<div part="error" class="error" role="alert">
    <p>${messages.dataError(load)}</p>
    <button type="button" class="retry" @click=${onRetry}>${messages.retry}</button>
  </div>`;
}

/**
 * When nothing matches: the sentence saying what is active, and one button clearing search and filters.
 * Shown over the map (part `no-result`) and under the status line, where the list would be.
 */
export function renderNoResult(sentence: string, messages: Messages, onClear: () => void, where: 'map' | 'list'): TemplateResult {
  return html`<div part=${where === 'map' ? 'no-result' : nothing} class="no-result ${where === 'map' ? 'over-map' : 'in-list'}">
    <p>${sentence}</p>
    <button type="button" class="clear-filters" @click=${onClear}>${messages.clearFilters}</button>
  </div>`;
}
