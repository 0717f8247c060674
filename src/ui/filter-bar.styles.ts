import {css} from 'lit';
import {narrow} from './base.styles.js';

export const filterBarStyles = css`
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
    border: 1px solid var(--_control-border);
    border-radius: 999px;
    background: var(--_background);
    cursor: pointer;
    font-size: 13px;
  }

  .sector[aria-pressed='true'] {
    border-color: var(--_sector-color, var(--_accent));
    background: color-mix(in srgb, var(--_sector-color, var(--_accent)) 16%, var(--_background));
    font-weight: 600;
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

  .count {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }

  .sector,
  .reset {
    min-height: 26px;
  }

  /* Forced colours drop the tinted background: a pressed chip takes the system's selection colours. */
  @media (forced-colors: active) {
    .sector {
      border: 1px solid ButtonText;
    }
    .sector[aria-pressed='true'] {
      forced-color-adjust: none;
      border: 2px solid SelectedItem;
      background: SelectedItem;
      color: SelectedItemText;
    }
    .sector[aria-pressed='true'] .count {
      color: SelectedItemText;
    }
    .sector[aria-pressed='true'] .swatch {
      border-color: SelectedItemText;
      background: SelectedItemText;
    }
  }

  /* On a phone the chips scroll sideways in one row, leaving the height to the map. */
  @container ${narrow} {
    .filters {
      flex-wrap: nowrap;
      overflow-x: auto;
      width: 100%;
      /* Room for the focus ring, which this scrolling row would otherwise clip. */
      padding: 6px;
    }
    .sector {
      flex: none;
    }
  }
`;
