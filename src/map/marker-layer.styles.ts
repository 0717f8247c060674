import {css} from 'lit';

/**
 * Markers, clusters and fanned-out points. Leaflet positions a zero-size anchor; our button is centred
 * on it. Each marker is a sector-coloured disc with a white rim, a dark outline (≥ 3:1 on light and dark
 * basemaps) and a white glyph per sector, so sectors are never told by colour alone.
 */
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
    display: grid;
    place-items: center;
    padding: 0;
    pointer-events: auto;
    cursor: pointer;
    border-radius: 50%;
    border: 2px solid #fff;
    background: var(--_marker-color, #3b4452);
    box-shadow:
      0 0 0 1px rgb(0 0 0 / 60%),
      0 1px 3px rgb(0 0 0 / 40%);
  }

  .marker {
    width: 28px;
    height: 28px;
  }

  .marker:hover {
    width: 32px;
    height: 32px;
  }

  .marker[aria-current] {
    width: 38px;
    height: 38px;
    border-width: 3px;
    box-shadow:
      0 0 0 3px var(--_text),
      0 0 0 5px #fff,
      0 2px 6px rgb(0 0 0 / 50%);
  }

  .glyph {
    width: 12px;
    height: 12px;
    background: #fff;
    pointer-events: none;
  }

  .marker[aria-current] .glyph {
    width: 16px;
    height: 16px;
  }

  [data-glyph='circle'] .glyph {
    border-radius: 50%;
  }
  [data-glyph='diamond'] .glyph {
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  [data-glyph='triangle'] .glyph {
    clip-path: polygon(50% 4%, 100% 92%, 0 92%);
  }
  [data-glyph='hexagon'] .glyph {
    clip-path: polygon(25% 6%, 75% 6%, 100% 50%, 75% 94%, 25% 94%, 0 50%);
  }
  [data-glyph='star'] .glyph {
    clip-path: polygon(50% 0, 62% 36%, 100% 36%, 69% 58%, 81% 95%, 50% 72%, 19% 95%, 31% 58%, 0 36%, 38% 36%);
  }
  [data-glyph='cross'] .glyph {
    clip-path: polygon(35% 0, 65% 0, 65% 35%, 100% 35%, 100% 65%, 65% 65%, 65% 100%, 35% 100%, 35% 65%, 0 65%, 0 35%, 35% 35%);
  }
  [data-glyph='bar'] .glyph {
    height: 5px;
  }
  [data-glyph='chevron'] .glyph {
    clip-path: polygon(0 20%, 50% 62%, 100% 20%, 100% 52%, 50% 94%, 0 52%);
  }
  [data-glyph='ring'] .glyph {
    border-radius: 50%;
    border: 3px solid #fff;
    background: transparent;
  }

  .cluster {
    width: var(--_cluster-size, 34px);
    height: var(--_cluster-size, 34px);
    border-width: 3px;
    color: #fff;
    font-weight: 700;
    font-size: 13px;
    line-height: 1;
    box-shadow:
      0 0 0 1px rgb(0 0 0 / 60%),
      0 0 0 5px color-mix(in srgb, var(--_marker-color, #3b4452) 30%, transparent),
      0 1px 3px rgb(0 0 0 / 40%);
  }

  /* Sites of several sectors: a neutral disc with a dashed rim. */
  .cluster[data-mixed] {
    border-style: dashed;
  }

  .cluster[aria-expanded='true'] {
    box-shadow:
      0 0 0 2px var(--_text),
      0 0 0 4px #fff;
  }

  .fan {
    position: absolute;
    left: 0;
    top: 0;
  }

  .fan-leg {
    position: absolute;
    left: 0;
    top: -1px;
    width: var(--_leg-length);
    height: 2px;
    background: rgb(29 35 43 / 75%);
    transform-origin: 0 50%;
    transform: rotate(var(--_leg-angle));
    pointer-events: none;
  }

  .marker:focus-visible,
  .cluster:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 3px;
  }

  /* Cooperative gestures: one finger scrolls the page (the browser pans it), two fingers reach Leaflet. */
  .leaflet-container.cooperative,
  .leaflet-container.cooperative.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: pan-x pan-y;
  }

  .commune-outline {
    pointer-events: none;
  }

  .commune-label {
    position: absolute;
    transform: translate(-50%, -50%);
    white-space: nowrap;
    font-size: 12px;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: #4b535d;
    text-shadow:
      0 0 2px #fff,
      0 0 3px #fff;
    pointer-events: none;
  }

  .commune-label[data-minor] {
    display: none;
  }

  .minor-labels .commune-label[data-minor] {
    display: inline;
  }

  /* Windows high contrast: system colours, shapes and rims carry everything. */
  @media (forced-colors: active) {
    .marker,
    .cluster {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
      box-shadow: none;
    }
    .glyph,
    .fan-leg {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [data-glyph='ring'] .glyph {
      background: transparent;
      border-color: CanvasText;
    }
    .marker[aria-current] {
      background: Highlight;
      border-color: CanvasText;
      box-shadow: none;
      outline: 2px solid CanvasText;
    }
    .marker[aria-current] .glyph {
      background: HighlightText;
    }
    .marker:focus-visible,
    .cluster:focus-visible {
      outline: 3px solid Highlight;
    }
    .commune-label {
      color: CanvasText;
      text-shadow: none;
    }
  }
`;
