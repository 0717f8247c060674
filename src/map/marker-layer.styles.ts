import {css} from 'lit';

/** Markers and clusters: Leaflet positions a zero-size anchor; our button is centred on it. */
export const markerStyles = css`
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
`;
