import {css, unsafeCSS} from 'lit';

/**
 * The one breakpoint: below this width (of the widget, not the window) the layout stacks for phones.
 * Container queries cannot read custom properties, so every style module interpolates this constant.
 */
export const NARROW_MAX_WIDTH = 599;
export const narrow = unsafeCSS(`(max-width: ${NARROW_MAX_WIDTH}px)`);

/**
 * Tokens, reset and shared bits of every template. Stacking layers are named here once, above Leaflet's
 * own panes (tiles 200, markers 600, popups 700) and controls (800–1000).
 */
export const baseStyles = css`
  :host {
    --_accent: var(--ecosystem-map-accent, #0b5cad);
    --_text: var(--ecosystem-map-text, #1d232b);
    --_muted: color-mix(in srgb, var(--_text) 78%, var(--_background));
    /* Focus ring: a light inner ring and the accent outside it, so one of the two stands out (≥ 3:1)
       on light and dark backgrounds alike. */
    --_focus-inner: #ffffff;
    --_focus-outer: var(--_accent);
    --_background: var(--ecosystem-map-background, #ffffff);
    --_border: var(--ecosystem-map-border, #d5d9de);
    /* Borders that tell a control's shape (search field, chips): ≥ 3:1 against the background. */
    --_control-border: color-mix(in srgb, var(--_text) 55%, var(--_background));
    --_radius: var(--ecosystem-map-radius, 6px);
    --_layer-controls: 1000;
    --_layer-details: 1001;
    --_layer-credits: 1002;
    --_layer-error: 1003;
    --_layer-skip-link: 1004;
  }

  /* Every inherited property is reset here (all: initial), so the host page's typography, colours
     or text effects do not leak in; then the widget's own values follow. */
  .layout {
    all: initial;
    box-sizing: border-box;
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
    outline: 3px solid var(--_focus-outer);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-inner);
  }

  /* Inside boxes that clip (scrolling list, map), the ring is drawn inwards. */
  .inset-focus:focus-visible {
    outline-offset: -3px;
    box-shadow: inset 0 0 0 5px var(--_focus-inner);
  }

  /* Hidden until focused, then over the top-left corner of the map (it jumps to the list). */
  .skip-link {
    position: absolute;
    z-index: var(--_layer-skip-link);
    top: 8px;
    left: 8px;
    display: inline-flex;
    align-items: center;
    min-height: 32px;
    padding: 4px 12px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font-weight: 600;
    text-decoration: underline;
  }

  .skip-link:not(:focus) {
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }

  @media (prefers-reduced-motion: reduce) {
    .layout,
    .layout * {
      scroll-behavior: auto !important;
      transition: none !important;
      animation: none !important;
    }
  }

  /* Windows high contrast and other forced palettes: system colours, and borders where a shape
     was told by a background alone. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button {
      border-color: ButtonText;
    }
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

  /* A sector's colour dot, in chips, list items and details. */
  .swatch {
    flex: none;
    width: 10px;
    height: 10px;
    border-radius: 50%;
    border: 2px solid var(--_sector-color, #555);
    background: var(--_sector-color, #555);
  }
`;
