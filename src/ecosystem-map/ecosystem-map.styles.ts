import {css} from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    height: 480px;
    min-height: 240px;
    contain: layout;
    --_accent: var(--ecosystem-map-accent, #0b5cad);
    --_text: var(--ecosystem-map-text, #1d232b);
    --_muted: color-mix(in srgb, var(--_text) 70%, transparent);
    --_background: var(--ecosystem-map-background, #ffffff);
    --_border: var(--ecosystem-map-border, #d5d9de);
    --_radius: var(--ecosystem-map-radius, 6px);
  }

  :host([hidden]) {
    display: none;
  }

  /* Every inherited property is reset here (all: initial), so the host page's typography, colours
     or text effects do not leak in; then the widget's own values follow. */
  .layout {
    all: initial;
    box-sizing: border-box;
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    grid-template-columns: minmax(0, 1fr);
    height: 100%;
    container-type: inline-size;
    font-family: var(--ecosystem-map-font, system-ui, sans-serif);
    font-size: 14px;
    font-style: normal;
    font-weight: 400;
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }

  .layout *,
  .layout *::before,
  .layout *::after {
    box-sizing: border-box;
  }

  button,
  input {
    font: inherit;
    color: inherit;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  /* Toolbar: search and sector filters. */
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
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }

  .sector {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    padding: 3px 8px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_background);
    cursor: pointer;
    font-size: 13px;
  }

  .reset {
    flex: none;
    padding: 3px 10px;
    border: 1px solid transparent;
    border-radius: 999px;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    cursor: pointer;
    font-size: 13px;
  }

  .sector[aria-pressed='false'] {
    color: var(--_muted);
    background: color-mix(in srgb, var(--_text) 6%, var(--_background));
    text-decoration: line-through;
  }

  .sector[aria-pressed='false'] .swatch {
    background: transparent;
  }

  .swatch {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    border: 2px solid var(--_sector-color, #555);
    background: var(--_sector-color, #555);
  }

  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  /* On a phone the sector toggles scroll sideways in one row, leaving the height to the map. */
  @container (max-width: 599px) {
    .search {
      max-width: none;
    }
    .filters {
      flex-wrap: nowrap;
      overflow-x: auto;
      width: 100%;
      padding-bottom: 2px;
    }
    .sector {
      flex: none;
    }
  }

  /* Body: map and sidebar side by side when wide, stacked when narrow. */
  .body {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--ecosystem-map-sidebar-width, 17rem);
    min-height: 0;
  }

  @container (max-width: 599px) {
    .body {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) minmax(0, 38%);
    }
    .sidebar {
      border-left: none;
      border-top: 1px solid var(--_border);
    }
  }

  .map-area {
    position: relative;
    min-height: 0;
    overflow: hidden;
  }

  .map {
    position: absolute;
    inset: 0;
    background: #eef1f4;
    font: inherit;
  }

  .zoom {
    position: absolute;
    top: 8px;
    left: 8px;
    z-index: 1000;
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_background);
  }

  .zoom button {
    width: 32px;
    height: 32px;
    border: none;
    background: var(--_background);
    font-size: 18px;
    line-height: 1;
    cursor: pointer;
  }

  .zoom button + button {
    border-top: 1px solid var(--_border);
  }

  /* Credits stay visible above the details panel: tile licences require it. */
  .credits {
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: 1002;
    padding: 1px 6px;
    font-size: 11px;
    background: color-mix(in srgb, var(--_background) 85%, transparent);
  }

  .credits:empty {
    display: none;
  }

  .credits a,
  .details a {
    color: var(--_accent);
  }

  /* Markers: Leaflet positions a zero-size anchor; our button is centred on it. */
  .marker-anchor {
    background: none;
    border: none;
  }

  .marker,
  .cluster {
    position: absolute;
    left: var(--_marker-dx, 0px);
    top: var(--_marker-dy, 0px);
    transform: translate(-50%, -50%);
    pointer-events: auto;
    cursor: pointer;
    padding: 0;
  }

  .marker {
    width: 20px;
    height: 20px;
    border-radius: 50%;
    border: 2px solid #fff;
    background: var(--_marker-color, #555);
    box-shadow: 0 1px 3px rgb(0 0 0 / 45%);
  }

  .marker:hover,
  .marker[aria-current] {
    width: 26px;
    height: 26px;
    z-index: 1;
  }

  .marker[aria-current] {
    border-color: var(--_text);
    box-shadow:
      0 0 0 3px #fff,
      0 1px 4px rgb(0 0 0 / 55%);
  }

  .cluster {
    width: var(--_cluster-size, 32px);
    height: var(--_cluster-size, 32px);
    border-radius: 50%;
    border: 3px solid color-mix(in srgb, var(--_accent) 35%, #fff);
    background: var(--_accent);
    color: #fff;
    font-weight: 700;
    font-size: 12px;
  }

  .commune-outline {
    pointer-events: none;
  }

  /* Details panel: over the map, on the right when wide, at the bottom when narrow. */
  .details {
    position: absolute;
    z-index: 1001;
    top: 8px;
    right: 8px;
    bottom: 24px;
    width: min(22rem, calc(100% - 56px));
    overflow-y: auto;
    padding: 12px 14px;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
  }

  @container (max-width: 599px) {
    .details {
      top: auto;
      left: 8px;
      width: auto;
      max-height: calc(100% - 32px);
    }
  }

  .details h2 {
    margin: 0 32px 8px 0;
    font-size: 17px;
    line-height: 1.25;
  }

  .details h2:focus {
    outline: none;
  }

  .details h2:focus-visible {
    outline: 3px solid var(--_accent);
  }

  .details p {
    margin: 6px 0;
  }

  .close {
    position: absolute;
    top: 6px;
    right: 6px;
    width: 30px;
    height: 30px;
    border: none;
    border-radius: 50%;
    background: transparent;
    font-size: 20px;
    line-height: 1;
    cursor: pointer;
  }

  .close:hover {
    background: color-mix(in srgb, var(--_text) 8%, transparent);
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin: 0 0 6px;
    padding: 0;
    list-style: none;
  }

  .chip {
    display: inline-flex;
    align-items: center;
    gap: 5px;
    padding: 1px 8px;
    border-radius: 999px;
    font-size: 12px;
    background: color-mix(in srgb, var(--_sector-color, #555) 12%, var(--_background));
  }

  .address,
  .opened,
  .precision {
    color: var(--_muted);
  }

  .precision {
    font-size: 12px;
  }

  .sources summary {
    cursor: pointer;
    color: var(--_muted);
    font-size: 12px;
  }

  .sources ul {
    margin: 4px 0 0;
    padding-left: 18px;
    font-size: 12px;
  }

  /* Error: a plain sentence over the map. */
  .error {
    position: absolute;
    z-index: 1003;
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

  /* Sidebar: status line and list. */
  .sidebar {
    display: flex;
    flex-direction: column;
    min-height: 0;
    border-left: 1px solid var(--_border);
  }

  .status {
    margin: 0;
    padding: 8px 12px;
    font-weight: 600;
    border-bottom: 1px solid var(--_border);
  }

  .list {
    flex: 1;
    margin: 0;
    padding: 4px 0;
    overflow-y: auto;
    list-style: none;
  }

  .list-item {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 8px;
    align-items: center;
    width: 100%;
    padding: 5px 12px;
    border: none;
    background: none;
    text-align: start;
    cursor: pointer;
  }

  .list-item:hover {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }

  .list-item[aria-current] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }

  .list-city {
    grid-column: 2;
    font-size: 12px;
    color: var(--_muted);
  }

  .empty,
  .more {
    margin: 8px 12px;
    color: var(--_muted);
  }
`;
