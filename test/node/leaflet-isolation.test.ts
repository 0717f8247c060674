// The Leaflet rewrites (scripts/rollup-leaflet-isolation.mjs): what ships has no innerHTML probe and no
// `_leaflet_events` expando, and a build fails loudly when the rewrites no longer fit what it bundles.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {rollup, type Plugin} from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';
import {isolateLeafletModule, leafletIsolation, leafletIsolationForDevServer} from '../../scripts/rollup-leaflet-isolation.mjs';

const require = createRequire(import.meta.url);
const leafletFile = (file: string) => readFileSync(require.resolve(`leaflet/${file}`), 'utf8');

/** Bundles `source` (one module importing Leaflet) through the plugin; resolves to the build's error, if any. */
async function buildError(source: string): Promise<string | undefined> {
  const entry: Plugin = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? source : null),
  };
  try {
    await rollup({input: 'entry', plugins: [entry, leafletIsolation(), nodeResolve({browser: true})], onwarn: () => {}});
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

test('the Leaflet that ships probes inline SVG without innerHTML and keeps no _leaflet_events property', () => {
  const browser = isolateLeafletModule('src/core/Browser.js', leafletFile('src/core/Browser.js'));
  assert.doesNotMatch(browser, /innerHTML = '<svg\/>'/);
  const domEvent = isolateLeafletModule('src/dom/DomEvent.js', leafletFile('src/dom/DomEvent.js'));
  assert.doesNotMatch(domEvent, /_leaflet_events|eventsKey/);
});

test('the dev server serves Leaflet sources rewritten, and its prebuilt files as they are', () => {
  const plugin = leafletIsolationForDevServer();
  const body = leafletFile('src/dom/DomEvent.js');
  assert.doesNotMatch(plugin.transform({path: '/node_modules/leaflet/src/dom/DomEvent.js', body})!.body, /_leaflet_events/);
  assert.equal(plugin.transform({path: '/node_modules/leaflet/dist/leaflet.js', body: 'x'}), undefined);
});

test('a Leaflet source that no longer has a rewrite target fails', () => {
  const changed = leafletFile('src/core/Browser.js').replace("div.innerHTML = '<svg/>';", '');
  assert.throws(
    () => isolateLeafletModule('src/core/Browser.js', changed),
    /expected 1 × inline-SVG probe in src\/core\/Browser\.js, found 0/,
  );
});

test('a build bundling the map through the plugin succeeds', async () => {
  assert.equal(await buildError("export {createMap} from 'leaflet/src/map/Map.js';"), undefined);
});

test("a build bundling Leaflet's prebuilt ESM file fails", async () => {
  assert.match(
    (await buildError("export * from 'leaflet/dist/leaflet-src.esm.js';")) ?? '',
    /not one of Leaflet's ES module sources/,
  );
});

test('a build in which the rewritten Leaflet modules are missing fails', async () => {
  assert.match(
    (await buildError("export {toPoint} from 'leaflet/src/geometry/Point.js';")) ?? '',
    /missing src\/core\/Browser\.js, src\/dom\/DomEvent\.js/,
  );
});
