import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {parseDatasetAsync} from '../../src/data/parse-dataset-async.js';
import {DatasetFormatError} from '../../src/data/types.js';
import {parseDataset} from '../../src/data/validate.js';

const CORPUS = new URL('../data-corpus/', import.meta.url);

function site(id: unknown, props: Record<string, unknown> = {}, coords: unknown = [3.17402, 50.69121]): Record<string, unknown> {
  return {
    type: 'Feature',
    id,
    geometry: {type: 'Point', coordinates: coords},
    properties: {name: `Site ${String(id)}`, sectors: ['coworking'], ...props},
  };
}

test('gives the very result of parseDataset on every corpus file, whatever the batch size', async () => {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.geojson'));
  assert.ok(files.length > 10);
  for (const name of files) {
    let input: unknown;
    try {
      input = JSON.parse(readFileSync(new URL(name, CORPUS), 'utf8'));
    } catch {
      continue; // files that are not JSON test the loader, not the validator
    }
    let expected: unknown;
    try {
      expected = parseDataset(input);
    } catch (error) {
      await assert.rejects(
        parseDatasetAsync(input),
        (e: unknown) => e instanceof DatasetFormatError && e.message === (error as Error).message,
      );
      continue;
    }
    for (const batch of [1, 2, 3, 256])
      assert.deepEqual(await parseDatasetAsync(input, {batch}), expected, `${name}, batch ${batch}`);
  }
});

test('judges ids repeated across batches like parseDataset: the later feature is left out, warnings and all', async () => {
  const features = [
    site('a'),
    site('b', {website: 'javascript:alert(1)'}),
    site('c', {}, 'nowhere'),
    site('b', {website: 'ftp://x'}),
    site('c'),
    {
      type: 'Feature',
      geometry: {type: 'Point', coordinates: [3, 50]},
      properties: {id: 'a', name: 'Id inside', sectors: ['coworking']},
    },
    site('d', {name: ''}),
    site('d'),
  ];
  const input = {type: 'FeatureCollection', features};
  const expected = parseDataset(input);
  assert.equal(expected.sites.length, 2);
  for (const batch of [1, 2, 3, 5]) assert.deepEqual(await parseDatasetAsync(input, {batch}), expected, `batch ${batch}`);
});

test('gives the main thread back on a large collection, and stops when aborted', async () => {
  const input = {type: 'FeatureCollection', features: Array.from({length: 20_000}, (_, i) => site(`s${i}`))};
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const dataset = await parseDatasetAsync(input, {sliceMs: 1});
  clearInterval(timer);
  assert.equal(dataset.sites.length, 20_000);
  assert.ok(ticks > 0, 'a timer ran while the collection was validated');

  const controller = new AbortController();
  const parsing = parseDatasetAsync(input, {signal: controller.signal, sliceMs: 1});
  controller.abort();
  await assert.rejects(parsing, {name: 'AbortError'});
});

test('keeps the feature limit: the same rejected list as parseDataset, the extra features left out', async () => {
  const features = Array.from({length: 30}, (_, i) => (i === 3 ? {type: 'Feature'} : site(`s${i}`)));
  const input = {type: 'FeatureCollection', features};
  const expected = parseDataset(input, {maxFeatures: 20});
  assert.equal(expected.sites.length, 19);
  assert.equal(expected.rejected[0].field, 'features');
  for (const batch of [4, 7, 256])
    assert.deepEqual(await parseDatasetAsync(input, {batch, maxFeatures: 20}), expected, `batch ${batch}`);
});
