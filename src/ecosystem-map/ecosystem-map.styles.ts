import {css} from 'lit';
import {narrow} from '../ui/base.styles.js';

/** The element's frame: toolbar on top, then map and list side by side (stacked on phones). */
export const layoutStyles = css`
  :host {
    display: block;
    position: relative;
    height: 480px;
    min-height: 240px;
    contain: layout;
  }

  :host([hidden]) {
    display: none;
  }

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

  .status {
    margin: 0;
    padding: 8px 12px;
    font-weight: 600;
    border-bottom: 1px solid var(--_border);
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

  @container ${narrow} {
    .search {
      max-width: none;
    }
    .body {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: minmax(0, 1fr) minmax(0, 38%);
    }
    .sidebar {
      border-left: none;
      border-top: 1px solid var(--_border);
    }
  }
`;
