// `npm run check:package`: checks the package as users receive it, from the packed tarball.
// 1. npm pack; publint --strict; @arethetypeswrong/cli (ESM-only profile).
// 2. A tiny Vite + React 19 + TypeScript app (test/package/smoke-app) installs the tarball and builds:
//    tsc --noEmit (React TSX, plus Preact, Vue and Svelte typings; no hand-written declarations), vite build.
// 3. Node imports every entry point, as a server rendering the app does.
// The app lives in node_modules/.cache/ so its dependencies are installed once and reused (the npm cache
// serves them offline afterwards); only the tarball is reinstalled on each run.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const work = join(root, 'node_modules/.cache/ecosystem-map-package');
const app = join(work, 'app');
const bin = (name) => join(root, 'node_modules/.bin', name);
const started = Date.now();

function run(command, args, cwd = root) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const start = Date.now();
  execFileSync(command, args, {cwd, stdio: 'inherit', env: {...process.env, npm_config_update_notifier: 'false'}});
  console.log(`  (${((Date.now() - start) / 1000).toFixed(1)} s)`);
}

mkdirSync(work, {recursive: true});
for (const old of readdirSync(work).filter((name) => name.endsWith('.tgz'))) rmSync(join(work, old));
let step = Date.now();
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
const tarball = join(work, packed.filename);
console.log(
  `packed ${packed.filename}: ${(packed.size / 1024).toFixed(1)} kB, ${(packed.unpackedSize / 1024).toFixed(1)} kB unpacked, ${packed.entryCount} files (${((Date.now() - step) / 1000).toFixed(1)} s)`,
);
const leaked = packed.files.map((file) => file.path).filter((path) => /(^|\/)node_modules\/|^src\/|\.test\./.test(path));
if (leaked.length) throw new Error(`the tarball ships files it should not: ${leaked.join(', ')}`);

run(bin('publint'), ['--strict', tarball]);
// The GeoJSON data file is an asset (fetched, or imported with a bundler's ?url), not a module TypeScript resolves.
run(bin('attw'), [
  '--profile',
  'esm-only',
  '--exclude-entrypoints',
  './data/sites.geojson',
  '--format',
  'table-flipped',
  tarball,
]);

// The app: template files copied over, the tarball as its ecosystem-map dependency.
cpSync(join(here, 'smoke-app'), app, {recursive: true});
const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
manifest.dependencies['ecosystem-map'] = `file:${tarball}`;
writeFileSync(join(app, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
// A tarball of the same name is not reinstalled from a lockfile: drop both, the other packages stay.
rmSync(join(app, 'node_modules/ecosystem-map'), {recursive: true, force: true});
rmSync(join(app, 'package-lock.json'), {force: true});
run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', '--loglevel=error'], app);

run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app);
run(process.execPath, [join(app, 'node_modules/vite/bin/vite.js'), 'build'], app);
const assets = join(app, 'dist/assets');
for (const file of readdirSync(assets))
  console.log(`  app build: ${file} ${(statSync(join(assets, file)).size / 1024).toFixed(1)} kB`);

run(process.execPath, ['ssr-import.mjs'], app);
console.log(`\ncheck:package passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
