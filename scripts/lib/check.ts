/**
 * The data maintainer's validator, as functions (scripts/validate-data.ts is a thin CLI on top).
 *
 * - inspectDataset (src/data/validate.ts, the code the widget runs) applies the rules of the
 *   format (src/data/rules.ts) and decides the severity: `error` = the map leaves the site out.
 * - maintainer-rules.ts adds the rules only a maintainer can act on (communes, translations,
 *   https, sources, slugs, unknown or repeated keys, taxonomy colours): `warning`s, because the
 *   map still shows the site, but they fail validation all the same.
 * - report.ts orders the problems, finds their lines and writes the summary.
 *
 * No JSON Schema runs here: data/sites.schema.json is generated from the same rules.ts, so it
 * could only repeat what the validator already said (it is published for editors and other tools).
 */
import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {DatasetFormatError, problem} from '../../src/data/types.js';
import type {Dataset} from '../../src/data/types.js';
import {inspectDataset, isPlainObject} from '../../src/data/validate.js';
import {loadCommunes} from './communes.js';
import type {Communes} from './communes.js';
import {scanJson} from './json-locate.js';
import {COLLECTION_RULES, FEATURE_RULES} from './maintainer-rules.js';
import {ProblemList, formatReported, lineOf, summaryLine} from './report.js';
import type {ReportedProblem} from './report.js';
import {stripBom} from './text.js';

export {formatReported};
export type {ReportedProblem};

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CheckContext {
  communes: Communes;
}

let cached: CheckContext | null = null;

export function defaultContext(): CheckContext {
  cached ??= {communes: loadCommunes(JSON.parse(readFileSync(join(ROOT, 'data/communes-mel.geojson'), 'utf8')))};
  return cached;
}

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

function fatalReport(file: string, line: string, kind: 'syntax' | 'format'): ValidationReport {
  return {file, fatal: line, fatalKind: kind, problems: [], dataset: null, leftOut: [], lines: [line], ok: false};
}

/** Validates the text of a dataset file. `file` is only used in the messages. */
export function validateDatasetText(input: string, file: string, ctx: CheckContext = defaultContext()): ValidationReport {
  const text = stripBom(input);
  const scan = scanJson(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const err = scan.error;
    if (err)
      return fatalReport(file, `${file}:${err.line}:${err.column}: not valid JSON: ${err.message} — ${err.hint}`, 'syntax');
    return fatalReport(file, `${file}: not valid JSON: ${(e as Error).message}`, 'syntax');
  }
  let inspection;
  try {
    inspection = inspectDataset(value);
  } catch (e) {
    if (e instanceof DatasetFormatError) {
      return fatalReport(file, `${file}: not a GeoJSON FeatureCollection: ${e.message}${e.hint ? ` — ${e.hint}` : ''}`, 'format');
    }
    throw e;
  }
  const collection = value as Record<string, unknown>;
  const problems = new ProblemList();

  for (const w of inspection.dataset.warnings) if (w.index === null) problems.add(w);
  for (const p of inspection.dataset.rejected) if (p.index === null) problems.add(p);
  for (const rule of COLLECTION_RULES) {
    for (const f of rule({collection, hasOwnTaxonomy: inspection.hasOwnTaxonomy})) {
      problems.add(problem({severity: 'warning', index: null, ...f}));
    }
  }
  for (const feature of inspection.features) {
    for (const p of feature.errors) problems.add(p);
    for (const p of feature.warnings) problems.add(p);
    if (!isPlainObject(feature.raw)) continue;
    const raw = feature.raw;
    const input = {
      feature,
      raw,
      rawProps: isPlainObject(raw['properties']) ? raw['properties'] : null,
      communes: ctx.communes,
      reported: (field: string) => problems.has(feature.index, field),
    };
    for (const rule of FEATURE_RULES) {
      for (const f of rule(input)) problems.add(problem({severity: 'warning', index: feature.index, id: feature.id, ...f}));
    }
  }
  // Keys written twice: JSON.parse keeps the last one silently.
  for (const dup of scan.duplicateKeys) {
    const m = /^features\/(\d+)(?:\/(properties|geometry))?$/.exec(dup.path);
    const index = m ? Number(m[1]) : null;
    const field = m
      ? m[2] === 'geometry'
        ? `geometry.${dup.key}`
        : dup.key
      : dup.path
        ? `${dup.path.replace(/\//g, '.')}.${dup.key}`
        : dup.key;
    const id = index !== null ? inspection.features[index]?.id : undefined;
    problems.add({
      ...problem({
        severity: 'warning',
        index,
        id,
        field,
        message: `"${dup.key}" is written twice here; only the last one counts`,
        hint: 'remove one of the two',
      }),
      line: dup.line,
    });
  }
  const ordered = problems.ordered();
  for (const p of ordered) {
    if (p.line !== undefined) continue;
    const line = lineOf(scan.lines, p.index, p.field);
    if (line !== undefined) p.line = line;
  }
  const leftOut = inspection.features.filter((f) => !f.accepted).map((f) => f.index);
  const dataset = inspection.dataset;
  return {
    file,
    fatal: null,
    fatalKind: null,
    problems: ordered,
    dataset,
    leftOut,
    lines: [...ordered.map((p) => formatReported(p, file)), summaryLine(file, dataset, ordered.length, leftOut)],
    ok: ordered.length === 0,
  };
}

export function validateFile(path: string, ctx?: CheckContext): ValidationReport {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return fatalReport(
      path,
      `${path}: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      'syntax',
    );
  }
  return validateDatasetText(text, path, ctx);
}
