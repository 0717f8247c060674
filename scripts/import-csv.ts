/**
 * npm run import:csv -- sites.csv [-o out.geojson] [--taxonomy taxonomy.json]
 *
 * Reads a spreadsheet export (CSV, comma/semicolon/tab, UTF-8 or Windows-1252), builds a GeoJSON
 * FeatureCollection with the `geojson` package, carries the taxonomy along (default: the built-in
 * one, the same as data/taxonomy.json), then validates the result with the same checks as
 * `npm run validate:data`. Problems go to stderr, one line each, with the spreadsheet row.
 * The output is always written (stdout, or the -o file), so it can be inspected; the exit code
 * is 1 when there is any problem, and `npm run validate:data` refuses the file until they are fixed.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import {validateDatasetText} from './lib/check.js';
import {ImportError, csvToCollection, formatImportNote, formatImportProblem} from './lib/import.js';
import {formatJson} from './lib/json-format.js';
import {parseTaxonomy} from '../src/data/validate.js';
import {BUILT_IN_SECTORS} from '../src/data/taxonomy.js';
import type {Sector} from '../src/data/types.js';

function usage(): never {
  console.error('usage: npm run import:csv -- sites.csv [-o out.geojson] [--taxonomy taxonomy.json]');
  process.exit(2);
}

const args = process.argv.slice(2).filter((a) => a !== '--');
let input: string | undefined;
let output: string | undefined;
let taxonomyFile: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-o' || a === '--output') output = args[++i] ?? usage();
  else if (a === '--taxonomy') taxonomyFile = args[++i] ?? usage();
  else if (a === '-h' || a === '--help') usage();
  else if (a.startsWith('-')) usage();
  else if (input === undefined) input = a;
  else usage();
}
if (!input) usage();

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function decode(path: string): {text: string; encoding: string} {
  const bytes = readFileSync(path);
  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes), encoding: 'utf-8'};
  } catch {
    // Excel's "CSV (séparateur: point-virgule)" is saved in the Windows code page.
    return {text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252'};
  }
}

let taxonomy: readonly Sector[] = BUILT_IN_SECTORS;
const taxonomyLabel = taxonomyFile ?? 'built-in taxonomy';
if (taxonomyFile) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(taxonomyFile, 'utf8'));
  } catch (e) {
    fail(`${taxonomyFile}: cannot read the taxonomy: ${(e as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : (raw as {sectors?: unknown} | null)?.sectors;
  if (!Array.isArray(list)) fail(`${taxonomyFile}: the taxonomy must be a list of sectors (or an object with "sectors": [...])`);
  const t = parseTaxonomy(list);
  if (t.warnings.length > 0) {
    for (const w of t.warnings) console.error(`${taxonomyFile}: ${w.field}: ${w.message}${w.hint ? ` — ${w.hint}` : ''}`);
    fail(`${taxonomyFile}: fix the taxonomy first`);
  }
  taxonomy = t.sectors;
}

let decoded: {text: string; encoding: string};
try {
  decoded = decode(input);
} catch (e) {
  fail(`${input}: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
}
if (decoded.encoding !== 'utf-8') console.error(`${input}: note: not UTF-8; read as Windows-1252 (Excel's default)`);

let result;
try {
  result = csvToCollection(decoded.text, taxonomy);
} catch (e) {
  if (e instanceof ImportError) fail(`${input}: ${e.message}`);
  throw e;
}
const json = formatJson(result.collection);
const report = validateDatasetText(json, output ?? '(output)');

let problems = 0;
for (const n of result.notes) {
  console.error(formatImportNote(n, input));
  if (n.kind === 'problem') problems++;
}
for (const p of report.problems) {
  console.error(formatImportProblem(p, input, result, taxonomyLabel));
  problems++;
}
if (output) writeFileSync(output, json);
else process.stdout.write(json);

const rows = result.rowOfFeature.length;
const leftOut = report.leftOut.map((i) => `row ${result.rowOfFeature[i]}`);
const where = output ? `written to ${output}` : 'written to standard output';
console.error(
  `${input}: ${rows} ${rows === 1 ? 'site' : 'sites'} ${where}, ${problems === 0 ? 'no problems' : `${problems} ${problems === 1 ? 'problem' : 'problems'}`}` +
    (leftOut.length ? ` (left out of the map: ${leftOut.join(', ')})` : ''),
);
process.exitCode = problems === 0 ? 0 : 1;
