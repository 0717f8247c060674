// Two artefacts from one config (see README "Builds"), plus the iframe page dist/embed.html (embed/):
// - dist/ecosystem-map.js: the classic script partners paste. IIFE, minified, self-contained (Lit,
//   Leaflet and its CSS, supercluster, the embedded dataset), defines no global.
// - dist/esm/: ES modules, one per source file, with .d.ts, for bundler users. lit, supercluster and minisearch stay
//   bare imports (dependencies shared with the app); Leaflet is a private, patched copy of the parts the
//   widget uses (dist/esm/vendor/leaflet/, see README "Use with a framework"), loaded on first connection.
// Both builds apply the same Leaflet rewrites (scripts/rollup-leaflet-isolation.mjs), which the test
// and demo servers apply too.
import {readFileSync} from 'node:fs';
import {dirname, relative, resolve} from 'node:path';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {embedPage} from './scripts/rollup-embed-page.mjs';
import {cssLiterals} from './scripts/rollup-css-literals.mjs';
import {leafletIsolation} from './scripts/rollup-leaflet-isolation.mjs';
import {litNoGlobals} from './scripts/rollup-lit-no-globals.mjs';
import {pruneDeclarations} from './scripts/rollup-declarations.mjs';
import {litTrustedTypes} from './scripts/rollup-lit-trusted-types.mjs';
import {thirdPartyNotices} from './scripts/rollup-third-party-notices.mjs';
import {reportSizes} from './scripts/report-sizes.mjs';

const root = dirname(new URL(import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const header = `ecosystem-map ${pkg.version} | MIT | ${pkg.homepage} | map data: see data/README.md`;
// The package's runtime dependencies stay imports in dist/esm, shared with the app (Leaflet is vendored:
// it is a devDependency, patched at build time).
const dependencies = Object.keys(pkg.dependencies ?? {});
const isSharedDependency = (id) =>
  dependencies.some((name) => id === name || id.startsWith(`${name}/`)) || id.startsWith('@lit/');

/**
 * Where a bundled package's module lands in dist/esm, never in a node_modules folder: tslib in
 * vendor/tslib.js; Leaflet's source modules in vendor/leaflet/, in the same folders as in its src/.
 */
const VENDORED = [
  [/[\\/]node_modules[\\/]leaflet[\\/]src[\\/](.+)$/, (path) => `vendor/leaflet/${path.replaceAll('\\', '/')}`],
  [/[\\/]node_modules[\\/]tslib[\\/]/, () => 'vendor/tslib.js'],
];
const vendoredFileName = (id) => {
  for (const [pattern, fileName] of VENDORED) {
    const match = pattern.exec(id);
    if (match) return fileName(match[1]);
  }
  return undefined;
};

/**
 * The classic script's Leaflet chunks: what the map needs at once goes with src/map/leaflet.ts; the rest
 * (the SVG renderer and polygons, which only the communes outline draws) is only reached through
 * loadVectorLayers' dynamic imports and makes one chunk, loaded when the outline is drawn.
 */
const LEAFLET_MODULE = /[\\/]node_modules[\\/]leaflet[\\/]src[\\/]/;
const LEAFLET_ENTRY = resolve(root, 'src/map/leaflet.ts');
const leafletChunks = () => {
  let atOnce;
  return (id, {getModuleInfo}) => {
    if (!atOnce) {
      // Everything src/map/leaflet.ts imports statically, directly or not.
      atOnce = new Set();
      const queue = [LEAFLET_ENTRY];
      while (queue.length) {
        const next = queue.pop();
        if (atOnce.has(next)) continue;
        atOnce.add(next);
        queue.push(...(getModuleInfo(next)?.importedIds ?? []));
      }
    }
    if (atOnce.has(id) && (id === LEAFLET_ENTRY || LEAFLET_MODULE.test(id))) return 'leaflet';
    return LEAFLET_MODULE.test(id) ? 'leaflet-vector' : undefined;
  };
};

/**
 * Small modules the view shares with lazy chunks (data rules and types, time slicing, number formatting, marker
 * colours) travel together in one `view-shared` chunk, which the element starts fetching beside the view
 * (src/ecosystem-map/preload.ts); rollup would otherwise give each a file of its own. Leaflet is split
 * as {@link leafletChunks} says.
 */
const VIEW_SHARED = /[\\/]src[\\/](data[\\/](rules|types|chunked)|i18n[\\/]format|map[\\/]marker-style)\.ts$/;
const cdnChunks = () => {
  const leaflet = leafletChunks();
  return (id, api) => leaflet(id, api) ?? (VIEW_SHARED.test(id) ? 'view-shared' : undefined);
};

/** Leaflet's modules import each other in circles (its own build warns too): other warnings still show. */
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => LEAFLET_MODULE.test(id))) return;
  warn(warning);
};

