import {html, nothing, type TemplateResult} from 'lit';
import {cssVars} from './css-vars.js';
import type {SiteFeature} from '../data/types.js';
import type {Messages} from '../i18n/strings.js';

/** Beyond this many sites the list shows the first ones and asks the visitor to narrow the search. */
const LIST_LIMIT = 300;

/** Target of the skip link. */
export const SITE_LIST_ID = 'sites';

export interface SiteListProps {
  /** The sites shown, already sorted. */
  sites: readonly SiteFeature[];
  selected: string | undefined;
  messages: Messages;
  colorOf: (site: SiteFeature) => string;
  /** The site's sectors in words, in the interface language. */
  sectorsOf: (site: SiteFeature) => string;
  onSelect: (id: string) => void;
}

/**
 * The list of the sites currently shown, a complete text alternative to the map: each item says the
 * site's name, town and sectors in words; activating it opens the details. An empty list says nothing:
 * the status line tells why (no match, or the data could not be loaded).
 */
export function renderSiteList({sites, selected, messages, colorOf, sectorsOf, onSelect}: SiteListProps): TemplateResult {
  const shown = sites.slice(0, LIST_LIMIT);
  return html`<ul part="list" class="list" id=${SITE_LIST_ID} aria-label=${messages.listLabel}>
      ${shown.map(
        (site) =>
          html`<li data-site-id=${site.id}>
            <button
              type="button"
              class="list-item inset-focus"
              aria-current=${site.id === selected ? 'true' : nothing}
              ${cssVars({'--_sector-color': colorOf(site)})}
              @click=${() => onSelect(site.id)}
            >
              <span class="swatch" aria-hidden="true"></span>
              <span class="list-name">${site.properties.name}</span>
              ${site.properties.city ? html`<span class="list-city">${site.properties.city}</span>` : nothing}
              <span class="list-sectors">${sectorsOf(site)}</span>
            </button>
          </li>`,
      )}
    </ul>
    ${sites.length > LIST_LIMIT ? html`<p class="more">${messages.moreSites(sites.length - LIST_LIMIT)}</p>` : nothing}`;
}

/**
 * Scrolls the list (only the list, never the page) so that a site's item is in sight: the list follows
 * a site opened from the map, the search or the `selected` property.
 */
export function scrollListTo(root: ParentNode, id: string): void {
  const list = root.querySelector<HTMLElement>('[part~="list"]');
  const item = list?.querySelector<HTMLElement>(`li[data-site-id="${CSS.escape(id)}"]`);
  if (!list || !item) return;
  const itemBox = item.getBoundingClientRect();
  const listBox = list.getBoundingClientRect();
  if (itemBox.top < listBox.top) list.scrollTop -= listBox.top - itemBox.top;
  else if (itemBox.bottom > listBox.bottom) list.scrollTop += itemBox.bottom - listBox.bottom;
}
