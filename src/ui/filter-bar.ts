import {html, nothing, type TemplateResult} from 'lit';
import {cssVars} from './css-vars.js';
import type {Sector} from '../data/types.js';
import {sectorLabel} from '../i18n/localize.js';
import type {Messages, UiLang} from '../i18n/strings.js';

export interface FilterBarProps {
  sectors: readonly Sector[];
  counts: ReadonlyMap<string, number>;
  /** The selected sector ids; none selected: every site shows. */
  selected: readonly string[];
  lang: UiLang;
  messages: Messages;
  onToggle(id: string): void;
  /** Clears sectors and search; absent when nothing narrows the sites shown. */
  onReset: (() => void) | undefined;
}

/**
 * One chip per sector of the taxonomy (colour, label, count); pressed chips are the selected sectors.
 * The reset button sits outside the chip row, so on phones, where the row scrolls, it stays in sight.
 */
export function renderFilterBar(props: FilterBarProps): TemplateResult {
  const {sectors, counts, selected, lang, messages, onToggle, onReset} = props;
  return html`<div part="filters" class="filters" role="group" aria-label=${messages.sectorsLabel}>
    <div class="chip-row">
      ${sectors.map((sector) => {
        const count = counts.get(sector.id) ?? 0;
        const pressed = selected.includes(sector.id);
        return html`<button
          type="button"
          part="sector"
          class="sector"
          data-sector=${sector.id}
          data-count=${count}
          aria-pressed=${pressed ? 'true' : 'false'}
          ${cssVars({'--_sector-color': sector.color})}
          @click=${() => onToggle(sector.id)}
        >
          <span class="swatch" aria-hidden="true"></span>
          <span class="label">${sectorLabel(sector, lang)}</span>
          <span class="count" aria-hidden="true">${count}</span>
          <span class="visually-hidden">(${messages.sectorCount(count)})</span>
        </button>`;
      })}
    </div>
    ${onReset ? html`<button type="button" class="reset" @click=${onReset}>${messages.showAll}</button>` : nothing}
  </div>`;
}
