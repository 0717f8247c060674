import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseDataset, formatProblem} from '../../src/data/validate.js';
import {DatasetFormatError} from '../../src/data/types.js';
import {BUILT_IN_SECTORS} from '../../src/data/taxonomy.js';

function site(id: unknown, props: Record<string, unknown> = {}, coords: unknown = [3.17402, 50.69121]): Record<string, unknown> {
  return {
    type: 'Feature',
    id,
    geometry: {type: 'Point', coordinates: coords},
    properties: {name: `Site ${String(id)}`, sectors: ['coworking'], ...props},
  };
}
const fc = (features: unknown[], extra: Record<string, unknown> = {}) => ({type: 'FeatureCollection', features, ...extra});

test('whole-input failures throw DatasetFormatError with code "format"', () => {
  for (const bad of [
    null,
    42,
    'x',
    [],
    {type: 'Feature'},
    {type: 'FeatureCollection'},
    {type: 'FeatureCollection', features: {}},
  ]) {
    assert.throws(
      () => parseDataset(bad),
      (e: unknown) => e instanceof DatasetFormatError && e.code === 'format',
    );
  }
});

test('a valid site is normalised into a fresh object; the input is not mutated', () => {
  const input = fc([site('a', {address: ' 1 rue X ', description: {fr: 'Bonjour', en: 'Hello', de: 'Hallo'}, extra: 1})]);
  const before = JSON.stringify(input);
  const ds = parseDataset(input);
  assert.equal(JSON.stringify(input), before);
  assert.equal(ds.sites.length, 1);
  const s = ds.sites[0];
  assert.equal(s.id, 'a');
  assert.deepEqual(s.properties, {
    name: 'Site a',
    sectors: ['coworking'],
    address: '1 rue X',
    description: {fr: 'Bonjour', en: 'Hello'},
  });
  assert.notEqual(s.geometry, (input.features[0] as {geometry: unknown}).geometry);
  assert.deepEqual(ds.rejected, []);
  assert.deepEqual(ds.warnings, []);
  assert.deepEqual(
    ds.sectors.map((x) => x.id),
    BUILT_IN_SECTORS.map((x) => x.id),
  );
  ds.sectors[0].label.fr = 'changed';
  assert.notEqual(BUILT_IN_SECTORS[0].label.fr, 'changed');
});

