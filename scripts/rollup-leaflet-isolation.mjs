// Keeps our Leaflet from touching the partner page. One set of rewrites, applied by both builds (rollup)
// and by the test and demo servers (@web/dev-server), so what is tested is what ships.
// Each rewrite must find its target, or the build fails: the rewrites are written against Leaflet 1.9.4,
// pinned exactly in package.json; a new Leaflet needs this file checked.
//
// 1. Trusted Types (the widget works with them enforced): Leaflet probes inline-SVG support at import time with
//    `div.innerHTML = '<svg/>'`, which throws where Trusted Types are enforced and kills the import.
//    The probe builds the same SVG element through the DOM instead, and gets the same answer.
// 2. No expando on window or document: Leaflet's event helper stores each target's handlers in a
//    `_leaflet_events` property of the target. On `window` that is a global; on `document` a page running
//    its own Leaflet shares the same key, with per-copy counters, so one copy's drag handler could be taken
//    for the other's and never attached. Ours keeps the handlers in a WeakMap instead: no property at all.
export const LEAFLET_VERSION = '1.9.4';
const LEAFLET = /[\\/]node_modules[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;

const REWRITES = [
  {
    what: 'inline-SVG probe',
    from: "div.innerHTML = '<svg/>';",
    to: "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
    count: 1,
  },
  {what: 'events store', from: "var eventsKey = '_leaflet_events';", to: 'var handlerStore = new WeakMap();', count: 1},
  {what: 'events store (clear)', from: 'delete obj[eventsKey];', to: 'handlerStore.delete(obj);', count: 1},
  {
    what: 'events store (create)',
    from: 'obj[eventsKey] = obj[eventsKey] || {};',
    to: 'if (!handlerStore.has(obj)) { handlerStore.set(obj, {}); }',
    count: 1,
  },
  {what: 'events store (read)', from: /\bobj\[eventsKey\]/g, to: 'handlerStore.get(obj)', count: 7},
  {what: 'events key (none left)', from: /\beventsKey\b/g, to: 'eventsKey', count: 0},
];

/** Applies every rewrite to Leaflet's ESM source; throws when one does not find exactly its target. */
export function isolateLeaflet(code) {
  const version = /Leaflet (\d+\.\d+\.\d+)/.exec(code)?.[1];
  if (version !== LEAFLET_VERSION) {
    throw new Error(`leaflet-isolation: written for Leaflet ${LEAFLET_VERSION}, found ${version}; check the rewrites.`);
  }
  let result = code;
  for (const {what, from, to, count} of REWRITES) {
    const found = typeof from === 'string' ? result.split(from).length - 1 : [...result.matchAll(from)].length;
    if (found !== count) {
      throw new Error(`leaflet-isolation: expected ${count} × ${what}, found ${found}; check the rewrites against Leaflet.`);
    }
    result = result.replace(from, to);
  }
  return result;
}

/** Rollup: rewrites Leaflet as it is bundled; fails the build if Leaflet was bundled without it. */
export function leafletIsolation() {
  let bundled = false;
  return {
    name: 'leaflet-isolation',
    buildStart() {
      bundled = false;
    },
    transform(code, id) {
      if (!LEAFLET.test(id)) return null;
      bundled = true;
      try {
        return {code: isolateLeaflet(code), map: null};
      } catch (error) {
        this.error(error.message);
      }
    },
    buildEnd(error) {
      if (!error && !bundled) this.error('leaflet-isolation: Leaflet was not bundled through this plugin.');
    },
  };
}

/** @web/dev-server (tests, demo): serves Leaflet's ESM file rewritten the same way. */
export function leafletIsolationForDevServer() {
  return {
    name: 'leaflet-isolation',
    transform(context) {
      if (!LEAFLET.test(context.path)) return undefined;
      return {body: isolateLeaflet(context.body)};
    },
  };
}
