import {css} from 'lit';

export const siteListStyles = css`
  .list {
    flex: 1;
    margin: 0;
    padding: 4px 0;
    overflow-y: auto;
    list-style: none;
  }

  .list-item {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 8px;
    align-items: center;
    width: 100%;
    padding: 5px 12px;
    border: none;
    background: none;
    text-align: start;
    cursor: pointer;
  }

  .list-item:hover {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }

  .list-item[aria-current] {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }

  .list-city,
  .list-sectors {
    grid-column: 2;
    font-size: 12px;
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .list-item[aria-current] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .list-item[aria-current] .list-city,
    .list-item[aria-current] .list-sectors {
      color: HighlightText;
    }
  }

  .empty {
    margin: 8px 12px;
    color: var(--_muted);
  }

  /* Below the scrolling list, so it stays in sight: shows the next page of sites. */
  .more {
    flex: none;
    margin: 6px 12px 10px;
    min-height: 32px;
    padding: 4px 10px;
    border: 1px solid var(--_control-border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    font-size: 13px;
    text-align: center;
    cursor: pointer;
  }

  .more:hover {
    background: color-mix(in srgb, var(--_text) 6%, transparent);
  }
`;
