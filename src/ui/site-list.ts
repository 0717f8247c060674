import {html, nothing, type TemplateResult} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {cssVars} from './css-vars.js';
import type {SiteFeature} from '../data/types.js';
import type {Messages} from '../i18n/strings.js';

/** Beyond this many sites the list shows the first ones and asks the visitor to narrow the search. */
const LIST_LIMIT = 300;

export interface SiteListProps {
  /** The sites shown, already sorted. */
  sites: readonly SiteFeature[];
  selected: string | undefined;
  messages: Messages;
  colorOf(site: SiteFeature): string;
  onSelect(id: string): void;
}

/**
 * The list of the sites currently shown; activating an item opens its details. An empty list says
 * nothing: the status line tells why (no match, or the data could not be loaded).
 */
export function renderSiteList({sites, selected, messages, colorOf, onSelect}: SiteListProps): TemplateResult {
  const shown = sites.slice(0, LIST_LIMIT);
  return html`<ul part="list" class="list" aria-label=${messages.listLabel}>
      ${repeat(
        shown,
        (site) => site.id,
        (site) => html`<li data-site-id=${site.id}>
          <button
            type="button"
            class="list-item"
            aria-current=${site.id === selected ? 'true' : nothing}
            ${cssVars({'--_sector-color': colorOf(site)})}
            @click=${() => onSelect(site.id)}
          >
            <span class="swatch" aria-hidden="true"></span>
            <span class="list-name">${site.properties.name}</span>
            ${site.properties.city ? html`<span class="list-city">${site.properties.city}</span>` : nothing}
          </button>
        </li>`,
      )}
    </ul>
    ${sites.length > LIST_LIMIT ? html`<p class="more">${messages.moreSites(sites.length - LIST_LIMIT)}</p>` : nothing}`;
}
