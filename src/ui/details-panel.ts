import {html, nothing, type TemplateResult} from 'lit';
import {cssVars} from './css-vars.js';
import type {Sector, SiteFeature} from '../data/types.js';
import {localizedEntry} from '../i18n/localize.js';
import type {Messages, UiLang} from '../i18n/strings.js';
import {displayHost, safeHttpUrl} from '../data/urls.js';
import type {ShareProps} from '../ecosystem-map/link-controller.js';
import {directionsUrl, geoUri, prefersGeoLinks} from './directions.js';
import {sheetDrag} from './bottom-sheet.js';

export interface DetailsProps {
  site: SiteFeature;
  sectors: ReadonlyMap<string, Sector>;
  lang: UiLang;
  messages: Messages;
  /** False while the site's description, website and sources are still loading (embedded dataset): the panel is busy. */
  complete?: boolean;
  /** The "Copy link" button's state; absent without `link`. */
  share?: ShareProps | undefined;
  onClose: () => void;
}

/**
 * The selected site's details, rendered by Lit: every dataset string is bound as text, and only
 * http(s) URLs become links. A region named by its heading; Escape anywhere in the widget closes it
 * (see the keyboard controller). On phones a bottom sheet, closed by its button or by dragging its grip down.
 */
export function renderDetails({site, sectors, lang, messages, complete = true, share, onClose}: DetailsProps): TemplateResult {
  const {name, address, city, description, opened, precision, sources} = site.properties;
  const website = safeHttpUrl(site.properties.website);
  const place = [address, city && !address?.includes(city) ? city : undefined].filter(Boolean).join(', ');
  const text = localizedEntry(description, lang);
  const sourceLinks = (sources ?? []).map(safeHttpUrl).filter((href): href is string => href !== undefined);
  const drag = sheetDrag(onClose);
  return html`<section part="details" class="details" aria-labelledby="details-heading" aria-busy=${complete ? nothing : 'true'}>
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
              <span class="swatch" aria-hidden="true"></span>${labelOf(sector, lang)}
            </li>`
          : nothing;
      })}
    </ul>
    ${place ? html`<p class="address">${place}</p>` : nothing}
    ${text ? html`<p class="description" lang=${text.otherLang ?? nothing}>${text.text}</p>` : nothing}
    ${opened !== undefined ? html`<p class="opened">${messages.opened(opened)}</p>` : nothing}
    ${
      website
        ? html`<p class="website">
            <a href=${website} target="_blank" rel="noopener noreferrer"
              >${messages.website(displayHost(website))}<span class="visually-hidden"> (${messages.newTab})</span></a
            >
          </p>`
        : nothing
    }
    <p class="actions">
      <a class="directions" href=${directionsUrl(site)} target="_blank" rel="noopener noreferrer">${messages.directions}</a>
      ${prefersGeoLinks() ? html`<a class="geo" href=${geoUri(site)}>${messages.openInMapsApp}</a>` : nothing}
      ${share ? html`<button type="button" class="copy-link" @click=${share.onCopy}>${messages.copyLink}</button>` : nothing}
    </p>
    ${share ? renderShareFeedback(share, messages) : nothing}
    ${
      precision !== undefined && precision >= 100
        ? html`<p class="precision">${messages.approximatePosition(precision)}</p>`
        : nothing
    }
    ${
      sourceLinks.length
        ? html`<details class="sources">
            <summary>${messages.sources} (${sourceLinks.length})</summary>
            <ul>
              ${sourceLinks.map(
                (href) =>
                  html`<li>
                    <a href=${href} target="_blank" rel="noopener noreferrer"
                      >${displayHost(href)}<span class="visually-hidden"> (${messages.newTab})</span></a
                    >
                  </li>`,
              )}
            </ul>
          </details>`
        : nothing
    }
  </section>`;
}

/** A sector's label, marked with its language when it falls back to another one. */
function labelOf(sector: Sector, lang: UiLang): TemplateResult | string {
  const entry = localizedEntry(sector.label, lang);
  if (!entry) return sector.id;
  return entry.otherLang ? html`<span lang=${entry.otherLang}>${entry.text}</span>` : entry.text;
}

/** Copied: a confirmation read out politely. Refused: the URL in a selected read-only field, to copy by hand. */
function renderShareFeedback({status, url}: ShareProps, messages: Messages): TemplateResult {
  return html`<p class="share-status" role="status">${status === 'copied' ? messages.linkCopied : nothing}</p>
    ${
      status === 'refused'
        ? html`<label class="share-fallback">
            <span>${messages.copyLinkManually}</span>
            <input class="share-url" type="text" readonly .value=${url} @focus=${selectAll} />
          </label>`
        : nothing
    }`;
}

function selectAll(event: FocusEvent): void {
  (event.target as HTMLInputElement).select();
}
