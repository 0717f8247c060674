import {css} from 'lit';
import {narrow} from './base.styles.js';

export const mapControlsStyles = css`
  .map-buttons {
    position: absolute;
    top: 8px;
    left: 8px;
    z-index: var(--_layer-controls);
    display: flex;
    flex-direction: column;
    gap: 6px;
  }

  .zoom {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_background);
  }

  .zoom button,
  .home,
  .fullscreen {
    display: grid;
    place-items: center;
    width: 32px;
    height: 32px;
    padding: 0;
    border: none;
    background: var(--_background);
    font-size: 18px;
    line-height: 1;
    cursor: pointer;
  }

  .home,
  .fullscreen {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .zoom button + button {
    border-top: 1px solid var(--_border);
  }

  @media (forced-colors: active) {
    .zoom button,
    .map-buttons > button {
      border: 1px solid ButtonText;
    }
  }

  /* The hint over the map after a plain wheel or a one-finger swipe: readable, then gone. */
  .gesture-hint {
    position: absolute;
    inset: 0;
    z-index: var(--_layer-controls);
    display: grid;
    place-items: center;
    padding: 16px;
    text-align: center;
    font-size: 16px;
    font-weight: 600;
    color: #fff;
    background: rgb(0 0 0 / 55%);
    pointer-events: none;
  }

  /* Sites of a crowded point that did not fit around it. */
  .stack-list {
    position: absolute;
    top: 8px;
    left: 52px;
    z-index: var(--_layer-controls);
    width: min(16rem, calc(100% - 64px));
    max-height: calc(100% - 40px);
    overflow-y: auto;
    padding: 8px 0;
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 4px 16px rgb(0 0 0 / 18%);
  }

  .stack-list h3 {
    margin: 0 12px 4px;
    font-size: 13px;
  }

  .stack-list ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .stack-list button {
    display: block;
    width: 100%;
    min-height: 28px;
    padding: 4px 12px;
    border: none;
    background: none;
    text-align: start;
    cursor: pointer;
  }

  .stack-list button:hover {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }

  .stack-list .stack-more {
    color: var(--_accent);
    font-weight: 600;
  }

  /* Credits stay visible above the details panel: tile licences require it. A click on their text
     reaches the marker beneath; only the link takes clicks. */
  .credits {
    pointer-events: none;
    position: absolute;
    right: 0;
    bottom: 0;
    z-index: var(--_layer-credits);
    display: flex;
    align-items: center;
    min-height: 24px;
    padding: 1px 6px;
    font-size: 11px;
    /* Opaque: the credits stay readable (4.5:1) over any tile. */
    background: var(--_background);
  }

  .credits:empty {
    display: none;
  }

  .credits a {
    pointer-events: auto;
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    .gesture-hint {
      color: CanvasText;
      background: Canvas;
      border: 2px solid CanvasText;
    }
  }

  /* On a phone the details sheet covers the bottom of the map: the credits move to its top edge. */
  @container ${narrow} {
    .map-area:has(> .details) .credits {
      top: 0;
      bottom: auto;
    }
  }
`;
