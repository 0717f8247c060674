// The embedded dataset is not validated again in the browser (see src/data/embedded-dataset.ts): its two
// generated modules, merged as the element merges them, must be exactly what the validator makes of
// data/sites.geojson. `npm run build` (which `npm test` runs first) regenerates them.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {embeddedDataset, mergeDetails} from '../../src/data/embedded-dataset.js';
import {parseDataset} from '../../src/data/validate.js';
import {defaultDataset} from '../../src/generated/default-dataset.js';
import {defaultDatasetDetails} from '../../src/generated/default-dataset-details.js';

const shipped: unknown = JSON.parse(readFileSync(new URL('../../data/sites.geojson', import.meta.url), 'utf8'));

test('data/sites.geojson is valid as it stands: nothing left out, nothing repaired', () => {
  const {rejected, warnings} = parseDataset(shipped);
  assert.deepEqual(rejected, []);
  assert.deepEqual(warnings, []);
});

test('the light module and the details, merged, are the validated data/sites.geojson', () => {
  assert.ok(defaultDataset.sectors, 'the embedded dataset carries its taxonomy');
  const dataset = embeddedDataset({...defaultDataset, sectors: defaultDataset.sectors});
  mergeDetails(dataset.sites, defaultDatasetDetails);
  assert.deepEqual(dataset, parseDataset(shipped));
});

test('the light module holds only what the map and the list show', () => {
  const fields = new Set(defaultDataset.features.flatMap((feature) => Object.keys(feature.properties)));
  assert.deepEqual([...fields].sort(), ['address', 'city', 'name', 'sectors']);
  assert.deepEqual(Object.keys(defaultDatasetDetails).sort(), defaultDataset.features.map((feature) => feature.id).sort());
});

test('merging gives each element its own copy: the generated modules stay untouched', () => {
  const first = embeddedDataset({...defaultDataset, sectors: defaultDataset.sectors!});
  mergeDetails(first.sites, defaultDatasetDetails);
  const sources = first.sites[0].properties.sources;
  assert.ok(sources, 'the first site has sources');
  sources.push('https://example.org/');
  const second = embeddedDataset({...defaultDataset, sectors: defaultDataset.sectors!});
  mergeDetails(second.sites, defaultDatasetDetails);
  assert.deepEqual(second, parseDataset(shipped));
  assert.equal(defaultDataset.features[0].properties.description, undefined);
});
