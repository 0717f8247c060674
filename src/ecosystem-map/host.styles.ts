import {css} from 'lit';

/**
 * The element's box, and the light frame drawn while the rest of the widget loads. This is all the first
 * script carries: the full styles (ecosystem-map.styles.ts) come with the view.
 */
export const hostStyles = css`
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

  .frame {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    height: 100%;
    border: 1px solid var(--ecosystem-map-border, #d5d9de);
    border-radius: var(--ecosystem-map-radius, 6px);
    background: var(--ecosystem-map-background, #ffffff);
    color: var(--ecosystem-map-text, #1d232b);
    font-family: var(--ecosystem-map-font, system-ui, sans-serif);
  }
`;
