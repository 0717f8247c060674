import {html, nothing, type TemplateResult} from 'lit';
import {cssVars} from './css-vars.js';
import type {Sector, SiteFeature} from '../data/types.js';
import {localizedText, sectorLabel} from '../i18n/localize.js';
import type {Messages, UiLang} from '../i18n/strings.js';
import {displayHost, safeHttpUrl} from '../data/urls.js';
import {sheetDrag} from './bottom-sheet.js';

export interface DetailsProps {
  site: SiteFeature;
  sectors: ReadonlyMap<string, Sector>;
  lang: UiLang;
  messages: Messages;
  onClose(): void;
}

/**
 * The selected site's details, rendered by Lit: every dataset string is bound as text, and only
 * http(s) URLs become links. On phones a bottom sheet, closed by its button or by dragging its grip down.
 */
export function renderDetails({site, sectors, lang, messages, onClose}: DetailsProps): TemplateResult {
  const {name, address, city, description, opened, precision, sources} = site.properties;
  const website = safeHttpUrl(site.properties.website);
  const place = [address, city && !address?.includes(city) ? city : undefined].filter(Boolean).join(', ');
  const text = localizedText(description, lang);
  const sourceLinks = (sources ?? []).map(safeHttpUrl).filter((href): href is string => href !== undefined);
  const drag = sheetDrag(onClose);
  return html`<section part="details" class="details" aria-labelledby="details-heading" @keydown=${closeOnEscape(onClose)}>
    <div
      class="sheet-grip"
      aria-hidden="true"
      @pointerdown=${drag.down}
      @pointermove=${drag.move}
      @pointerup=${drag.up}
      @pointercancel=${drag.cancel}
    ></div>
    <button type="button" class="close" aria-label=${messages.close} title=${messages.close} @click=${onClose}>×</button>
    <h2 id="details-heading" tabindex="-1">${name}</h2>
    <ul class="chips" aria-label=${messages.sectorsLabel}>
      ${site.properties.sectors.map((id) => {
        const sector = sectors.get(id);
        return sector
          ? html`<li class="chip" data-sector=${id} ${cssVars({'--_sector-color': sector.color})}>
              <span class="swatch" aria-hidden="true"></span>${sectorLabel(sector, lang)}
            </li>`
          : nothing;
      })}
    </ul>
    ${place ? html`<p class="address">${place}</p>` : nothing}
    ${text ? html`<p class="description">${text}</p>` : nothing}
    ${opened !== undefined ? html`<p class="opened">${messages.opened(opened)}</p>` : nothing}
    ${website
      ? html`<p class="website">
          <a href=${website} target="_blank" rel="noopener noreferrer">${messages.website(displayHost(website))}</a>
        </p>`
      : nothing}
    ${precision !== undefined && precision >= 100
      ? html`<p class="precision">${messages.approximatePosition(precision)}</p>`
      : nothing}
    ${sourceLinks.length
      ? html`<details class="sources">
          <summary>${messages.sources} (${sourceLinks.length})</summary>
          <ul>
            ${sourceLinks.map((href) => html`<li><a href=${href} target="_blank" rel="noopener noreferrer">${displayHost(href)}</a></li>`)}
          </ul>
        </details>`
      : nothing}
  </section>`;
}

function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
}
