import {html, nothing, svg, type TemplateResult} from 'lit';
import type {Messages} from '../i18n/strings.js';
import type {GestureHint} from '../map/cooperative-gestures.js';
import type {StackList} from '../map/marker-parts.js';
import type {TileSource} from '../map/tile-presets.js';

/** What the controls read from and do to the map (the map controller). */
export interface MapControlsTarget {
  readonly gestureHint: GestureHint | undefined;
  readonly basemapFailed: boolean;
  readonly stackList: StackList | undefined;
  zoomBy(delta: 1 | -1): void;
  home(): void;
  listMoreOfStack(): void;
}

export interface FullscreenToggle {
  readonly supported: boolean;
  readonly active: boolean;
  toggle(): void;
}

export interface MapControlsProps {
  tiles: TileSource;
  map: MapControlsTarget;
  fullscreen: FullscreenToggle;
  messages: Messages;
  /** A site of a crowded point's list was chosen. */
  onOpen: (id: string) => void;
}

const homeIcon = svg`<path d="M3 9.5 10 3l7 6.5M5.5 8v8.5h9V8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>`;
const enterIcon = svg`<path d="M3 8V3h5M12 3h5v5M17 12v5h-5M8 17H3v-5" fill="none" stroke="currentColor" stroke-width="1.8"/>`;
const exitIcon = svg`<path d="M8 3v5H3M17 8h-5V3M12 17v-5h5M3 12h5v5" fill="none" stroke="currentColor" stroke-width="1.8"/>`;

function icon(path: TemplateResult): TemplateResult {
  return html`<svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">${path}</svg>`;
}

/** Ctrl, or ⌘ on Apple keyboards, for the wheel hint. */
function zoomKey(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl';
}

/**
 * Zoom, home and fullscreen buttons, the gesture hint, the list of a crowded point and the map credits,
 * rendered by Lit instead of Leaflet's controls: translated, with accessible names, and without the
 * HTML strings Leaflet's controls write.
 */
export function renderMapControls({tiles, map, fullscreen, messages, onOpen}: MapControlsProps): TemplateResult {
  const outline = tiles.kind === 'none' || map.basemapFailed;
  const credit = outline
    ? html`${map.basemapFailed ? html`<span class="basemap-note">${messages.tilesFailed}</span> · ` : nothing}${messages.outlineAttribution}`
    : tiles.attributionUrl
      ? html`<a href=${tiles.attributionUrl} target="_blank" rel="noopener noreferrer"
          >${tiles.attribution}<span class="visually-hidden"> (${messages.newTab})</span></a
        >`
      : tiles.attribution || nothing;
  const fullscreenLabel = fullscreen.active ? messages.fullscreenExit : messages.fullscreenEnter;
  const hint = map.gestureHint;
  const stack = map.stackList;
  return html`<div class="map-buttons">
      <div class="zoom" role="group">
        <button type="button" aria-label=${messages.zoomIn} title=${messages.zoomIn} @click=${() => map.zoomBy(1)}>+</button>
        <button type="button" aria-label=${messages.zoomOut} title=${messages.zoomOut} @click=${() => map.zoomBy(-1)}>−</button>
      </div>
      <button type="button" class="home" aria-label=${messages.home} title=${messages.home} @click=${() => map.home()}>
        ${icon(homeIcon)}
      </button>
      ${
        fullscreen.supported
          ? html`<button
              type="button"
              class="fullscreen"
              aria-label=${fullscreenLabel}
              title=${fullscreenLabel}
              aria-pressed=${fullscreen.active ? 'true' : 'false'}
              @click=${() => fullscreen.toggle()}
            >
              ${icon(fullscreen.active ? exitIcon : enterIcon)}
            </button>`
          : nothing
      }
    </div>
    ${hint ? gestureHint(hint === 'wheel' ? messages.wheelHint(zoomKey()) : messages.touchHint) : nothing}
    ${
      stack
        ? html`<section class="stack-list" aria-label=${messages.stackListLabel}>
            <h3>${messages.stackListLabel}</h3>
            <ul>
              ${stack.sites.map(
                (site) =>
                  html`<li>
                    <button type="button" data-site-id=${site.id} @click=${() => onOpen(site.id)}>${site.properties.name}</button>
                  </li>`,
              )}
            </ul>
            ${
              stack.remaining
                ? html`<button type="button" class="stack-more" @click=${() => map.listMoreOfStack()}>
                    ${messages.stackListMore(stack.remaining)}
                  </button>`
                : nothing
            }
          </section>`
        : nothing
    }
    <div class="credits">${credit}</div>`;
}

/** The hint over the map: its sentence is its whole text, with no whitespace around it. */
// prettier-ignore
const gestureHint = (text: string) => html`<div class="gesture-hint" aria-hidden="true">${text}</div>`;
