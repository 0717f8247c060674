// A server importing the package (Next.js, Astro, Nuxt, SvelteKit do): every entry point imports
// without throwing, and with no DOM the classic script does nothing.
import assert from 'node:assert/strict';

const index = await import('ecosystem-map');
assert.equal(typeof index.EcosystemMap, 'function');
const define = await import('ecosystem-map/define.js');
assert.equal(typeof define.defineEcosystemMap, 'function');
await import('ecosystem-map/ecosystem-map.js');
assert.equal(typeof globalThis.window, 'undefined', 'nothing defined a window');
console.log('server import: ecosystem-map, ecosystem-map/define.js, ecosystem-map/ecosystem-map.js imported without error');
