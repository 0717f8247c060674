/**
 * The data maintainer's validator, as functions (scripts/validate-data.ts is a thin CLI on top).
 *
 * One source per rule:
 * - parseDataset/inspectDataset (src/data/validate.ts, the code the widget runs) owns every rule
 *   of CONTRACT §5 and decides the severity: `error` = the map leaves the site out.
 * - this module adds the rules only a maintainer can act on (communes, translations, https,
 *   sources, slugs, unknown or repeated keys, taxonomy colours); they are `warning`s because
 *   the map still shows the site, but they fail validation all the same.
 * - data/sites.schema.json is the formal description; it runs too, as a safety net, and a
 *   schema complaint is only printed when no rule above already reported that field.
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import type {ErrorObject, ValidateFunction} from 'ajv';
import {DatasetFormatError} from '../../src/data/types.js';
import type {Dataset, Problem} from '../../src/data/types.js';
import {formatProblem, inspectDataset, isPlainObject} from '../../src/data/validate.js';
import type {FeatureInspection} from '../../src/data/validate.js';
import {findByName, formatDistance, loadCommunes, placePoint} from './communes.js';
import type {Communes} from './communes.js';
import {scanJson} from './json-locate.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CheckContext {
  communes: Communes;
  schema: ValidateFunction;
  /** Latest plausible `opened` year. */
  maxYear: number;
}

let cached: CheckContext | null = null;

export function defaultContext(): CheckContext {
  if (cached) return cached;
  const communes = loadCommunes(JSON.parse(readFileSync(join(ROOT, 'data/communes-mel.geojson'), 'utf8')));
  const ajv = new Ajv2020({allErrors: true, strict: true, strictTuples: false});
  const schema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'data/sites.schema.json'), 'utf8')));
  cached = {communes, schema, maxYear: new Date().getFullYear() + 1};
  return cached;
}

export type ReportedProblem = Problem & {
  /** Line in the file where the faulty value starts, when known. */
  line?: number;
  /** Which check produced it: the shared rules, a maintainer rule, or the JSON schema. */
  source: 'rules' | 'maintainer' | 'schema';
};

export interface ValidationReport {
  file: string;
  /** One line when the file as a whole cannot be used (not JSON, not a FeatureCollection). */
  fatal: string | null;
  /** `syntax` (not JSON) or `format` (what the widget reports as DatasetFormatError). */
  fatalKind: 'syntax' | 'format' | null;
  problems: ReportedProblem[];
  dataset: Dataset | null;
  /** Indices of the features the map would leave out. */
  leftOut: number[];
  /** Every line to print: the problems (or the fatal line), then the summary when not fatal. */
  lines: string[];
  ok: boolean;
}

