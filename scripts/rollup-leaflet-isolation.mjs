// Keeps our Leaflet from touching the partner page. One set of rewrites, applied by both builds (rollup)
// and by the test and demo servers (@web/dev-server), so what is tested is what ships.
// The widget imports Leaflet's ES module sources (node_modules/leaflet/src, see src/map/leaflet.ts); the
// rewrites are written per source file against Leaflet 1.9.4, pinned exactly in package.json. Each must
// find its target exactly as often as expected, or the build fails: a new Leaflet needs this file checked.
//
// 1. Trusted Types (the widget works with them enforced): Leaflet probes inline-SVG support at import time with
//    `div.innerHTML = '<svg/>'` (core/Browser.js), which throws where Trusted Types are enforced and kills the
//    import. The probe builds the same SVG element through the DOM instead, and gets the same answer.
// 2. No expando on window or document: Leaflet's event helper (dom/DomEvent.js) stores each target's
//    handlers in a `_leaflet_events` property of the target. On `window` that is a global; on `document` a
//    page running its own Leaflet shares the same key, with per-copy counters, so one copy's drag handler
//    could be taken for the other's and never attached. Ours keeps the handlers in a WeakMap instead: no
//    property at all.
import {readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';

export const LEAFLET_VERSION = '1.9.4';
/** Any file of a Leaflet package: [1] is the package folder, [2] the path inside it. */
const LEAFLET_FILE = /^(.*[\\/]node_modules[\\/]leaflet)[\\/](.+)$/;
/** Leaflet's ES module sources, the only Leaflet files the widget may bundle. */
const LEAFLET_SOURCE = /^src[\\/].+\.js$/;

/** The rewrites, by source file (path inside the Leaflet package). */
const REWRITES = {
  'src/core/Browser.js': [
    {
      what: 'inline-SVG probe',
      from: "div.innerHTML = '<svg/>';",
      to: "div.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));",
      count: 1,
    },
  ],
  'src/dom/DomEvent.js': [
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
  ],
};
const REWRITTEN_FILES = Object.keys(REWRITES);

/** The Leaflet file a module id or served path names, as {root, file} (file with forward slashes), or null. */
function leafletFileOf(id) {
  const match = LEAFLET_FILE.exec(id.replace(/^\0/, '').replace(/[?#].*$/, ''));
  return match ? {root: match[1], file: match[2].replaceAll('\\', '/')} : null;
}

const checkedRoots = new Set();
/** Throws unless the Leaflet package in `root` is the version the rewrites are written for. */
function checkVersion(root) {
  if (checkedRoots.has(root)) return;
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (version !== LEAFLET_VERSION) {
    throw new Error(`leaflet-isolation: written for Leaflet ${LEAFLET_VERSION}, found ${version}; check the rewrites.`);
  }
  checkedRoots.add(root);
}

/**
 * Applies the rewrites of one Leaflet source file (`file`: its path inside the package, e.g.
 * 'src/core/Browser.js'); throws when one does not find exactly its target. Other files are returned as is.
 */
export function isolateLeafletModule(file, code) {
  let result = code;
  for (const {what, from, to, count} of REWRITES[file] ?? []) {
    const found = typeof from === 'string' ? result.split(from).length - 1 : [...result.matchAll(from)].length;
    if (found !== count) {
      throw new Error(
        `leaflet-isolation: expected ${count} × ${what} in ${file}, found ${found}; check the rewrites against Leaflet.`,
      );
    }
    result = result.replace(from, to);
  }
  return result;
}

/** Why a Leaflet file may not be served or bundled (its rewrites are not written), or null. */
function refusal(file) {
  return LEAFLET_SOURCE.test(file)
    ? null
    : `leaflet-isolation: ${file} is not one of Leaflet's ES module sources (node_modules/leaflet/src), which the rewrites are written for; import Leaflet from src/map/leaflet.ts only.`;
}

/**
 * Rollup: rewrites Leaflet's sources as they are bundled. Fails the build if a Leaflet file other than
 * its ES module sources is bundled, if a source file was bundled without this plugin seeing it, or if a
 * file the rewrites are written for is missing.
 */
export function leafletIsolation() {
  const seen = new Set();
  return {
    name: 'leaflet-isolation',
    buildStart() {
      seen.clear();
    },
    transform(code, id) {
      const leaflet = leafletFileOf(id);
      if (!leaflet) return null;
      try {
        const refused = refusal(leaflet.file);
        if (refused) throw new Error(refused);
        checkVersion(leaflet.root);
        seen.add(id);
        return REWRITES[leaflet.file] ? {code: isolateLeafletModule(leaflet.file, code), map: null} : null;
      } catch (error) {
        this.error(error.message);
      }
    },
    buildEnd(error) {
      if (error) return;
      const bundled = [...this.getModuleIds()].filter((id) => leafletFileOf(id));
      const unseen = bundled.filter((id) => !seen.has(id));
      if (unseen.length) this.error(`leaflet-isolation: Leaflet modules bundled without this plugin: ${unseen.join(', ')}`);
      const files = new Set(bundled.map((id) => leafletFileOf(id).file));
      const missing = REWRITTEN_FILES.filter((file) => !files.has(file));
      if (missing.length) {
        this.error(`leaflet-isolation: Leaflet was not bundled through this plugin (missing ${missing.join(', ')}).`);
      }
    },
  };
}

/** @web/dev-server (tests, demo): serves Leaflet's source modules rewritten the same way. */
export function leafletIsolationForDevServer() {
  let rootDir = process.cwd();
  return {
    name: 'leaflet-isolation',
    serverStart({config}) {
      rootDir = config.rootDir;
    },
    transform(context) {
      const leaflet = leafletFileOf(context.path);
      // Leaflet's prebuilt files stay servable: test pages load them as a partner page's own Leaflet.
      if (!leaflet || refusal(leaflet.file)) return undefined;
      checkVersion(resolve(rootDir, `.${leaflet.root}`));
      return {body: isolateLeafletModule(leaflet.file, context.body)};
    },
  };
}
