// Rollup plugin for the classic script: keeps our bundled Leaflet from touching the partner page.
// Each rewrite must find its target, or the build fails (a new Leaflet needs this file checked).
//
// 1. Trusted Types (the widget works with them enforced): Leaflet probes inline-SVG support at import time with
//    `div.innerHTML = '<svg/>'`, which throws where Trusted Types are enforced and kills the bundle.
//    The probe builds the same SVG element through the DOM instead, and gets the same answer.
// 2. No global (the classic script defines none): Leaflet's event helper stores its handlers in an expando property of the
//    target; for `window` (text selection, image drag, outline while dragging) that is a global,
//    `window._leaflet_events`. Those listeners are plain functions: they go through addEventListener.
// 3. Coexistence: a partner page may run its own Leaflet. Both copies would store handlers under the
//    same `_leaflet_events` key on `document`, keyed by per-copy counters, so one copy's drag handler
//    could be taken for the other's and never attached. Ours uses a key of its own.
const LEAFLET = /[\\/]node_modules[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/;

const REWRITES = [
  {what: 'inline-SVG probe', from: "div.innerHTML = '<svg/>';", to: "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));", count: 1},
  {what: 'window listeners (on)', from: /\bon\(window, ('\w+'), (\w+)\);/g, to: 'window.addEventListener($1, $2);', count: 3},
  {what: 'window listeners (off)', from: /\boff\(window, ('\w+'), (\w+)\);/g, to: 'window.removeEventListener($1, $2);', count: 3},
  {what: 'events key', from: "var eventsKey = '_leaflet_events';", to: "var eventsKey = '_ecosystem_map_leaflet_events';", count: 1},
];

export function leafletIsolation() {
  let bundled = false;
  return {
    name: 'leaflet-isolation',
    transform(code, id) {
      if (!LEAFLET.test(id)) return null;
      bundled = true;
      let result = code;
      for (const {what, from, to, count} of REWRITES) {
        const found = typeof from === 'string' ? result.split(from).length - 1 : [...result.matchAll(from)].length;
        if (found !== count) this.error(`leaflet-isolation: expected ${count} × ${what}, found ${found}; check this plugin against Leaflet.`);
        result = typeof from === 'string' ? result.replace(from, to) : result.replace(from, to);
      }
      return {code: result, map: null};
    },
    buildEnd(error) {
      if (!error && !bundled) this.error('leaflet-isolation: Leaflet was not bundled through this plugin.');
    },
  };
}
