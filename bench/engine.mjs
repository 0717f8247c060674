// Micro-benchmark of the data engine (no browser, no DOM): validation, site table, cluster hierarchy,
// queries and filter changes, against supercluster on the same points. Run with
//   npm run bench:engine -- [--sizes 10000,100000,1000000] [--runs 3] [--skip-validate]
// Times are CPU milliseconds of this process (process.cpuUsage), so a busy machine slows the figures
// less than wall time would; "longest slice" is the longest stretch between two yields to the event
// loop, also in CPU time, with the widget's slice budget. Figures are medians of the runs.
import {cpus, loadavg} from 'node:os';
import Supercluster from 'supercluster';
import {buildClusterHierarchy} from '../src/map/cluster-hierarchy-build.ts';
import {buildSiteTable} from '../src/data/site-table.ts';
import {DatasetView} from '../src/data/dataset-view.ts';
import {normalizeText} from '../src/data/text.ts';
import {parseDatasetAsync} from '../src/data/parse-dataset-async.ts';
import {parseDataset} from '../src/data/validate.ts';
import {makeSites, SECTORS} from './lib/synthetic-sites.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : args[at + 1];
};
const SIZES = option('sizes', '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(option('runs', '3'));
const SKIP_VALIDATE = args.includes('--skip-validate');

const cpuMs = () => {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU ms of a synchronous call, and its result. */
function timed(work) {
  const start = cpuMs();
  const result = work();
  return {ms: cpuMs() - start, result};
}

async function timedAsync(work) {
  const start = cpuMs();
  const result = await work();
  return {ms: cpuMs() - start, result};
}

/** The alternative to a collator: a key per name (case, accents, ligatures folded, numbers padded). */
const sortKey = (name) => normalizeText(name).replace(/\d+/g, (digits) => digits.padStart(12, '0'));

/** Names like real French ones: accents, ligatures, apostrophes, hyphens, numbers. */
function frenchNames(count) {
  const kinds = [
    'Société',
    'Café',
    'Église',
    'Atelier',
    'Crèche',
    'École',
    'Hôtel',
    'Pâtisserie',
    'Œuvre',
    'Agence',
    'Studio',
    'Épicerie',
    'Théâtre',
  ];
  const places = [
    'du Nord',
    'de Roubaix',
    'Lille-Centre',
    "d'Hellemmes",
    'Saint-André',
    'Marcq-en-Barœul',
    'Wazemmes',
    'la Madeleine',
  ];
  return Array.from(
    {length: count},
    (_, i) => `${kinds[(i * 7) % kinds.length]} ${places[(i * 13) % places.length]} ${(i * 31) % 200}`,
  );
}

/** The bounding box of a 1000 × 600 px map centred on Lille at a zoom (256 px tiles). */
function viewBox(zoom, lon = 3.0573, lat = 50.6292) {
  const scale = 256 * 2 ** zoom;
  const halfLon = (500 / scale) * 360;
  const halfLat = (300 / scale) * 360 * Math.cos((lat * Math.PI) / 180);
  return [lon - halfLon, lat - halfLat, lon + halfLon, lat + halfLat];
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function runOnce(size, collection) {
  const row = {};
  const slice = {now: cpuMs};
  if (!SKIP_VALIDATE) {
    row['validate: parseDataset, one task'] = timed(() => parseDataset(collection)).ms;
    const validated = await timedAsync(() => parseDatasetAsync(collection, slice));
    row['validate: parseDatasetAsync, total'] = validated.ms;
  }
  const sites = collection.features;
  const sectors = SECTORS;
  const table = await timedAsync(() => buildSiteTable(sites, sectors, slice));
  row['site table: build'] = table.ms;
  const columns = table.result;

  const built = await timedAsync(() =>
    buildClusterHierarchy(columns.lon, columns.lat, {...slice, radius: 25, tileSize: 256, maxZoom: 17}),
  );
  const hierarchy = built.result;
  row['hierarchy: build, total'] = built.ms;
  row['hierarchy: build, longest slice'] = hierarchy.stats.longestSliceMs;
  row['hierarchy: build, yields'] = hierarchy.stats.yields;

  const points = sites.map((site) => ({type: 'Feature', geometry: site.geometry, properties: {id: site.id}}));
  row['supercluster: load (same points, same radius)'] = timed(() =>
    new Supercluster({radius: 50, extent: 512, maxZoom: 17}).load(points),
  ).ms;

  const all = columns.visibleMask([]);
  const atZoom = (zoom) => hierarchy.query(viewBox(zoom), zoom, all);
  row['query z10 (first, sums the level)'] = timed(() => atZoom(10)).ms;
  row['query z10 again (pan)'] = timed(() => atZoom(10)).ms;
  row['query z14 (first)'] = timed(() => atZoom(14)).ms;

  // A sector change: new mask, colours, counts by name order, the map query at the fitted zoom.
  const sorted = await timedAsync(() => columns.nameOrder('fr', slice));
  const order = sorted.result;
  const sectorChange = timed(() => {
    const mask = columns.visibleMask(['s1']);
    const colours = columns.colorIndex(['s1']);
    const list = columns.sortedVisible(order, mask);
    const drawn = hierarchy.query(viewBox(10), 10, mask, colours);
    return {list, drawn};
  });
  row['sector change: mask + colours + sorted list + query'] = sectorChange.ms;
  const shown = sectorChange.result.drawn.sites.length + sectorChange.result.drawn.clusters.reduce((sum, c) => sum + c.count, 0);
  row['  (sites in view after the change)'] = shown;

  // A search keystroke, given the search's matches as a mask (10 % of sites): mask, counts, list, query.
  const matches = new Uint8Array(size).map((_, i) => (i % 10 === 3 ? 1 : 0));
  row['search keystroke: mask + sector counts + list + query'] = timed(() => {
    const mask = columns.visibleMask([], matches);
    columns.sectorCounts(matches);
    columns.sortedVisible(order, mask);
    return hierarchy.query(viewBox(10), 10, mask);
  }).ms;
  // The widget's own path (src/data/dataset-view.ts): what the element computes for a sector change and a
  // search keystroke before the markers are drawn (filter result, name-ordered list, clustering index, query).
  const view = await timedAsync(() => DatasetView.build({sites, sectors, rejected: [], warnings: []}, {...slice, lang: 'fr'}));
  row['DatasetView: build (table + hierarchy + name order)'] = view.ms;
  await view.result.search.prepare(slice);
  const throughView = (filter) => {
    const result = view.result.filtered(filter, 'fr');
    const index = view.result.clusterIndex(result, filter.sectors);
    view.result.sectorCounts(filter.query);
    return index.query(viewBox(10), 10);
  };
  throughView({sectors: [], query: ''});
  row['DatasetView: sector change (filter, list, counts, index, query z10)'] = timed(() =>
    throughView({sectors: ['s1'], query: ''}),
  ).ms;
  row['DatasetView: back to all sectors'] = timed(() => throughView({sectors: [], query: ''})).ms;
  row['DatasetView: search keystroke "site 12" (search, filter, list, counts, index, query)'] = timed(() =>
    throughView({sectors: [], query: 'site 12'}),
  ).ms;
  row['DatasetView: next keystroke "site 123"'] = timed(() => throughView({sectors: [], query: 'site 123'})).ms;
  const s1 = points.filter((_, i) => sites[i].properties.sectors.includes('s1'));
  row['supercluster: sector change = load of the kept sites'] = timed(() =>
    new Supercluster({radius: 50, extent: 512, maxZoom: 17}).load(s1),
  ).ms;

  // Name order: a collator per comparison (what the table does, sliced) against precomputed keys, on the
  // synthetic "Site N" names and on French names with accents, ligatures and numbers.
  row['name order "Site N": collator, sliced merge sort (table)'] = sorted.ms;
  for (const [label, names] of [
    ['"Site N"', sites.map((site) => site.properties.name)],
    ['French', frenchNames(size)],
  ]) {
    const collator = new Intl.Collator('fr', {sensitivity: 'base', numeric: true});
    row[`name order ${label}: collator, one Array.sort`] = timed(() =>
      [...names.keys()].sort((a, b) => collator.compare(names[a], names[b]) || a - b),
    ).ms;
    row[`name order ${label}: normalised keys + one Array.sort`] = timed(() => {
      const keys = names.map(sortKey);
      return [...names.keys()].sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    }).ms;
  }
  return row;
}

const header = [
  `# Engine micro-benchmark (Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores)`,
  '',
  `${new Date().toISOString()}; load average ${loadavg()[0].toFixed(1)} at start; CPU ms, median of ${RUNS} run(s).`,
  '',
];
console.log(header.join('\n'));
// Both contenders share kdbush: warm it (and both) up first, or whichever runs first pays for the JIT.
{
  const warm = makeSites(20_000, 1);
  const columns = await buildSiteTable(warm.features, SECTORS);
  await buildClusterHierarchy(columns.lon, columns.lat);
  new Supercluster({radius: 50, extent: 512, maxZoom: 17}).load(warm.features);
}
const table = new Map();
for (const size of SIZES) {
  const collection = makeSites(size);
  const runs = [];
  const count = size >= 1_000_000 ? 1 : RUNS;
  for (let run = 0; run < count; run++) {
    process.stderr.write(`${size} sites, run ${run + 1}/${count}\n`);
    runs.push(await runOnce(size, collection));
  }
  for (const key of Object.keys(runs[0])) {
    if (!table.has(key)) table.set(key, new Map());
    table.get(key).set(size, median(runs.map((row) => row[key])));
  }
}
const format = (value) => (value === undefined ? '—' : Number.isInteger(value) ? String(value) : value.toFixed(1));
console.log(`| figure | ${SIZES.map((size) => size.toLocaleString('en')).join(' | ')} |`);
console.log(`| --- | ${SIZES.map(() => '---:').join(' | ')} |`);
for (const [key, bySize] of table) console.log(`| ${key} | ${SIZES.map((size) => format(bySize.get(size))).join(' | ')} |`);
console.log(`\nLoad average ${loadavg()[0].toFixed(1)} at the end.`);
