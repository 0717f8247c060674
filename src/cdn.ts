// dist/ecosystem-map.js, the classic script partners paste: a small loader. It imports the element's module
// (dist/cdn/ecosystem-map.entry.js: Lit, the element's frame, the registration), which loads the rest when the
// element nears the viewport. Works as a plain, defer, async or module script, before or after the tag, and
// twice (both copies import the same module, which runs once). Defines no global.

/** The chunks' folder, beside this script. */
const ENTRY = 'cdn/ecosystem-map.entry.js';

/**
 * This script's URL. `document.currentScript` is set while a classic script runs (async included); a module
 * script has none, so the last script naming the widget is taken instead.
 */
function ownUrl(): string {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current.src;
  const scripts = document.querySelectorAll<HTMLScriptElement>('script[src*="ecosystem-map"]');
  return scripts[scripts.length - 1]?.src ?? document.baseURI;
}

import(new URL(ENTRY, ownUrl()).href).catch((error: unknown) =>
  console.error('<ecosystem-map> the widget could not be loaded:', error),
);

export {};