const KNOWN_PROPERTIES = ['name', 'sectors', 'address', 'city', 'description', 'website', 'opened', 'sources', 'precision', 'id'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function slugify(s: string): string {
  return s.toLowerCase().replace(/œ/g, 'oe').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'site';
}

function editDistance(a: string, b: string): number {
  const d = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] as number;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j] as number;
      d[j] = Math.min((d[j] as number) + 1, (d[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length] as number;
}

/** Does `a` name the same place as `b` or a part of it / a whole containing it? */
function related(x: string, y: string): boolean {
  const a = x === 'properties.id' ? 'id' : x;
  const b = y === 'properties.id' ? 'id' : y;
  if (a === '' || b === '' || a === b) return true;
  const under = (x: string, y: string) => x.startsWith(`${y}.`) || x.startsWith(`${y}[`);
  return under(a, b) || under(b, a);
}

class Collector {
  readonly problems: ReportedProblem[] = [];
  add(p: ReportedProblem): void {
    if (this.problems.some((q) => q.index === p.index && q.field === p.field && q.message === p.message)) return;
    this.problems.push(p);
  }
  has(index: number | null, field: string): boolean {
    return this.problems.some((q) => q.index === index && related(q.field, field));
  }
  /** Coarser, for schema complaints: any problem on the same top-level member (`geometry`,
   *  `description`, `sectors[3]`, ...) already tells the maintainer where to look. */
  hasAround(index: number | null, field: string): boolean {
    const top = (f: string) => {
      const g = f === 'properties.id' ? 'id' : f;
      const m = index === null ? /^[^.[]*(\[\d+\])?/.exec(g) : /^[^.[]*/.exec(g);
      return m ? m[0] : g;
    };
    return this.problems.some((q) => q.index === index && top(q.field) === top(field));
  }
}

function maintainerProblem(f: FeatureInspection, field: string, message: string, hint: string): ReportedProblem {
  const p: ReportedProblem = {index: f.index, field, message, hint, severity: 'warning', source: 'maintainer'};
  if (f.id !== null) p.id = f.id;
  return p;
}

function checkFeatureRules(f: FeatureInspection, ctx: CheckContext, out: Collector): void {
  if (!isPlainObject(f.raw)) return;
  const raw = f.raw;
  const rawProps = isPlainObject(raw['properties']) ? raw['properties'] : null;
  const add = (field: string, message: string, hint: string) => out.add(maintainerProblem(f, field, message, hint));

  if (f.id !== null && !SLUG.test(f.id)) {
    add(raw['id'] === undefined ? 'properties.id' : 'id', `${JSON.stringify(f.id)} is not a kebab-case slug`,
      `use lower-case letters, digits and single dashes, e.g. ${JSON.stringify(slugify(f.id))}; keep it stable once published`);
  }
  if (rawProps) {
    for (const key of Object.keys(rawProps)) {
      if (KNOWN_PROPERTIES.includes(key)) continue;
      const guess = KNOWN_PROPERTIES.find((k) => editDistance(k, key.toLowerCase()) <= 2);
      add(key, 'is not a known property; it is ignored',
        guess ? `did you mean "${guess}"?` : `the known properties are ${KNOWN_PROPERTIES.filter((k) => k !== 'id').join(', ')}`);
    }
  }
  const props = f.properties;
  if (!props) return;

  if (props.address === undefined && !out.has(f.index, 'address')) {
    add('address', 'is missing', 'add the street address visitors will read, e.g. "2 rue Kellermann, 59100 Roubaix"');
  }
  // description: both languages
  const d = props.description;
  if (d === undefined) {
    if (!out.has(f.index, 'description')) add('description', 'is missing', 'add "description": {"fr": "...", "en": "..."}');
  } else if (typeof d === 'string') {
    add('description', 'is a single text; visitors in both languages would read the same words',
      'write "description": {"fr": "...", "en": "..."}');
  } else {
    if (d.fr === undefined && !out.has(f.index, 'description.fr')) add('description.fr', 'the French text is missing', 'add "fr": "..." to the description');
    if (d.en === undefined && !out.has(f.index, 'description.en')) add('description.en', 'the English text is missing', 'add "en": "..." to the description');
  }
  if (props.website !== undefined && props.website.toLowerCase().startsWith('http:')) {
    add('website', `${JSON.stringify(props.website)} uses http:, not https:`, 'use the https:// address of the site');
  }
  if (props.sources === undefined && !out.has(f.index, 'sources')) {
    add('sources', 'is missing; every site needs at least one URL backing its facts', 'add "sources": ["https://..."]');
  }
  if (props.opened !== undefined && (props.opened < 1000 || props.opened > ctx.maxYear)) {
    add('opened', `${props.opened} is not a plausible year`, 'write the year the site opened, e.g. 2009, or remove it');
  }

  // Coordinates and commune.
  const city = props.city;
  const named = city !== undefined ? findByName(ctx.communes, city) : null;
  if (city !== undefined && named && !named.exact) {
    add('city', `${JSON.stringify(city)} is not the official spelling`, `write ${JSON.stringify(named.commune.nom)}`);
  }
  const c = f.coordinates;
  if (!c) {
    if (city !== undefined && !named) {
      add('city', `${JSON.stringify(city)} is not a commune of the Métropole européenne de Lille`, 'use the official name as written in data/communes-mel.geojson');
    }
    return;
  }
  const [lon, lat] = c as [number, number];
  const place = placePoint(ctx.communes, [lon, lat]);
  if (!place.commune) {
    const swapped = placePoint(ctx.communes, [lat, lon]).commune;
    add('geometry.coordinates',
      `[${lon}, ${lat}] is outside the Métropole européenne de Lille${place.nearest ? ` (${formatDistance(place.distance)} from ${place.nearest.nom})` : ''}`,
      swapped
        ? `looks like swapped longitude/latitude: write [${lat}, ${lon}] (longitude first)`
        : 'check the point: GeoJSON writes [longitude, latitude] in decimal degrees, e.g. [3.17402, 50.69121] in Roubaix');
    if (city !== undefined && !named) {
      add('city', `${JSON.stringify(city)} is not a commune of the Métropole européenne de Lille`, 'use the official name as written in data/communes-mel.geojson');
    }
    return;
  }
  const actual = place.commune;
  if (city === undefined) {
    if (!out.has(f.index, 'city')) add('city', 'is missing', `add the official commune name; the point lies in ${JSON.stringify(actual.nom)}`);
    return;
  }
  if (!named) {
    add('city', `${JSON.stringify(city)} is not a commune of the Métropole européenne de Lille`,
      `use the official name as written in data/communes-mel.geojson; the point lies in ${JSON.stringify(actual.nom)}`);
    return;
  }
  if (named.commune === actual) return;
  const d2 = placePoint({list: [named.commune], bbox: named.commune.bbox}, [lon, lat]);
  if (d2.commune) return; // within the border tolerance of the named commune
  add('city', `the point [${lon}, ${lat}] lies in ${actual.nom}, ${formatDistance(d2.distance)} outside ${named.commune.nom}`,
    `move the point into ${named.commune.nom}, or write "city": ${JSON.stringify(actual.nom)} if the site is there`);
}

function checkTaxonomy(raw: Record<string, unknown>, hasOwn: boolean, out: Collector): void {
  if (!hasOwn) {
    out.add({index: null, field: 'sectors', severity: 'warning', source: 'maintainer',
      message: 'the collection has no "sectors" taxonomy of its own; the built-in one applies',
      hint: 'add "sectors": [...] next to "features" (copy it from data/taxonomy.json)'});
    return;
  }
  const list = raw['sectors'];
  if (!Array.isArray(list)) return;
  const byColor = new Map<string, string>();
  list.forEach((s: unknown, i) => {
    if (!isPlainObject(s) || typeof s['color'] !== 'string' || typeof s['id'] !== 'string') return;
    const color = s['color'].toLowerCase();
    const other = byColor.get(color);
    if (other !== undefined) {
      out.add({index: null, field: `sectors[${i}].color`, severity: 'warning', source: 'maintainer',
        message: `${color} is already the colour of sector ${JSON.stringify(other)}; the two cannot be told apart on the map`,
        hint: 'pick a different #rrggbb colour'});
    } else byColor.set(color, s['id']);
  });
}

/** ajv error → (index, field) in the same vocabulary as the rules. */
function schemaLocation(e: ErrorObject): {index: number | null; field: string} {
  const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const params = e.params as Record<string, unknown>;
  const extra = (params['missingProperty'] ?? params['additionalProperty']) as string | undefined;
  if (extra !== undefined) parts.push(extra);
  const join = (ps: string[]) => ps.reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '');
  if (parts[0] === 'features' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const rest = parts.slice(2);
    if (rest[0] === 'properties' && rest.length > 1) rest.shift();
    return {index: Number(parts[1]), field: join(rest)};
  }
  return {index: null, field: join(parts)};
}

function lineFor(lines: Map<string, number>, index: number | null, field: string): number | undefined {
  const segs = field.replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean);
  let path: string[];
  if (index === null) path = segs;
  else {
    const base = ['features', String(index)];
    if (segs.length === 0 || ['id', 'type', 'geometry', 'properties'].includes(segs[0] as string)) path = [...base, ...segs];
    else path = [...base, 'properties', ...segs];
  }
  for (let k = path.length; k >= 0; k--) {
    const l = lines.get(path.slice(0, k).join('/'));
    if (l !== undefined) return l;
  }
  return undefined;
}

export function formatReported(p: ReportedProblem, file: string): string {
  return formatProblem(p, p.line !== undefined ? `${file}:${p.line}` : file);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Validates the text of a dataset file. `file` is only used in the messages. */
export function validateDatasetText(text: string, file: string, ctx: CheckContext = defaultContext()): ValidationReport {
  const fatal = (line: string, kind: 'syntax' | 'format'): ValidationReport =>
    ({file, fatal: line, fatalKind: kind, problems: [], dataset: null, leftOut: [], lines: [line], ok: false});

  const scan = scanJson(text);
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const err = scan.error;
    if (err) return fatal(`${file}:${err.line}:${err.column}: not valid JSON: ${err.message} — ${err.hint}`, 'syntax');
    return fatal(`${file}: not valid JSON: ${(e as Error).message}`, 'syntax');
  }
  let inspection;
  try {
    inspection = inspectDataset(value);
  } catch (e) {
    if (e instanceof DatasetFormatError) {
      return fatal(`${file}: not a GeoJSON FeatureCollection: ${e.message}${e.hint ? ` — ${e.hint}` : ''}`, 'format');
    }
    throw e;
  }
  const raw = value as Record<string, unknown>;
  const out = new Collector();
  const add = (p: Problem, source: ReportedProblem['source']) => out.add({...p, source});

  // Collection level: taxonomy problems from the shared rules, then ours.
  for (const w of inspection.dataset.warnings.filter((p) => p.index === null)) add(w, 'rules');
  checkTaxonomy(raw, inspection.hasOwnTaxonomy, out);

  for (const f of inspection.features) {
    for (const p of f.errors) add(p, 'rules');
    for (const p of f.warnings) add(p, 'rules');
    checkFeatureRules(f, ctx, out);
  }
  // Keys written twice: JSON.parse keeps the last one silently.
  for (const dup of scan.duplicateKeys) {
    const m = /^features\/(\d+)(?:\/(properties|geometry))?$/.exec(dup.path);
    const index = m ? Number(m[1]) : null;
    const field = m ? (m[2] === 'geometry' ? `geometry.${dup.key}` : dup.key) : dup.path ? `${dup.path.replace(/\//g, '.')}.${dup.key}` : dup.key;
    const f = index !== null ? inspection.features[index] : undefined;
    const p: ReportedProblem = {index, field, severity: 'warning', source: 'maintainer',
      message: `"${dup.key}" is written twice here; only the last one counts`, hint: 'remove one of the two', line: dup.line};
    if (f?.id) p.id = f.id;
    out.add(p);
  }
  // Schema, as a safety net.
  if (!ctx.schema(value)) {
    for (const e of ctx.schema.errors ?? []) {
      if (e.keyword === 'anyOf' || e.keyword === 'oneOf') continue;
      const {index, field} = schemaLocation(e);
      if (out.has(index, field) || out.hasAround(index, field)) continue;
      if (index !== null && inspection.features[index] && !inspection.features[index]?.accepted && field === '') continue;
      const p: ReportedProblem = {index, field: field || 'feature', severity: 'warning', source: 'schema',
        message: `does not match data/sites.schema.json: ${e.message ?? e.keyword}`, hint: 'see docs/maintaining-data.md for the expected format'};
      const f = index !== null ? inspection.features[index] : undefined;
      if (f?.id) p.id = f.id;
      out.add(p);
    }
  }
  // Order: collection first, then by feature, keeping the order of discovery.
  const problems = out.problems
    .map((p, k) => ({p, k}))
    .sort((a, b) => (a.p.index ?? -1) - (b.p.index ?? -1) || a.k - b.k)
    .map(({p}) => {
      if (p.line === undefined) {
        const line = lineFor(scan.lines, p.index, p.field);
        if (line !== undefined) p.line = line;
      }
      return p;
    });
  const leftOut = inspection.features.filter((f) => !f.accepted).map((f) => f.index);
  const ds = inspection.dataset;
  const head = `${file}: ${plural(ds.sites.length, 'site')}, ${plural(ds.sectors.length, 'sector')}`;
  let summary: string;
  if (problems.length === 0) summary = `${head}, no problems`;
  else {
    summary = `${head}, ${plural(problems.length, 'problem')}`;
    if (leftOut.length > 0) {
      summary += ` (${plural(leftOut.length, 'feature')} left out of the map: ${leftOut.map((i) => `#${i + 1}`).join(', ')})`;
    }
  }
  return {
    file, fatal: null, fatalKind: null, problems, dataset: ds, leftOut,
    lines: [...problems.map((p) => formatReported(p, file)), summary],
    ok: problems.length === 0,
  };
}

export function validateFile(path: string, ctx?: CheckContext): ValidationReport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const line = `${path}: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    return {file: path, fatal: line, fatalKind: 'syntax', problems: [], dataset: null, leftOut: [], lines: [line], ok: false};
  }
  return validateDatasetText(text, path, ctx);
}
