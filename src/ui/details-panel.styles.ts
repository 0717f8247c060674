import {css} from 'lit';
import {narrow} from './base.styles.js';

/** The details panel: over the map, on the right when wide, a bottom sheet when narrow. */
export const detailsStyles = css`
  .details {
    position: absolute;
    z-index: var(--_layer-details);
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

  .sheet-grip {
    display: none;
  }

  /* Phones: a bottom sheet over the lower part of the map (at most ~45 % of the widget's height, so the
     map moves the opened site into the part above it), closed by its button or dragged down by its grip. */
  @container ${narrow} {
    .details {
      top: auto;
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
      max-height: 58%;
      /* The map's credit line stays readable over the sheet's last few pixels. */
      padding: 0 14px 26px;
      border-width: 1px 0 0;
      border-radius: 14px 14px 0 0;
      box-shadow: 0 -4px 16px rgb(0 0 0 / 18%);
      transition: transform 0.2s ease-out;
    }
    .details.dragging {
      transition: none;
    }
    .sheet-grip {
      display: block;
      position: sticky;
      top: 0;
      z-index: 1;
      height: 22px;
      margin: 0 -14px 2px;
      background: var(--_background);
      touch-action: none;
      cursor: grab;
    }
    .sheet-grip::before {
      content: '';
      position: absolute;
      left: 50%;
      top: 8px;
      width: 40px;
      height: 5px;
      margin-left: -20px;
      border-radius: 3px;
      background: color-mix(in srgb, var(--_text) 30%, transparent);
    }
    .details .close {
      top: 14px;
      z-index: 2;
      width: 40px;
      height: 40px;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .details {
      transition: none;
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

  .details a {
    color: var(--_accent);
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

  @media (forced-colors: active) {
    .close {
      border: 1px solid ButtonText;
    }
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
    padding: 4px 0;
    cursor: pointer;
    color: var(--_muted);
    font-size: 12px;
  }

  .sources ul {
    margin: 4px 0 0;
    padding-left: 18px;
    font-size: 12px;
  }

  /* Links that stand on their own line are full 24 px targets. */
  .sources a,
  .website a,
  .actions a {
    display: inline-block;
    min-height: 24px;
    padding: 3px 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    align-items: center;
  }

  .copy-link {
    padding: 3px 10px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    cursor: pointer;
  }

  .copy-link:hover {
    background: color-mix(in srgb, var(--_accent) 8%, var(--_background));
  }

  .share-status:empty {
    margin: 0;
  }

  .share-fallback {
    display: grid;
    gap: 2px;
    font-size: 12px;
    color: var(--_muted);
  }

  .share-url {
    width: 100%;
    box-sizing: border-box;
    padding: 4px 6px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font: inherit;
    color: var(--_text);
  }
`;
