import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import {ROOT} from '../../scripts/lib/check.js';
import {formatJson} from '../../scripts/lib/json-format.js';
import {buildSchema} from '../../scripts/lib/schema.js';
import {LIMITS, OPENED_YEAR} from '../../src/data/rules.js';

const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

test('data/sites.schema.json is what src/data/rules.ts generates (run `npm run generate:schema`)', () => {
  assert.equal(read('data/sites.schema.json'), formatJson(buildSchema()));
});

test('the generated schema is strict JSON Schema 2020-12, accepts the shipped dataset and applies the rules', () => {
  const validate = new Ajv2020({allErrors: true, strict: true, strictTuples: false}).compile(
    JSON.parse(read('data/sites.schema.json')),
  );
  const dataset = JSON.parse(read('data/sites.geojson')) as {features: {properties: Record<string, unknown>}[]};
  assert.equal(validate(dataset), true, JSON.stringify(validate.errors));
  const withProps = (props: Record<string, unknown>) => {
    const copy = structuredClone(dataset);
    Object.assign(copy.features[0].properties, props);
    return copy;
  };
  for (const props of [
    {opened: OPENED_YEAR.min - 1},
    {opened: OPENED_YEAR.max + 1},
    {website: 'javascript:alert(1)'},
    {name: 'x'.repeat(LIMITS.name + 1)},
    {adress: 'typo'},
    {sources: Array(LIMITS.sources + 1).fill('https://example.org')},
  ]) {
    assert.equal(validate(withProps(props)), false, JSON.stringify(props).slice(0, 80));
  }
});
