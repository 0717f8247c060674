// The size limits of src/data/rules.ts, applied by the validator the widget and the CLI share.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {formatProblem, parseDataset} from '../../src/data/validate.js';
import {LIMITS, MAX_FEATURES} from '../../src/data/rules.js';
import {validateDatasetText} from '../../scripts/lib/check.js';

function site(id: string, props: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'Feature',
    id,
    geometry: {type: 'Point', coordinates: [3.17402, 50.69121]},
    properties: {name: `Site ${id}`, sectors: ['coworking'], ...props},
  };
}
const fc = (features: unknown[]) => ({type: 'FeatureCollection', features});
const huge = 'x'.repeat(5_000_000);

/** Every message stays short, however big the faulty value. */
function assertShortMessages(problems: {message: string; hint?: string}[]): void {
  for (const p of problems) assert.ok(formatProblem(p as never).length < 400, formatProblem(p as never).slice(0, 100));
}

test('a name or id over its limit leaves the feature out, without repeating the value', () => {
  const ds = parseDataset(
    fc([
      site('ok', {name: 'n'.repeat(LIMITS.name)}),
      site('long-name', {name: huge}),
      site('i'.repeat(LIMITS.id + 1), {name: 'Short'}),
      site('i'.repeat(LIMITS.id), {name: 'Short'}),
    ]),
  );
  assert.deepEqual(
    ds.sites.map((s) => s.id.length),
    [2, LIMITS.id],
  );
  assert.deepEqual(
    ds.rejected.map((p) => [p.index, p.field]),
    [
      [1, 'name'],
      [2, 'id'],
    ],
  );
  assert.match(ds.rejected[0].message, /5000000 characters long, over the limit of 200/);
  assert.equal(ds.rejected[1].id, undefined);
  assertShortMessages(ds.rejected);
});

test('optional texts over their limit are dropped with a warning; the site stays on the map', () => {
  const ds = parseDataset(
    fc([
      site('a', {
        address: 'a'.repeat(LIMITS.address + 1),
        addressNote: 'n'.repeat(LIMITS.addressNote + 1),
        city: 'c'.repeat(LIMITS.city + 1),
        description: {fr: huge, en: 'Short', nl: 'd'.repeat(LIMITS.description)},
        website: `https://example.org/${'w'.repeat(LIMITS.url)}`,
      }),
    ]),
  );
  assert.equal(ds.sites.length, 1);
  assert.deepEqual(ds.sites[0].properties, {
    name: 'Site a',
    sectors: ['coworking'],
    description: {en: 'Short', nl: 'd'.repeat(LIMITS.description)},
  });
  assert.deepEqual(
    ds.warnings.map((w) => w.field),
    ['address', 'addressNote', 'city', 'description.fr', 'website'],
  );
  assertShortMessages(ds.warnings);
});

test('sources: the first 20 URLs are read, a URL over 2,000 characters is ignored', () => {
  const urls = Array.from({length: 300_000}, (_, i) => `https://example.org/${i}`);
  urls[3] = `https://example.org/${'u'.repeat(LIMITS.url)}`;
  const ds = parseDataset(fc([site('a', {sources: urls})]));
  const sources = ds.sites[0].properties.sources!;
  assert.equal(sources.length, LIMITS.sources - 1);
  assert.ok(!sources.includes(urls[3]));
  assert.deepEqual(
    ds.warnings.map((w) => w.field),
    ['sources', 'sources[3]'],
  );
  assert.match(ds.warnings[0].message, /300000 entries, over the limit of 20; only the first 20 are read/);
  assertShortMessages(ds.warnings);
});

test('features beyond maxFeatures are left out with one summary problem', () => {
  assert.equal(MAX_FEATURES, 1_000_000);
  const ds = parseDataset(fc(['a', 'b', 'c', 'd', 'e'].map((id) => site(id))), {maxFeatures: 3});
  assert.deepEqual(
    ds.sites.map((s) => s.id),
    ['a', 'b', 'c'],
  );
  assert.equal(ds.rejected.length, 1);
  assert.equal(ds.rejected[0].index, null);
  assert.match(ds.rejected[0].message, /5 features, over the limit of 3; the last 2 are left out/);
  assert.equal(parseDataset(fc([site('a'), site('b')])).rejected.length, 0);
});

test('1,000,000 features sharing one id: one problem per left-out feature, each formatted', {timeout: 120_000}, () => {
  const same = site('same');
  const ds = parseDataset(fc(Array(1_000_000).fill(same)));
  assert.equal(ds.sites.length, 1);
  assert.equal(ds.rejected.length, 999_999);
  assert.equal(ds.rejected[999_998].index, 999_999);
  assert.equal(
    formatProblem(ds.rejected[999_998]),
    'feature #1000000 (id "same"): id: "same" is already used by an earlier feature; this one is left out — give each site its own id',
  );
});

test('the CLI applies the same limits and keeps its lines short', () => {
  const text = JSON.stringify({...fc([site('long', {name: huge}), site('ok', {description: {fr: huge, en: 'x'}})])});
  const report = validateDatasetText(text, 'big.geojson');
  assert.deepEqual(report.leftOut, [0]);
  assert.ok(
    report.problems.some((p) => p.index === 1 && p.field === 'description.fr' && /over the limit of 4000/.test(p.message)),
  );
  for (const line of report.lines) assert.ok(line.length < 600, line.slice(0, 100));
});
