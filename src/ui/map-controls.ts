import {html, nothing, type TemplateResult} from 'lit';
import type {Messages} from '../i18n/strings.js';
import type {TileSource} from '../map/tile-presets.js';

export interface MapControlsProps {
  tiles: TileSource;
  messages: Messages;
  onZoom(delta: 1 | -1): void;
}

/**
 * Zoom buttons and map credits, rendered by Lit instead of Leaflet's controls: translated, with
 * accessible names, and without the HTML strings Leaflet's controls write.
 */
export function renderMapControls({tiles, messages, onZoom}: MapControlsProps): TemplateResult {
  const credit =
    tiles.kind === 'none'
      ? html`${messages.outlineAttribution}`
      : tiles.attributionUrl
        ? html`<a href=${tiles.attributionUrl} target="_blank" rel="noopener noreferrer"
            >${tiles.attribution}<span class="visually-hidden"> (${messages.newTab})</span></a
          >`
        : tiles.attribution || nothing;
  return html`<div class="zoom" role="group">
      <button type="button" aria-label=${messages.zoomIn} title=${messages.zoomIn} @click=${() => onZoom(1)}>+</button>
      <button type="button" aria-label=${messages.zoomOut} title=${messages.zoomOut} @click=${() => onZoom(-1)}>−</button>
    </div>
    <div class="credits">${credit}</div>`;
}