test('errors leave the feature out, and only that feature', () => {
  const ds = parseDataset(
    fc([
      site('ok'),
      site('ok'), // duplicate
      site(7),
      site('no-geom', {}, 'x'),
      {
        ...site('line'),
        geometry: {
          type: 'LineString',
          coordinates: [
            [3, 50],
            [3.1, 50.1],
          ],
        },
      },
      site('range', {}, [200, 50]),
      site('nan', {}, ['3.1', 50]),
      site('noname', {name: '  '}),
      site('nosector', {sectors: []}),
      site('unknown', {sectors: ['nope']}),
      site('str', {sectors: 'coworking'}),
      'not a feature',
      {...site('props'), properties: null},
      {...site('ty'), type: 'Point'},
      site(undefined),
    ]),
  );
  assert.deepEqual(
    ds.sites.map((s) => s.id),
    ['ok'],
  );
  const rejectedIdx = [...new Set(ds.rejected.map((p) => p.index))];
  assert.deepEqual(rejectedIdx, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  assert.ok(ds.rejected.every((p) => p.severity === 'error' && p.message && p.field));
  const dup = ds.rejected.find((p) => p.index === 1)!;
  assert.equal(dup.field, 'id');
  assert.equal(dup.id, 'ok');
  const swapHint = ds.rejected.find((p) => p.index === 5)!;
  assert.equal(swapHint.field, 'geometry.coordinates');
});

test('warnings keep the feature but drop the field; javascript: never survives', () => {
  const ds = parseDataset(
    fc([
      site('w', {
        website: 'javascript:alert(1)',
        opened: '2009',
        precision: 'far',
        sources: ['https://a.example/x', 'ftp://b', 3],
        address: 12,
        city: ['Roubaix'],
        description: {fr: 5, en: 'Text'},
        sectors: ['coworking', 'nope', 'coworking'],
      }),
      site('h', {website: ' http://example.org/ok '}),
      site('d', {website: 'data:text/html,<b>x</b>', description: 'Plain text'}),
    ]),
  );
  assert.equal(ds.sites.length, 3);
  const [w, h, d] = ds.sites;
  assert.deepEqual(w.properties, {
    name: 'Site w',
    sectors: ['coworking'],
    description: {en: 'Text'},
    sources: ['https://a.example/x'],
  });
  assert.equal(h.properties.website, 'http://example.org/ok');
  assert.equal(d.properties.website, undefined);
  assert.equal(d.properties.description, 'Plain text');
  const fields = ds.warnings
    .filter((p) => p.index === 0)
    .map((p) => p.field)
    .sort();
  assert.deepEqual(fields, [
    'address',
    'city',
    'description.fr',
    'opened',
    'precision',
    'sectors',
    'sources[1]',
    'sources[2]',
    'website',
  ]);
  assert.ok(ds.warnings.every((p) => p.severity === 'warning'));
  assert.ok(!JSON.stringify(ds.sites).includes('javascript:'));
});

test('Dutch is optional: nl texts and labels are kept when given, dropped with a warning when not a text', () => {
  const sectors = [
    {id: 'fab', label: {fr: 'Fablab', en: 'Fab lab', nl: 'Fablab (NL)'}, color: '#112233'},
    {id: 'two', label: {fr: 'Deux', en: 'Two', nl: 2}, color: '#223344'},
    {id: 'three', label: {fr: 'Trois', en: 'Three', nl: ' '}, color: '#334455'},
  ];
  const ds = parseDataset(
    fc(
      [
        site('a', {sectors: ['fab'], description: {fr: 'Bonjour', nl: ' Hallo '}}),
        site('b', {sectors: ['two'], description: {fr: 'Salut', nl: ['x']}}),
        site('c', {sectors: ['three'], description: {nl: 'Alleen Nederlands'}}),
      ],
      {sectors},
    ),
  );
  assert.deepEqual(
    ds.sectors.map((s) => s.label),
    [
      {fr: 'Fablab', en: 'Fab lab', nl: 'Fablab (NL)'},
      {fr: 'Deux', en: 'Two'},
      {fr: 'Trois', en: 'Three'},
    ],
  );
  assert.deepEqual(
    ds.sites.map((s) => s.properties.description),
    [{fr: 'Bonjour', nl: 'Hallo'}, {fr: 'Salut'}, {nl: 'Alleen Nederlands'}],
  );
  assert.deepEqual(
    ds.warnings.map((w) => w.field),
    ['sectors[1].label.nl', 'description.nl'],
  );
});

test('properties.id is accepted as a fallback id, with a warning', () => {
  const f = site(undefined);
  (f['properties'] as Record<string, unknown>)['id'] = 'from-props';
  delete f['id'];
  const ds = parseDataset(fc([f]));
  assert.equal(ds.sites[0]?.id, 'from-props');
  assert.equal(ds.warnings[0]?.field, 'properties.id');
});

test('3D coordinates are accepted', () => {
  const ds = parseDataset(fc([site('z', {}, [3.1, 50.6, 20])]));
  assert.deepEqual(ds.sites[0]?.geometry.coordinates, [3.1, 50.6, 20]);
});

test("the collection's own taxonomy is used; broken entries are skipped or repaired", () => {
  const sectors = [
    {id: 'fab', label: {fr: 'Fablab', en: 'Fab lab'}, color: '#112233'},
    {id: 'nocolor', label: {fr: 'Sans couleur', en: 'No colour'}, color: 'red'},
    {id: 'onlyfr', label: {fr: 'Seulement'}, color: '#AABBCC'},
    {id: 'bad id!', label: {fr: 'x', en: 'x'}, color: '#000000'},
    {id: 'fab', label: {fr: 'Doublon', en: 'Duplicate'}, color: '#000000'},
    'junk',
  ];
  const ds = parseDataset(fc([site('a', {sectors: ['fab']}), site('b', {sectors: ['coworking']})], {sectors}));
  assert.deepEqual(
    ds.sectors.map((s) => s.id),
    ['fab', 'nocolor', 'onlyfr'],
  );
  assert.equal(ds.sectors[1].color, '#555555');
  assert.equal(ds.sectors[2].color, '#aabbcc');
  assert.deepEqual(ds.sectors[2].label, {fr: 'Seulement', en: 'Seulement'});
  assert.deepEqual(
    ds.sites.map((s) => s.id),
    ['a'],
  ); // 'coworking' is not in this taxonomy
  assert.deepEqual(
    ds.warnings.map((w) => w.field),
    ['sectors[1].color', 'sectors[2].label.en', 'sectors[3].id', 'sectors[4].id', 'sectors[5]'],
  );
  assert.ok(ds.warnings.every((w) => w.index === null));
});

test('an unusable taxonomy falls back to the built-in one with a warning', () => {
  for (const sectors of ['x', [], [{id: 'a'}]]) {
    const ds = parseDataset(fc([site('a')], {sectors}));
    assert.equal(ds.sectors.length, BUILT_IN_SECTORS.length);
    assert.equal(ds.sites.length, 1);
    assert.ok(ds.warnings.some((w) => w.field === 'sectors' && /built-in/.test(w.message)));
  }
});

test('formatProblem gives one line with file, feature number (from 1), id, field, message and hint', () => {
  const ds = parseDataset(fc([site('a'), site('ovh', {website: 'javascript:alert(1)'})]));
  assert.equal(
    formatProblem(ds.warnings[0], 'data/sites.geojson'),
    'data/sites.geojson: feature #2 (id "ovh"): website: "javascript:alert(1)" is not an http(s) URL; it is not shown — use an absolute https:// address',
  );
  assert.equal(formatProblem({index: null, field: 'sectors', message: 'm', severity: 'warning'}), 'sectors: m');
});
