import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {spawnSync} from 'node:child_process';
import {ROOT, validateDatasetText} from '../../scripts/lib/check.js';
import {parseDataset} from '../../src/data/validate.js';
import {DatasetFormatError} from '../../src/data/types.js';
import {BUILT_IN_SECTORS} from '../../src/data/taxonomy.js';

const CORPUS = join(ROOT, 'test/data-corpus');
const corpus = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.geojson'))
  .sort();
const read = (rel: string) => readFileSync(join(ROOT, rel), 'utf8');

test('the corpus has at least 15 broken files, each with its expected output', () => {
  assert.ok(corpus.length >= 15, `only ${corpus.length} corpus files`);
  for (const f of corpus)
    assert.ok(readdirSync(CORPUS).includes(f.replace(/\.geojson$/, '.expected.txt')), `${f} has no .expected.txt`);
});

for (const f of corpus) {
  test(`corpus: ${f} is rejected with the expected lines`, () => {
    const rel = `test/data-corpus/${f}`;
    const report = validateDatasetText(read(rel), rel);
    assert.equal(report.ok, false);
    const expected = read(rel.replace(/\.geojson$/, '.expected.txt'))
      .trimEnd()
      .split('\n');
    assert.deepEqual(report.lines, expected);
    // One line per problem, each naming file, place, field, fault and fix.
    for (const line of report.lines.slice(0, report.fatal ? 1 : -1)) {
      assert.ok(line.startsWith(rel), line);
      assert.match(line, / — /, `no hint in: ${line}`);
    }
  });
}

test('the shipped dataset passes with 46 sites and 10 sectors', () => {
  const report = validateDatasetText(read('data/sites.geojson'), 'data/sites.geojson');
  assert.deepEqual(report.lines, ['data/sites.geojson: 46 sites, 10 sectors, no problems']);
  assert.equal(report.ok, true);
});

test('the shipped dataset carries the built-in taxonomy; data/taxonomy.json is the same', () => {
  const ds = JSON.parse(read('data/sites.geojson')) as {sectors: unknown};
  assert.deepEqual(ds.sectors, BUILT_IN_SECTORS);
  assert.deepEqual(JSON.parse(read('data/taxonomy.json')), BUILT_IN_SECTORS);
});

/** Agreement: what the widget leaves out (parseDataset) is exactly what the CLI marks as error. */
for (const rel of [...corpus.map((f) => `test/data-corpus/${f}`), 'data/sites.geojson']) {
  test(`agreement between parseDataset and the CLI: ${rel}`, () => {
    const text = read(rel);
    const report = validateDatasetText(text, rel);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      assert.equal(report.fatalKind, 'syntax', 'the widget cannot parse it, the CLI must say so');
      return;
    }
    let widget;
    try {
      widget = parseDataset(value);
    } catch (e) {
      assert.ok(e instanceof DatasetFormatError);
      assert.equal(report.fatalKind, 'format');
      return;
    }
    assert.equal(report.fatal, null);
    const widgetLeftOut = new Set(widget.rejected.map((p) => p.index));
    const cliErrors = new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.index));
    assert.deepEqual([...cliErrors].sort(), [...widgetLeftOut].sort());
    assert.deepEqual(
      report.leftOut,
      [...widgetLeftOut].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    const n = (value as {features: unknown[]}).features.length;
    assert.equal(widget.sites.length + widgetLeftOut.size, n);
    // Every warning the widget logs is also reported by the CLI.
    for (const w of widget.warnings) {
      assert.ok(
        report.problems.some((p) => p.index === w.index && p.field === w.field && p.message === w.message),
        `CLI misses: ${w.field} ${w.message}`,
      );
    }
  });
}

test('the real command: exit 1 and the expected lines on a broken file, 0 on the dataset', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate-data.ts', ...args], {cwd: ROOT, encoding: 'utf8'});
  const bad = run('test/data-corpus/duplicate-id.geojson', 'test/data-corpus/truncated-json.geojson');
  assert.equal(bad.status, 1, bad.stderr);
  assert.equal(
    bad.stdout,
    read('test/data-corpus/duplicate-id.expected.txt') + read('test/data-corpus/truncated-json.expected.txt'),
  );
  const good = run();
  assert.equal(good.status, 0, good.stderr);
  assert.equal(good.stdout, 'data/sites.geojson: 46 sites, 10 sectors, no problems\n');
});
