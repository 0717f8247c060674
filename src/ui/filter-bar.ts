import {html, nothing, type TemplateResult} from 'lit';
import {cssVars} from './css-vars.js';
import type {Sector} from '../data/types.js';
import {formatNumber} from '../i18n/format.js';
import {localizedEntry} from '../i18n/localize.js';
import type {Messages, UiLang} from '../i18n/strings.js';
import type {RovingTabindex} from './roving-tabindex.js';

export interface FilterBarProps {
  sectors: readonly Sector[];
  counts: ReadonlyMap<string, number>;
  /** The selected sector ids; none selected: every site shows. */
  selected: readonly string[];
  lang: UiLang;
  messages: Messages;
  /** Makes the chips one tab stop, arrows moving between them. */
  roving: RovingTabindex;
  onToggle: (id: string) => void;
  /** Clears sectors and search; absent when nothing narrows the sites shown. */
  onReset: (() => void) | undefined;
}

/**
 * One chip per sector of the taxonomy (colour, label, count); pressed chips are the selected sectors.
 * The chips form a toolbar (one tab stop, arrow keys inside); "show all" follows as its own tab stop,
 * outside the chip row, so on phones, where the row scrolls, it stays in sight.
 */
export function renderFilterBar(props: FilterBarProps): TemplateResult {
  const {sectors, counts, selected, lang, messages, roving, onToggle, onReset} = props;
  const ids = sectors.map((sector) => sector.id);
  return html`<div part="filters" class="filters" role="group" aria-label=${messages.sectorsLabel}>
    <div
      class="chip-row"
      role="toolbar"
      aria-label=${messages.filterLabel}
      @keydown=${roving.onKeydown}
      @focusin=${roving.onFocusin}
    >
      ${sectors.map((sector) => {
        const count = counts.get(sector.id) ?? 0;
        const pressed = selected.includes(sector.id);
        const label = localizedEntry(sector.label, lang);
        return html`<button
          type="button"
          part="sector"
          class="sector"
          data-sector=${sector.id}
          data-count=${count}
          tabindex=${roving.tabIndex(sector.id, ids)}
          aria-pressed=${pressed ? 'true' : 'false'}
          ${cssVars({'--_sector-color': sector.color})}
          @click=${() => onToggle(sector.id)}
        >
          <span class="swatch" aria-hidden="true"></span>
          <span class="label" lang=${label?.otherLang ?? nothing}>${label?.text ?? sector.id}</span>
          <span class="count" aria-hidden="true">${formatNumber(lang, count)}</span>
          <span class="visually-hidden">(${messages.sectorCount(count)})</span>
        </button>`;
      })}
    </div>
    ${onReset ? html`<button type="button" class="reset" @click=${onReset}>${messages.showAll}</button>` : nothing}
  </div>`;
}
