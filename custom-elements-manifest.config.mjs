// `npm run analyze`: custom-elements.json from the class JSDoc (the API's single source). It runs after
// rollup: the manifest describes the modules the package ships (dist/esm/*.js), not the sources.
import {existsSync} from 'node:fs';
import {posix} from 'node:path';

/** `src/map/leaflet.ts`, `./leaflet.js` (relative to `from`) or `/src/…js` → `dist/esm/map/leaflet.js`. */
function shippedPath(path, from) {
  const absolute = path.startsWith('.') ? posix.join(posix.dirname(from), path) : path.replace(/^\//, '');
  return absolute.replace(/^src\//, 'dist/esm/').replace(/\.ts$/, '.js');
}

/** Rewrites every `module` reference of a manifest fragment, in place. */
function rewriteReferences(value, from) {
  if (Array.isArray(value)) for (const item of value) rewriteReferences(item, from);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') value[key] = shippedPath(inner, from);
      else rewriteReferences(inner, from);
    }
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**', 'src/generated/**', 'src/cdn.ts'],
  litelement: true,
  plugins: [
    {
      name: 'events-from-jsdoc-only',
      // The analyzer also lists `dispatchEvent(new XEvent())` calls, without a name: the @fires tags
      // already name and describe every event, so the nameless duplicates go.
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
    {
      name: 'shipped-paths',
      // Paths name the shipped JavaScript; modules the package does not ship (CLI-only data tools) go.
      packageLinkPhase({customElementsManifest}) {
        customElementsManifest.modules = customElementsManifest.modules.filter((module) =>
          existsSync(shippedPath(module.path, module.path)),
        );
        for (const module of customElementsManifest.modules) {
          const from = module.path;
          rewriteReferences(module, from);
          module.path = shippedPath(from, from);
          // Type-only re-exports have no JavaScript to point at.
          module.exports = module.exports?.filter((entry) => !entry.declaration?.module || existsSync(entry.declaration.module));
        }
      },
    },
  ],
};
