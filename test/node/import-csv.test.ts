import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync, existsSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {parseCsv, detectDelimiter} from '../../scripts/lib/csv.js';
import {csvToCollection, splitAddressNote} from '../../scripts/lib/import.js';
import {formatJson} from '../../scripts/lib/json-format.js';
import {ROOT, validateDatasetText} from '../../scripts/lib/check.js';

// The fact table is shipped in data/sources/ so this test runs on any clean checkout.
const FACTS = join(ROOT, 'data/sources/sites-facts.csv');

test('RFC 4180: quotes, embedded delimiters, line breaks, doubled quotes, CRLF, BOM', () => {
  const r = parseCsv('\ufeffa,b,c\r\n1,"x, ""y""\r\nz",3\r\n\r\n"",,"last"');
  assert.equal(r.delimiter, ',');
  assert.deepEqual(
    r.records.map((x) => x.fields),
    [
      ['a', 'b', 'c'],
      ['1', 'x, "y"\nz', '3'],
      ['', '', 'last'],
    ],
  );
  assert.deepEqual(
    r.records.map((x) => x.line),
    [1, 2, 5],
  );
  assert.deepEqual(r.problems, []);
});

test('CSV syntax problems are reported with their line', () => {
  assert.match(parseCsv('a,b\n"open,2\n').problems[0]?.message ?? '', /never closed/);
  assert.match(parseCsv('a,b\n"x"y,2\n').problems[0]?.message ?? '', /follows a closing quote/);
});

test('semicolon exports (French Excel) are detected; unquoted ; inside comma files stays in the field', () => {
  assert.equal(detectDelimiter('id;name;sectors\n'), ';');
  assert.equal(detectDelimiter('id,name,sectors\nx,y,a;b\n'), ',');
  const csv =
    '\ufeffid;name;sectors;commune;lat;lon;coord_precision_m\r\nankama;Ankama;"creative-media-games";Roubaix;50,69944;3,15966;150\r\n';
  const r = csvToCollection(csv);
  assert.equal(r.delimiter, ';');
  assert.deepEqual(r.collection.features[0]?.geometry.coordinates, [3.15966, 50.69944]);
  assert.equal(r.collection.features[0]?.properties?.['precision'], 150);
});

test('a bracketed note inside an address (older spreadsheets) moves to addressNote', () => {
  assert.deepEqual(splitAddressNote('99A boulevard Constantin-Descat, 59200 Tourcoing [adresse à confirmer]'), {
    address: '99A boulevard Constantin-Descat, 59200 Tourcoing',
    note: 'adresse à confirmer',
  });
  assert.deepEqual(splitAddressNote('Hem [adresse non trouvée]'), {address: 'Hem', note: 'adresse non trouvée'});
  assert.deepEqual(splitAddressNote('2 rue Kellermann, 59100 Roubaix'), {address: '2 rue Kellermann, 59100 Roubaix', note: ''});
  const csv =
    'id,name,sectors,address,address_note,commune,lat,lon\nx,X,coworking,"1 rue Y, 59100 Roubaix [n° à vérifier]",bâtiment B,Roubaix,50.69,3.17\n';
  assert.deepEqual(csvToCollection(csv).collection.features[0]?.properties, {
    name: 'X',
    sectors: ['coworking'],
    address: '1 rue Y, 59100 Roubaix',
    addressNote: 'n° à vérifier ; bâtiment B',
    city: 'Roubaix',
  });
});

test('the fact table imports to exactly the shipped data/sites.geojson: coordinates, precision and address notes as in the table', () => {
  const r = csvToCollection(readFileSync(FACTS, 'utf8'));
  assert.deepEqual(r.notes, []);
  assert.equal(formatJson(r.collection), readFileSync(join(ROOT, 'data/sites.geojson'), 'utf8'));
  const [header, ...rows] = parseCsv(readFileSync(FACTS, 'utf8')).records;
  const cell = (row: {fields: string[]}, column: string) => row.fields[header.fields.indexOf(column)];
  assert.equal(rows.length, 46);
  rows.forEach((row, i) => {
    const f = r.collection.features[i];
    assert.equal(f.id, cell(row, 'id'));
    assert.deepEqual(f.geometry.coordinates, [Number(cell(row, 'lon')), Number(cell(row, 'lat'))]);
    assert.equal(f.properties?.['precision'], Number(cell(row, 'coord_precision_m')));
    assert.equal(f.properties?.['address'], cell(row, 'address'));
    assert.equal(f.properties?.['addressNote'], cell(row, 'address_note') || undefined);
    assert.doesNotMatch(String(f.properties?.['address']), /[[\]]|confirmer/);
  });
});

test('npm run import:csv on the fact table writes data/sites.geojson byte for byte', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'import-facts-')), 'sites.geojson');
  const res = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/import-csv.ts', 'data/sources/sites-facts.csv', '-o', out],
    {cwd: ROOT, encoding: 'utf8'},
  );
  assert.equal(res.status, 0, res.stderr);
  assert.ok(readFileSync(out).equals(readFileSync(join(ROOT, 'data/sites.geojson'))));
});

test('data/sample-sites.csv imports without problems', () => {
  const r = csvToCollection(readFileSync(join(ROOT, 'data/sample-sites.csv'), 'utf8'));
  assert.equal(r.collection.features.length, 4);
  assert.equal(validateDatasetText(formatJson(r.collection), 'sample').ok, true);
});

test('the real import command: problems on stderr with spreadsheet rows, exit 1, output still written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'import-csv-'));
  const csv = join(dir, 'broken.csv');
  writeFileSync(
    csv,
    [
      'id,name,sectors,address,commune,lat,lon,website,description_fr,description_en,sources,coord_method',
      'ankama,Ankama,creative-media-games,"75 boulevard d\'Armentières, 59100 Roubaix",Roubaix,50.69944,3.15966,javascript:alert(1),"Studio, Roubaix","Studio in Roubaix",https://www.ankama.com,A',
      'bad-lat,Bad,coworking,x,Roubaix,abc,3.1,,,,https://example.org,B',
      'euratech,EuraTechnologies,fintech,"165 avenue de Bretagne, 59000 Lille",Roubaix,50.63407,3.02066,https://www.euratechnologies.com,Pôle,Park,https://example.org,A',
    ].join('\n'),
  );
  const out = join(dir, 'out.geojson');
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-csv.ts', csv, '-o', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(res.status, 1);
  const lines = res.stderr.trimEnd().split('\n');
  assert.deepEqual(lines, [
    `${csv}: row 3: lat: "abc" is not a decimal number; the row is left out — write decimal degrees, e.g. 50.69121 (lat) and 3.17402 (lon)`,
    `${csv}: row 2 (id "ankama"): website: "javascript:alert(1)" is not an http(s) URL; it is not shown — use an absolute https:// address`,
    `${csv}: row 4 (id "euratech"): sectors: "fintech" is not a sector id of the taxonomy, so the site has no sector — use one of: innovation-park, incubator-accelerator, coworking, e-commerce-retail, hosting-cloud, logistics, creative-media-games, research-education, public-institution, event-venue`,
    `${csv}: row 4 (id "euratech"): commune: the point [3.02066, 50.63407] lies in Lille, 10.3 km outside Roubaix — move the point into Roubaix, or write "city": "Lille" if the site is there`,
    `${csv}: 2 sites written to ${out}, 4 problems (left out of the map: row 4)`,
  ]);
  assert.ok(existsSync(out));
  const written = JSON.parse(readFileSync(out, 'utf8')) as {features: unknown[]; sectors: unknown[]};
  assert.equal(written.features.length, 2);
  assert.equal(written.sectors.length, 10);
});
