// A server importing the built package (Next.js, Astro, Nuxt and SvelteKit import components while
// rendering): no entry point may touch the DOM as it loads. Runs on dist/ (`npm test` builds first),
// through the package's own `exports`; check-package.mjs repeats it from the packed tarball.
import assert from 'node:assert/strict';
import {test} from 'node:test';

test('importing the package entry on a server does not throw and exposes the element class', async () => {
  const entry = await import('ecosystem-map');
  assert.equal(typeof entry.EcosystemMap, 'function');
  assert.equal(entry.SiteSelectEvent.eventName, 'site-select');
});

test('importing define.js on a server does not throw', async () => {
  const define = await import('ecosystem-map/define.js');
  assert.equal(typeof define.defineEcosystemMap, 'function');
});

test('importing the classic script on a server does nothing', async () => {
  await import('ecosystem-map/ecosystem-map.js');
  assert.equal(typeof globalThis.window, 'undefined');
});
