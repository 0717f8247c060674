import {html, nothing, type TemplateResult} from 'lit';
import {cssVars} from './css-vars.js';
import type {SiteFeature} from '../data/types.js';
import type {Messages} from '../i18n/strings.js';
import {LIST_PAGE, type ListPaging} from './list-paging.js';

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
  /** Shows the sites a page at a time (a large dataset never puts every site in the DOM). */
  paging: ListPaging;
}

/**
 * The list of the sites currently shown, a complete text alternative to the map: each item says the
 * site's name, town and sectors in words; activating it opens the details. An empty list says nothing:
 * the status line tells why (no match, or the data could not be loaded).
 */
export function renderSiteList({sites, selected, messages, colorOf, sectorsOf, onSelect, paging}: SiteListProps): TemplateResult {
  const shown = sites.slice(0, paging.limitFor(sites));
  const remaining = sites.length - shown.length;
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
    ${
      remaining > 0
        ? html`<button type="button" class="more inset-focus" @click=${() => paging.showMore()}>
            ${messages.showMore(Math.min(LIST_PAGE, remaining), remaining)}
          </button>`
        : nothing
    }`;
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
