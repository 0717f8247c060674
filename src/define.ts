import {EcosystemMap} from './ecosystem-map/ecosystem-map.js';

/**
 * Registers `<ecosystem-map>`, once. A partner page may load the widget twice (two script tags, or the
 * CDN build next to an npm copy): the second definition is skipped, never an error. Where there is no
 * custom element registry (a server importing the page's modules), it does nothing.
 */
export function defineEcosystemMap(): void {
  const registry = globalThis.customElements as CustomElementRegistry | undefined;
  if (registry && !registry.get('ecosystem-map')) registry.define('ecosystem-map', EcosystemMap);
}

defineEcosystemMap();

declare global {
  interface HTMLElementTagNameMap {
    'ecosystem-map': EcosystemMap;
  }
}
