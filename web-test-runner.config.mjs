// Every test runs in real Chromium: Debian's /usr/bin/chromium unless CHROME_PATH says otherwise.
// No test reaches the internet: tiles and data come from this server (see test/server.mjs).
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import {emulateMediaFeaturesPlugin} from './test/emulate-media-features.mjs';
import {cssLiteralsForDevServer} from './scripts/rollup-css-literals.mjs';
import {leafletIsolationForDevServer} from './scripts/rollup-leaflet-isolation.mjs';
import {testServer} from './test/server.mjs';

const isRoot = process.getuid?.() === 0;

export default {
  rootDir: '.',
  files: ['src/**/*.test.ts', 'test/embed/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  // The same Leaflet rewrites as the builds, first (before esbuild reprints the code): the tests run the
  // Leaflet that ships.
  plugins: [
    leafletIsolationForDevServer(),
    cssLiteralsForDevServer(),
    esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2021'}),
    a11ySnapshotPlugin(),
    emulateMediaFeaturesPlugin(),
  ],
  middleware: [testServer],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          ...(isRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
};
