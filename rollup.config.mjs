// Two artefacts from one config (see README "Builds"), plus the iframe page dist/embed.html (embed/):
// - dist/ecosystem-map.js: the classic script partners paste. IIFE, minified, self-contained (Lit,
//   Leaflet and its CSS, supercluster, the embedded dataset), defines no global.
// - dist/esm/: unbundled ES modules with .d.ts for bundler users; lit, leaflet and supercluster stay
//   bare imports (they are dependencies), so an app that already has them does not ship them twice.
import {readFileSync} from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {embedPage} from './scripts/rollup-embed-page.mjs';
import {leafletIsolation} from './scripts/rollup-leaflet-isolation.mjs';
import {litNoGlobals} from './scripts/rollup-lit-no-globals.mjs';
import {reportSizes} from './scripts/report-sizes.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! ecosystem-map ${pkg.version} | MIT | bundles Lit (BSD-3-Clause), Leaflet (BSD-2-Clause), supercluster (ISC); map data: see data/README.md */`;
const isDependency = (id) => /^(lit|@lit|leaflet|supercluster)(\/|$)/.test(id);

export default [
  {
    input: 'src/cdn.ts',
    output: {file: 'dist/ecosystem-map.js', format: 'iife', banner, sourcemap: true},
    plugins: [
      litNoGlobals(),
      leafletIsolation(),
      nodeResolve({browser: true}),
      typescript({tsconfig: './tsconfig.json', declaration: false, sourceMap: true, outDir: 'dist', noEmitOnError: true}),
      terser({format: {comments: /^!/}, ecma: 2021}),
      reportSizes(),
      embedPage(),
    ],
  },
  {
    input: {index: 'src/index.ts', define: 'src/define.ts'},
    external: isDependency,
    output: {dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
    plugins: [
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist/esm',
        declaration: true,
        declarationDir: 'dist/esm',
        importHelpers: false,
        sourceMap: true,
        noEmitOnError: true,
      }),
      reportSizes(),
    ],
  },
];
