import {EcosystemMap} from './ecosystem-map/ecosystem-map.js';

/**
 * Registers `<ecosystem-map>`, once. A partner page may load the widget twice (two script tags, or the
 * CDN build next to an npm copy): the second definition is skipped, never an error.
 */
export function defineEcosystemMap(): void {
  if (!customElements.get('ecosystem-map')) customElements.define('ecosystem-map', EcosystemMap);
}

defineEcosystemMap();

declare global {
  interface HTMLElementTagNameMap {
    'ecosystem-map': EcosystemMap;
  }
}
