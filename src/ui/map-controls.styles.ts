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

  @media (forced-colors: active) {
    .zoom button {
      border: 1px solid ButtonText;
    }
  }

  /* Credits stay visible above the details panel: tile licences require it. */
  .credits {
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
    color: var(--_accent);
  }
`;
