// Rollup plugin for the classic script: the widget promises to touch no global but
// `customElements`. Lit records its versions on `globalThis` (litHtmlVersions, litElementVersions,
// reactiveElementVersions) and keeps decorator metadata in `globalThis.litPropertyMetadata`. Inside our
// self-contained bundle, the version records go, and the metadata map becomes a module of our own.
// The build fails if Lit changes shape, rather than silently leaking again.
const SHIM_ID = '\0lit-no-globals';
const VERSION_RECORD =
  /\(\s*[\w$]+\.(litHtmlVersions|litElementVersions|reactiveElementVersions)\s*\?\?=\s*\[\]\s*\)\.push\([^)]*\)/g;
const METADATA = /(?:\b[\w$]+\.)?\blitPropertyMetadata\b(\s*\?\?=\s*new WeakMap)?/g;

export function litNoGlobals() {
  const seen = {versions: 0, metadata: 0};
  return {
    name: 'lit-no-globals',
    resolveId: (id) => (id === SHIM_ID ? id : null),
    load: (id) => (id === SHIM_ID ? 'export const litPropertyMetadata = new WeakMap();' : null),
    transform(code, id) {
      if (!/[\\/]node_modules[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/.test(id)) return null;
      let changed = code.replace(VERSION_RECORD, () => {
        seen.versions++;
        return 'void 0';
      });
      if (changed.includes('litPropertyMetadata')) {
        changed = changed.replace(METADATA, (_, initialiser) => {
          seen.metadata++;
          return initialiser ? 'void 0' : '__litPropertyMetadata';
        });
        // Appended (imports are hoisted) so that no line moves and the source map stays right.
        changed = `${changed}\nimport {litPropertyMetadata as __litPropertyMetadata} from '${SHIM_ID}';`;
      }
      return changed === code ? null : {code: changed, map: null};
    },
    generateBundle(_, bundle) {
      if (seen.versions < 3 || seen.metadata < 2) {
        this.error(`lit-no-globals: Lit's global writes were not all found (${JSON.stringify(seen)}); update the plugin.`);
      }
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && /Versions\?\?=|litPropertyMetadata/.test(file.code)) {
          this.error(`lit-no-globals: ${file.fileName} still writes a Lit global.`);
        }
      }
    },
  };
}
