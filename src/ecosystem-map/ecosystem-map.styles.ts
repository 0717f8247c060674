import {css} from 'lit';
import {leafletStyles} from '../generated/leaflet.styles.js';
import {markerStyles} from '../map/marker-layer.styles.js';
import {baseStyles, narrow} from '../ui/base.styles.js';
import {hostStyles} from './host.styles.js';
import {detailsStyles} from '../ui/details-panel.styles.js';
import {filterBarStyles} from '../ui/filter-bar.styles.js';
import {mapControlsStyles} from '../ui/map-controls.styles.js';
import {siteListStyles} from '../ui/site-list.styles.js';

/** The element's frame: toolbar on top, then map and list side by side (stacked on phones). */
export const layoutStyles = css`
  .layout {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    grid-template-columns: minmax(0, 1fr);
    height: 100%;
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    align-items: center;
    padding: 8px;
    border-bottom: 1px solid var(--_border);
  }

  .search {
    flex: 1 1 12rem;
    min-width: 8rem;
    max-width: 20rem;
    padding: 6px 10px;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .body {
    position: relative;
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--ecosystem-map-sidebar-width, 17rem);
    min-height: 0;
  }

  .map-area {
    position: relative;
    min-height: 0;
    overflow: hidden;
    /* Its layers (Leaflet panes, panels, messages) stack among themselves, under the phone list. */
    isolation: isolate;
  }

  .map {
    position: absolute;
    inset: 0;
    background: #eef1f4;
    font: inherit;
  }

  @media (forced-colors: active) {
    .error {
      border: 2px solid CanvasText;
    }
  }

  .sidebar {
    display: flex;
    flex-direction: column;
    min-height: 0;
    border-left: 1px solid var(--_border);
  }

  .sidebar-head {
    display: flex;
    align-items: center;
    gap: 8px;
    border-bottom: 1px solid var(--_border);
  }

  .status {
    flex: 1;
    margin: 0;
    padding: 8px 12px;
    font-weight: 600;
  }

  /* The "Map / List" switch exists on phones only. */
  .view-switch {
    display: none;
  }

  .view-switch button {
    min-width: 44px;
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    background: var(--_background);
    cursor: pointer;
  }

  .view-switch button:first-child {
    border-radius: var(--_radius) 0 0 var(--_radius);
  }

  .view-switch button:last-child {
    border-left: none;
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }

  .view-switch button[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
    font-weight: 600;
  }

  /* Nothing matches: the sentence over the map (and under the status line), with one button clearing
     search and filters. */
  .no-result.in-list {
    margin: 12px;
  }

  .no-result.over-map {
    position: absolute;
    z-index: var(--_layer-error);
    left: 50%;
    top: 16px;
    transform: translateX(-50%);
    /* Clear of the zoom buttons on the left, centred. */
    width: min(24rem, calc(100% - 112px));
    padding: 10px 14px;
    border-radius: var(--_radius);
    background: var(--_background);
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
    text-align: center;
  }

  .no-result p,
  .error p {
    margin: 0 0 8px;
  }

  .clear-filters,
  .retry {
    min-height: 32px;
    padding: 4px 12px;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    cursor: pointer;
  }

  /* Error: a plain sentence over the map. */
  .error {
    position: absolute;
    z-index: var(--_layer-error);
    left: 50%;
    top: 50%;
    transform: translate(-50%, -50%);
    width: min(26rem, calc(100% - 32px));
    padding: 12px 16px;
    border-left: 4px solid #b3261e;
    border-radius: var(--_radius);
    background: var(--_background);
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
  }

  /* Phones: the map fills the height under the toolbar and a one-line status bar holding the
     "Map / List" switch; the list, one tap away, covers the map (which keeps its size and view). */
  @container ${narrow} {
    .search {
      max-width: none;
    }
    .body {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: auto minmax(0, 1fr);
    }
    .sidebar {
      grid-area: 1 / 1 / 2 / 2;
      border-left: none;
    }
    .map-area {
      grid-area: 2 / 1 / 3 / 2;
    }
    .body[data-view='map'] .sidebar > :not(.sidebar-head) {
      display: none;
    }
    .body[data-view='list'] .sidebar {
      grid-area: 1 / 1 / 3 / 2;
      position: relative;
      z-index: 1;
      background: var(--_background);
    }
    .view-switch {
      display: flex;
      flex: none;
      margin-right: 8px;
    }
    .status {
      padding: 6px 12px;
    }
  }
`;

/** Everything the shadow root needs: the box, Leaflet's CSS, the shared base, the frame, then each template's styles. */
export const elementStyles = [
  hostStyles,
  leafletStyles,
  baseStyles,
  layoutStyles,
  filterBarStyles,
  mapControlsStyles,
  markerStyles,
  detailsStyles,
  siteListStyles,
];