/**
 * TypeScript writes source paths relative to where it would have put the .js file, rollup reads them
 * relative to the source: rebuild each path from the absolute source file so the maps point at src/.
 * Packages' files (Leaflet's src/ among them) keep their node_modules path.
 */
const sourceFromRoot = (root) => (relativePath, mapPath) => {
  const absolute = resolve(dirname(mapPath), relativePath);
  const inSrc = absolute.lastIndexOf('/src/');
  const ours = inSrc >= 0 && !absolute.startsWith(resolve(root, 'src')) && !absolute.includes('/node_modules/');
  const fixed = ours ? resolve(root, absolute.slice(inSrc + 1)) : absolute;
  return relative(dirname(mapPath), fixed);
};

/** Types of the classic script (an `exports` entry): it exports nothing and registers the tag. */
const classicScriptTypes = () => ({
  name: 'classic-script-types',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: 'ecosystem-map.d.ts',
      source:
        "// The classic script exports nothing; it registers <ecosystem-map>.\nimport type {} from './esm/define.js';\nexport {};\n",
    });
  },
});

/** Minifies the vendored packages of dist/esm (keeping their licence comments); our modules stay readable. */
const minifyVendored = () => {
  const minifier = terser({format: {comments: /^!|@preserve|@license/}, ecma: 2021});
  return {
    ...minifier,
    name: 'minify-vendored',
    renderChunk(code, chunk, options, meta) {
      return chunk.fileName.startsWith('vendor/') ? minifier.renderChunk.call(this, code, chunk, options, meta) : null;
    },
  };
};

/** The plugins shared by the classic script's module chunks and its loader. */
const cdnPlugins = () => [
  litNoGlobals(),
  litTrustedTypes(),
  leafletIsolation(),
  cssLiterals(),
  nodeResolve({browser: true}),
  typescript({
    tsconfig: './tsconfig.json',
    declaration: false,
    sourceMap: true,
    inlineSources: true,
    outDir: 'dist/cdn',
    noEmitOnError: true,
  }),
  terser({format: {comments: /^!/}, ecma: 2021}),
  thirdPartyNotices({header}),
];

export default [
  {
    // The loader: a classic script of about 1 kB that imports dist/cdn/ecosystem-map.entry.js beside it.
    input: 'src/cdn.ts',
    output: {
      file: 'dist/ecosystem-map.js',
      format: 'iife',
      banner: `/*! ${header} */`,
      sourcemap: true,
      sourcemapPathTransform: sourceFromRoot(root),
      // Imported where there is no DOM (a server rendering the page), the script does nothing.
      intro: "if (typeof HTMLElement === 'undefined') return;",
    },
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        sourceMap: true,
        inlineSources: true,
        outDir: 'dist',
        noEmitOnError: true,
      }),
      terser({format: {comments: /^!/}, ecma: 2021}),
      classicScriptTypes(),
      reportSizes(),
      embedPage(),
    ],
  },
  {
    // What the loader imports: ES modules split where the code loads lazily (the view when the element
    // nears the viewport, Leaflet and the map when it is drawn, the embedded dataset and the communes
    // outline only when used). Minified, with source maps and licence banners; no global.
    input: {'ecosystem-map.entry': 'src/define.ts'},
    // The entry chunk may also export what later chunks share (Lit): no extra facade module to wait for.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: '[name]-[hash].js',
      manualChunks: cdnChunks(),
      sourcemap: true,
      sourcemapPathTransform: sourceFromRoot(root),
    },
    plugins: [...cdnPlugins(), reportSizes()],
  },
  {
    input: {index: 'src/index.ts', define: 'src/define.ts'},
    external: isSharedDependency,
    onwarn,
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: (chunk) => vendoredFileName(chunk.facadeModuleId ?? '') ?? '[name].js',
      sourcemap: true,
      sourcemapPathTransform: sourceFromRoot(root),
    },
    plugins: [
      leafletIsolation(),
      cssLiterals(),
      nodeResolve({browser: true}),
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist/esm',
        declaration: true,
        declarationDir: 'dist/esm',
        sourceMap: true,
        inlineSources: true,
        noEmitOnError: true,
      }),
      minifyVendored(),
      thirdPartyNotices({header}),
      pruneDeclarations({entries: ['index.d.ts', 'define.d.ts']}),
      reportSizes(),
    ],
  },
];
