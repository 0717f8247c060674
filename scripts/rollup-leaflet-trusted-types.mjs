// Rollup plugin for the classic script. Leaflet 1.9 probes inline-SVG support at import time with
// `div.innerHTML = '<svg/>'`; on a page that enforces Trusted Types (CONTRACT §7) that assignment
// throws and the whole bundle dies. The probe is rewritten to build the same SVG element through the
// DOM, which gives Leaflet the same answer. The build fails if Leaflet changes and the probe is gone.
const PROBE = "div.innerHTML = '<svg/>';";
const DOM_PROBE = "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));";

export function leafletTrustedTypes() {
  let patched = false;
  return {
    name: 'leaflet-trusted-types',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]leaflet[\\/]dist[\\/]leaflet-src\.esm\.js$/.test(id)) return null;
      if (!code.includes(PROBE)) this.error("leaflet-trusted-types: Leaflet's inline-SVG probe was not found; update the plugin.");
      patched = true;
      return {code: code.replace(PROBE, DOM_PROBE), map: null};
    },
    buildEnd(error) {
      if (!error && !patched) this.error('leaflet-trusted-types: Leaflet was not bundled through this plugin.');
    },
  };
}
