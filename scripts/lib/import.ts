/**
 * Spreadsheet (CSV) → GeoJSON FeatureCollection, built with the `geojson` npm package.
 * Columns follow the fact table (data/sources/sites-facts.csv); see docs/maintaining-data.md.
 */
import GeoJSON from 'geojson/geojson.js';
import type {Feature, FeatureCollection, Point} from 'geojson';
import {BUILT_IN_SECTORS} from '../../src/data/taxonomy.js';
import type {Problem, Sector} from '../../src/data/types.js';
import {parseCsv} from './csv.js';

/** Canonical column → accepted header spellings (compared lower-case, trimmed). */
const COLUMNS: Record<string, string[]> = {
  id: ['id'],
  name: ['name', 'nom'],
  sectors: ['sectors', 'sector', 'secteurs'],
  address: ['address', 'adresse'],
  addressNote: ['address_note', 'note_adresse'],
  city: ['commune', 'city', 'ville'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  precision: ['coord_precision_m', 'precision'],
  opened: ['opened', 'ouverture'],
  website: ['website', 'site_web', 'url'],
  description_fr: ['description_fr'],
  description_en: ['description_en'],
  description: ['description'],
  sources: ['sources', 'source'],
};
/** Columns of the fact table that stay in the fact table (research notes). */
const IGNORED_COLUMNS = ['coord_method'];
const REQUIRED = ['id', 'name', 'sectors', 'lat', 'lon'];

export interface ImportNote {
  /** Spreadsheet row (the header is row 1), or null for the whole file. */
  row: number | null;
  field: string;
  message: string;
  hint?: string;
  /** Problems fail the import; notes are only informative. */
  kind: 'problem' | 'note';
}

export interface ImportResult {
  collection: FeatureCollection<Point> & {sectors: Sector[]};
  /** Spreadsheet row of each feature, by feature index. */
  rowOfFeature: number[];
  /** Header text of each canonical column present (for messages). */
  header: Record<string, string>;
  notes: ImportNote[];
  delimiter: string;
}

export class ImportError extends Error {}

/** Decimal number in either notation (50.634 or 50,634), or null. */
export function parseDecimal(s: string): number | null {
  const t = s.trim().replace(/\u2212/g, '-');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(t)) return null;
  return Number(t.replace(',', '.'));
}

/**
 * Older spreadsheets (fact table rounds 1 and 2) kept the maintainer's note about an address in
 * square brackets inside it: "… 59200 Tourcoing [adresse à confirmer]". Visitors read `address`
 * as plain text, so the bracketed part is taken out and becomes the note.
 */
export function splitAddressNote(address: string): {address: string; note: string} {
  const notes: string[] = [];
  const text = address.replace(/\s*\[([^\]]*)\]/g, (_m, note: string) => {
    notes.push(note.trim());
    return '';
  });
  return {address: text.replace(/\s{2,}/g, ' ').trim(), note: notes.filter(Boolean).join(' ; ')};
}

export function splitList(s: string, separators: RegExp): string[] {
  return s
    .split(separators)
    .map((x) => x.trim())
    .filter(Boolean);
}

