#!/usr/bin/env node
// `npm run bench`: measures the built widget against hand-written Leaflet pages in headless Chromium and
// prints a Markdown table (also written to bench/results/latest.md). See bench/README.md.
import {execSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, totalmem} from 'node:os';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium} from 'playwright-core';
import {median, formatReport} from './lib/report.mjs';
import {fileForPath, startServer} from './lib/server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');

const USAGE = `npm run bench -- [options]
  --sizes LIST   dataset sizes, comma-separated numbers and/or "embedded" (default embedded,10000,100000,1000000)
  --runs N       runs per case, for every size and the cold start (default: 5 up to 10k, 3 up to 100k, 1 above; 5 cold)
  --quick        one run each, sizes embedded,10000 (a smoke run, not figures to quote)
  --timeout S    seconds before one case (one contender, one size, one run) is abandoned as "timeout" (default 120)
  --build        run \`npm run build\` first (otherwise only when dist/ecosystem-map.js is missing)
  --skip-cold    leave out the cold-start and bytes figures
  --contenders L only these contenders, comma-separated: widget, markercluster, supercluster (default all)
  --help`;

const {values: flags} = parseArgs({
  options: {
    sizes: {type: 'string'},
    runs: {type: 'string'},
    quick: {type: 'boolean', default: false},
    timeout: {type: 'string', default: '120'},
    build: {type: 'boolean', default: false},
    'skip-cold': {type: 'boolean', default: false},
    contenders: {type: 'string'},
    help: {type: 'boolean', default: false},
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = (flags.sizes ?? (flags.quick ? 'embedded,10000' : 'embedded,10000,100000,1000000'))
  .split(',')
  .map((size) => size.trim())
  .filter(Boolean)
  .map((size) => (size === 'embedded' ? size : Number(size.replace(/[_ ]/g, ''))));
if (sizes.some((size) => size !== 'embedded' && !(Number.isInteger(size) && size > 0))) {
  console.error(`--sizes: expected positive integers or "embedded".\n\n${USAGE}`);
  process.exit(2);
}
const runsFlag = flags.quick ? 1 : flags.runs === undefined ? undefined : Number(flags.runs);
const runsFor = (size) => runsFlag ?? (size === 'embedded' || size <= 10_000 ? 5 : size <= 100_000 ? 3 : 1);
const timeoutMs = Number(flags.timeout) * 1000;
if (!(timeoutMs > 0) || (runsFlag !== undefined && !(Number.isInteger(runsFlag) && runsFlag > 0))) {
  console.error(`--runs and --timeout take positive numbers.\n\n${USAGE}`);
  process.exit(2);
}

const CONTENDERS = [
  {name: 'widget', label: 'widget', page: '/bench/pages/widget.html'},
  {name: 'markercluster', label: 'markercluster page', page: '/bench/pages/markercluster.html'},
  {name: 'supercluster', label: 'supercluster page', page: '/bench/pages/supercluster.html'},
];
const notes = [];

if (flags.build || !existsSync(join(root, 'dist/ecosystem-map.js'))) {
  console.error('bench: building dist/ …');
  execSync('npm run build', {cwd: root, stdio: ['ignore', 'inherit', 'inherit']});
}

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const launchArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
let browser;
const launch = async () => {
  browser = await chromium.launch({executablePath, headless: true, args: launchArgs});
};

class CaseTimeout extends Error {}

/** Closes a context; a renderer stuck in a long task may not answer, then the whole browser is replaced. */
async function dispose(context) {
  const closed = await Promise.race([
    context.close().then(
      () => true,
      () => true,
    ),
    new Promise((resolve) => setTimeout(() => resolve(false), 15_000)),
  ]);
  if (!closed) {
    await browser.close().catch(() => {});
    await launch();
  }
}

/** Opens `path` in a fresh context (empty cache), runs `body`, and always cleans up within the timeout. */
async function withPage(origin, path, body) {
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) notes.push(`${path} requested ${url} (outside the local server)`);
  });
  page.on('pageerror', (error) => notes.push(`${path}: page error: ${error.message}`));
  let timer;
  try {
    return await Promise.race([
      (async () => {
        const cdp = await context.newCDPSession(page);
        await page.goto(origin + path);
        return await body(page, cdp);
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new CaseTimeout()), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    await dispose(context);
  }
}

const failureText = (error) =>
  error instanceof CaseTimeout
    ? `timeout (> ${timeoutMs / 1000} s)`
    : /crash/i.test(error.message)
      ? 'crashed'
      : `error: ${error.message.split('\n')[0].slice(0, 80)}`;

// --- gzipped bytes -----------------------------------------------------------------------------------

const gzipCache = new Map();
function gzipSizeOf(origin, url) {
  if (!url.startsWith(origin)) return undefined;
  const path = new URL(url).pathname;
  if (!gzipCache.has(path)) {
    const file = fileForPath(root, path);
    gzipCache.set(path, file && existsSync(file) ? gzipSync(readFileSync(file), {level: 9}).length : undefined);
  }
  return gzipCache.get(path);
}

/** Tile images: both cold-start pages load the same ones from the bench server. */
const isTileImage = (url) => new URL(url).pathname.startsWith('/bench/tiles/');

function downloaded(origin, urls) {
  const files = [];
  for (const url of new Set(urls)) {
    if (isTileImage(url)) continue;
    const gzip = gzipSizeOf(origin, url);
    if (gzip === undefined) notes.push(`could not size ${url}`);
    else files.push({path: new URL(url).pathname.replace(/^\//, ''), gzip});
  }
  files.sort((a, b) => b.gzip - a.gzip);
  return {bytes: files.reduce((sum, file) => sum + file.gzip, 0), files};
}

// --- cold start --------------------------------------------------------------------------------------

/**
 * Navigation start → first frame painted with the sites, and the files the page asked for before its
 * sites were shown (`mapShownAt`: the widget's data-load, the bare page's markers added). What a page
 * fetches once the map shows (the widget's site details, in idle time) is not counted, even when it
 * arrives before the two frames.
 */
async function coldStart(origin, path) {
  return withPage(origin, path, async (page) => {
    const visibleAt = await page.evaluate(() => window.mapVisibleAt);
    const urls = await page.evaluate(
      (shownAt) => [
        location.href,
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime <= shownAt)
          .map((entry) => entry.name),
      ],
      await page.evaluate(() => window.mapShownAt),
    );
    return {ms: visibleAt, ...downloaded(origin, urls)};
  });
}

async function belowTheFold(origin) {
  return withPage(origin, '/bench/pages/below-fold.html', async (page) => {
    // Idle time is the point of this figure: what does a page pay while the visitor never scrolls?
    await page.waitForTimeout(1000);
    const urls = await page.evaluate(() => [
      location.href,
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
    ]);
    return downloaded(origin, urls);
  });
}

/** The cold-start pages: the widget and a bare Leaflet page, without a basemap, then with raster tiles. */
const COLD_CASES = [
  {label: 'tiles none', widget: '/bench/pages/cold-widget.html', leaflet: '/bench/pages/cold-leaflet.html'},
  {
    label: 'raster tiles from the bench server (tile images, the same for both, not counted in KiB)',
    widget: '/bench/pages/cold-widget.html?tiles',
    leaflet: '/bench/pages/cold-leaflet.html?tiles',
  },
];

async function measureColdCase(origin, pages, runs) {
  const measured = {widget: [], leaflet: []};
  const failures = {};
  for (let run = 0; run < runs; run++) {
    for (const name of ['widget', 'leaflet']) {
      if (failures[name]) continue;
      try {
        measured[name].push(await coldStart(origin, pages[name]));
      } catch (error) {
        failures[name] = failureText(error);
      }
    }
    const said = (name) => failures[name] ?? `${Math.round(measured[name].at(-1).ms)} ms`;
    console.error(
      `bench: cold start (${pages.label}) run ${run + 1}/${runs}: widget ${said('widget')}, Leaflet ${said('leaflet')}`,
    );
  }
  // Bytes do not vary between runs; the time is the median.
  const summary = (name) =>
    failures[name] ? {failure: failures[name]} : {...measured[name][0], ms: median(measured[name].map((item) => item.ms))};
  return {label: pages.label, widget: summary('widget'), leaflet: summary('leaflet')};
}

async function measureColdStart(origin) {
  const runs = runsFlag ?? 5;
  const cases = [];
  for (const pages of COLD_CASES) cases.push(await measureColdCase(origin, pages, runs));
  let belowFold;
  try {
    belowFold = await belowTheFold(origin);
  } catch (error) {
    belowFold = {failure: failureText(error)};
  }
  return {runs, cases, belowFold};
}

// --- datasets ----------------------------------------------------------------------------------------

async function measureDataset(origin, contender, size) {
  return withPage(origin, contender.page, async (page, cdp) => {
    await page.evaluate(() => window.bench.prepare());
    const sites = await page.evaluate((spec) => window.bench.useSites(spec), size);
    // Collect the generator's garbage now, not inside the measured window.
    await cdp.send('HeapProfiler.collectGarbage');
    const load = await page.evaluate(() => window.bench.measureLoad());
    await cdp.send('HeapProfiler.collectGarbage');
    const {usedSize} = await cdp.send('Runtime.getHeapUsage');
    const change = await page.evaluate((sector) => window.bench.measureSectorChange(sector), sites.sector);
    if (load.shown !== sites.count) notes.push(`${contender.label}, ${size}: showed ${load.shown} of ${sites.count} sites`);
    if (load.rejected) notes.push(`${contender.label}, ${size}: ${load.rejected} features rejected`);
    if (change.shown !== sites.inSector)
      notes.push(`${contender.label}, ${size}: sector ${sites.sector} shows ${change.shown} sites, ${sites.inSector} expected`);
    return {
      count: sites.count,
      readyMs: load.ms,
      changeMs: change.ms,
      readyLongestMs: load.longestTaskMs,
      changeLongestMs: change.longestTaskMs,
      heapMB: usedSize / 1e6,
    };
  });
}

/** Skips a contender whose smaller dataset already suggests it cannot finish within the timeout. */
function predictedOverrun(previous, contender, size) {
  const earlier = previous.filter((dataset) => dataset.size !== 'embedded' && dataset.size < size).at(-1);
  const result = earlier?.results[contender.name];
  if (!result) return undefined;
  if (result.failure) return `skipped: ${earlier.size} already failed`;
  const seconds = (median(result.runs.map((run) => run.readyMs + run.changeMs)) / 1000) * (size / earlier.size);
  return seconds * 1000 > timeoutMs
    ? `skipped: > ${timeoutMs / 1000} s (est. ${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s)`
    : undefined;
}

const chosen = flags.contenders?.split(',').map((name) => name.trim());
const selected = (contender) => !chosen || chosen.includes(contender.name);

async function measureDatasets(origin) {
  const datasets = [];
  for (const size of sizes) {
    const runs = runsFor(size);
    const dataset = {size, runs, count: undefined, results: {}};
    for (const contender of CONTENDERS) {
      const skip = selected(contender) ? predictedOverrun(datasets, contender, size) : 'not run (--contenders)';
      dataset.results[contender.name] = skip ? {failure: skip, runs: []} : {runs: []};
    }
    // Contenders take turns inside each run, so a slow moment of the machine does not favour one of them.
    for (let run = 0; run < runs; run++) {
      for (const contender of CONTENDERS) {
        const result = dataset.results[contender.name];
        if (result.failure) continue;
        try {
          const figures = await measureDataset(origin, contender, size);
          dataset.count = figures.count;
          result.runs.push(figures);
          console.error(
            `bench: ${size} sites, run ${run + 1}/${runs}, ${contender.label}: ready ${Math.round(figures.readyMs)} ms, sector change ${Math.round(figures.changeMs)} ms`,
          );
        } catch (error) {
          result.failure = failureText(error);
          console.error(`bench: ${size} sites, run ${run + 1}/${runs}, ${contender.label}: ${result.failure}`);
        }
      }
    }
    datasets.push(dataset);
  }
  return datasets;
}

// --- machine and dist --------------------------------------------------------------------------------

function machineInfo(browserVersion) {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const cpu = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown CPU';
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', {cwd: root, encoding: 'utf8'}).trim();
    const dirty = execSync('git status --porcelain -- src scripts rollup.config.mjs', {cwd: root, encoding: 'utf8'}).trim();
    if (dirty) commit += ' (with uncommitted changes)';
  } catch {
    // Not a git checkout: keep "unknown".
  }
  return {
    date: new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, ' UTC'),
    cpu,
    cores: cpus().length,
    memoryGiB: (totalmem() / 2 ** 30).toFixed(1),
    browser: `Chromium ${browserVersion}`,
    node: process.version,
    commit,
    loadAtStart: loadavg()[0],
  };
}

function distFiles() {
  const dist = join(root, 'dist');
  return readdirSync(dist, {recursive: true})
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const body = readFileSync(join(dist, name));
      return {path: relative(root, join(dist, name)), raw: body.length, gzip: gzipSync(body, {level: 9}).length};
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

// --- main --------------------------------------------------------------------------------------------

const server = await startServer(root);
try {
  await launch();
  const machine = machineInfo(browser.version());
  console.error(`bench: ${machine.cpu}, ${machine.cores} cores, ${machine.browser}; serving ${root} at ${server.origin}`);
  const cold = flags['skip-cold'] ? undefined : await measureColdStart(server.origin);
  const datasets = await measureDatasets(server.origin);
  machine.loadAtEnd = loadavg()[0];
  const markdown = formatReport({machine, cold, datasets, contenders: CONTENDERS, distFiles: distFiles(), notes});
  console.log(markdown);
  writeFileSync(join(root, 'bench/results/latest.md'), markdown);
  console.error('bench: written to bench/results/latest.md');
} finally {
  await browser?.close().catch(() => {});
  await server.close();
}
