import {css} from 'lit';

export const mapControlsStyles = css`
  .zoom {
    position: absolute;
    top: 8px;
    left: 8px;
    z-index: var(--_layer-controls);
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
    z-index: var(--_layer-credits);
    padding: 1px 6px;
    font-size: 11px;
    background: color-mix(in srgb, var(--_background) 85%, transparent);
  }

  .credits:empty {
    display: none;
  }

  .credits a {
    color: var(--_accent);
  }
`;