export function csvToCollection(text: string, taxonomy: readonly Sector[] = BUILT_IN_SECTORS): ImportResult {
  const {records, problems, delimiter} = parseCsv(text);
  const notes: ImportNote[] = problems.map((p) => ({
    row: null,
    field: 'CSV',
    message: `line ${p.line}: ${p.message}`,
    kind: 'problem',
  }));
  const headerRecord = records[0];
  if (!headerRecord)
    throw new ImportError('the file is empty; the first row must name the columns (id, name, sectors, lat, lon, ...)');
  const index: Record<string, number> = {};
  const header: Record<string, string> = {};
  headerRecord.fields.forEach((h, i) => {
    const name = h.trim().toLowerCase();
    const canon = Object.keys(COLUMNS).find((k) => COLUMNS[k]?.includes(name));
    if (canon && index[canon] === undefined) {
      index[canon] = i;
      header[canon] = h.trim();
    } else if (!IGNORED_COLUMNS.includes(name) && name !== '') {
      notes.push({
        row: 1,
        field: h.trim(),
        message: 'this column is not imported',
        kind: 'note',
        hint: 'known columns: id, name, sectors, address, address_note, commune, lat, lon, coord_precision_m, opened, website, description_fr, description_en, sources',
      });
    }
  });
  const missing = REQUIRED.filter((c) => index[c] === undefined);
  if (missing.length > 0) {
    const what =
      delimiter === ',' && headerRecord.fields.length === 1 ? ' (is the file separated by something else than , ; or tab?)' : '';
    throw new ImportError(
      `the header row has no column ${missing.map((m) => JSON.stringify(m)).join(', ')}${what}; found: ${headerRecord.fields.map((f) => JSON.stringify(f.trim())).join(', ')}`,
    );
  }

  const rows: Record<string, unknown>[] = [];
  const ids: unknown[] = [];
  const rowOfFeature: number[] = [];
  records.slice(1).forEach((rec, k) => {
    const row = k + 2;
    if (rec.fields.every((f) => f.trim() === '')) return;
    if (rec.fields.length !== headerRecord.fields.length) {
      notes.push({
        row,
        field: 'CSV',
        kind: 'problem',
        message: `has ${rec.fields.length} cells but the header has ${headerRecord.fields.length}`,
        hint: 'a cell with a comma or a line break must be in double quotes',
      });
    }
    const get = (col: string): string => {
      const i = index[col];
      return i === undefined ? '' : (rec.fields[i] ?? '').trim();
    };
    const lat = parseDecimal(get('lat'));
    const lon = parseDecimal(get('lon'));
    if (lat === null || lon === null) {
      const bad = lat === null ? 'lat' : 'lon';
      notes.push({
        row,
        field: header[bad] ?? bad,
        kind: 'problem',
        message: `${JSON.stringify(get(bad))} is not a decimal number; the row is left out`,
        hint: 'write decimal degrees, e.g. 50.69121 (lat) and 3.17402 (lon)',
      });
      return;
    }
    const out: Record<string, unknown> = {lat, lon};
    out['name'] = get('name');
    out['sectors'] = splitList(get('sectors'), /[;,|]/);
    const address = splitAddressNote(get('address'));
    if (address.address) out['address'] = address.address;
    const addressNote = [address.note, get('addressNote')].filter(Boolean).join(' ; ');
    if (addressNote) out['addressNote'] = addressNote;
    const city = get('city');
    if (city) out['city'] = city;
    const fr = get('description_fr');
    const en = get('description_en');
    const plain = get('description');
    if (fr || en) {
      const d: Record<string, string> = {};
      if (fr) d['fr'] = fr;
      if (en) d['en'] = en;
      out['description'] = d;
    } else if (plain) out['description'] = plain;
    const website = get('website');
    if (website) out['website'] = website;
    const opened = get('opened');
    if (opened) out['opened'] = /^\d{1,4}$/.test(opened) ? Number(opened) : opened;
    const sources = splitList(get('sources'), /\s*\|\s*|;|\s+/);
    if (sources.length) out['sources'] = sources;
    const precision = get('precision');
    if (precision) out['precision'] = parseDecimal(precision) ?? precision;
    rows.push(out);
    ids.push(get('id'));
    rowOfFeature.push(row);
  });

  const parsed = GeoJSON.parse(rows, {Point: ['lat', 'lon']});
  const features = parsed.features.map((f, i): Feature<Point> => {
    const id = ids[i] as string;
    // Key order as in the dataset: type, id, geometry, properties.
    return {type: 'Feature', ...(id ? {id} : {}), geometry: f.geometry as Point, properties: f.properties};
  });
  const collection = {
    type: 'FeatureCollection' as const,
    sectors: taxonomy.map((s) => ({id: s.id, label: {...s.label}, color: s.color})),
    features,
  };
  return {collection, rowOfFeature, header, notes, delimiter};
}

/** Where a validator field lives in the spreadsheet. */
export function columnFor(field: string, header: Record<string, string>): string {
  const base = field.replace(/\[\d+\]$/, '');
  const col =
    base === 'geometry.coordinates'
      ? `${header['lon'] ?? 'lon'}/${header['lat'] ?? 'lat'}`
      : base === 'properties.id'
        ? header['id']
        : base === 'description.fr'
          ? header['description_fr']
          : base === 'description.en'
            ? header['description_en']
            : base === 'description'
              ? (header['description'] ??
                (header['description_fr']
                  ? `${header['description_fr']}/${header['description_en'] ?? 'description_en'}`
                  : undefined))
              : base === 'city'
                ? header['city']
                : base === 'precision'
                  ? header['precision']
                  : header[base];
  return col ?? field;
}

export function formatImportProblem(p: Problem, csvFile: string, result: ImportResult, taxonomyLabel: string): string {
  const hint = p.hint ? ` — ${p.hint}` : '';
  if (p.index === null) return `${taxonomyLabel}: ${p.field}: ${p.message}${hint}`;
  const row = result.rowOfFeature[p.index];
  const id = p.id !== undefined ? ` (id ${JSON.stringify(p.id)})` : '';
  return `${csvFile}: row ${row}${id}: ${columnFor(p.field, result.header)}: ${p.message}${hint}`;
}

export function formatImportNote(n: ImportNote, csvFile: string): string {
  const where = n.row === null ? '' : `row ${n.row}: `;
  return `${csvFile}: ${n.kind === 'note' ? 'note: ' : ''}${where}${n.field}: ${n.message}${n.hint ? ` — ${n.hint}` : ''}`;
}
