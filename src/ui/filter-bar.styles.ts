import {css} from 'lit';
import {narrow} from './base.styles.js';

export const filterBarStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
  }

  /* No taxonomy yet (loading, or an error): no empty row. */
  .filters:not(:has(.sector, .reset)) {
    display: none;
  }

  /* Wide: the chips wrap with the reset button as if the row were not there. */
  .chip-row {
    display: contents;
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

  /* On a phone the chips scroll sideways in one row, leaving the height to the map. A fade (with an
     arrow) at either end says there is more that way; the reset button stays outside the scrolling
     row, always in reach. */
  @container ${narrow} {
    .filters {
      flex-wrap: nowrap;
      align-items: center;
      width: 100%;
    }
    .chip-row {
      display: flex;
      flex: 1 1 auto;
      gap: 4px;
      min-width: 0;
      overflow-x: auto;
      overscroll-behavior-x: contain;
      scrollbar-width: none;
      /* Room for the focus ring, which this scrolling row would otherwise clip. */
      padding: 6px;
    }
    .sector {
      flex: none;
    }
    .chip-row::before,
    .chip-row::after {
      position: sticky;
      z-index: 1;
      flex: none;
      display: flex;
      align-items: center;
      width: 32px;
      pointer-events: none;
      color: var(--_muted);
      font-size: 18px;
      line-height: 1;
    }
    .chip-row::before {
      content: '‹';
      left: 0;
      margin-right: -36px;
      justify-content: flex-start;
      background: linear-gradient(to left, transparent, var(--_background) 60%);
      opacity: 0;
    }
    .chip-row::after {
      content: '›';
      right: 0;
      margin-left: -36px;
      justify-content: flex-end;
      background: linear-gradient(to right, transparent, var(--_background) 60%);
    }
    /* Where the browser can tie the hints to the scroll position, each shows only while there is more
       on its side (and neither when the chips fit). Elsewhere the end hint always shows. */
    @supports (animation-timeline: scroll()) {
      .chip-row::before,
      .chip-row::after {
        opacity: 0;
        animation: linear both;
        animation-timeline: scroll(nearest inline);
      }
      .chip-row::before {
        animation-name: more-before;
      }
      .chip-row::after {
        animation-name: more-after;
      }
    }
    .reset {
      padding: 3px 6px;
    }
  }

  @keyframes more-before {
    from {
      opacity: 0;
    }
    8%,
    to {
      opacity: 1;
    }
  }

  @keyframes more-after {
    from,
    92% {
      opacity: 1;
    }
    to {
      opacity: 0;
    }
  }
`;
