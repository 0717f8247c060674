import {html, type TemplateResult} from 'lit';
import type {Messages} from '../i18n/strings.js';

export interface SearchBoxProps {
  query: string;
  disabled: boolean;
  messages: Messages;
  onInput: (query: string) => void;
  /** The field got focus: a search is likely, its engine can start loading. */
  onFocus: () => void;
  /** Enter: open the first site found. */
  onSubmit: () => void;
}

/** The search field: typing filters, Enter opens the first match, Escape clears what was typed. */
export function renderSearchBox({query, disabled, messages, onInput, onFocus, onSubmit}: SearchBoxProps): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') onSubmit();
    else if (event.key === 'Escape' && query) {
      // Escape empties the field first; a second Escape reaches the details panel.
      event.stopPropagation();
      onInput('');
    }
  };
  return html`<input
    part="search"
    class="search"
    type="search"
    .value=${query}
    aria-label=${messages.searchLabel}
    placeholder=${messages.searchPlaceholder}
    ?disabled=${disabled}
    @focus=${onFocus}
    @input=${(event: InputEvent) => onInput((event.target as HTMLInputElement).value)}
    @keydown=${onKeydown}
  />`;
}
