/**
 * CSV reading on csv-parse (node-csv project): RFC 4180 quoting, BOM, CRLF/LF/CR line ends.
 * What is ours: the delimiter (`,` `;` or tab, for French Excel exports) is the one that splits
 * the header row into the most columns; each record keeps the line it starts on; syntax errors
 * become plain-language problems with their line.
 */
import {parse} from 'csv-parse/sync';
import type {CsvError} from 'csv-parse/sync';

export interface CsvRecord {
  /** Field values, in column order. */
  fields: string[];
  /** 1-based line number where the record starts in the file. */
  line: number;
}

export interface CsvParseResult {
  delimiter: string;
  records: CsvRecord[];
  /** Syntax problems (e.g. text after a closing quote, unclosed quote), with their line. */
  problems: {line: number; message: string}[];
}

const REASONS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a " is missing)',
  CSV_INVALID_CLOSING_QUOTE: 'text follows a closing quote; put the whole field in quotes',
};

export function detectDelimiter(text: string): string {
  const columns = (delimiter: string): number => {
    try {
      return parse(text, {delimiter, bom: true, to_line: 1, relax_quotes: true, relax_column_count: true})[0]?.length ?? 0;
    } catch {
      return 0;
    }
  };
  return [';', '\t'].reduce((best, d) => (columns(d) > columns(best) ? d : best), ',');
}

export function parseCsv(input: string, delimiter?: string): CsvParseResult {
  // One line-end form, so csv-parse's line counter matches an editor's (and quoted line breaks read as \n).
  const text = input.replace(/\r\n?/g, '\n');
  const delim = delimiter ?? detectDelimiter(text);
  const problems: CsvParseResult['problems'] = [];
  const rows = parse(text, {
    delimiter: delim,
    bom: true,
    info: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (e: CsvError | undefined) => {
      if (e) problems.push({line: Number(e['lines']), message: REASONS[e.code] ?? e.message});
    },
  }) as unknown as {record: string[]; info: {lines: number}}[]; // the shape `info: true` gives
  const records = rows
    .filter(({record}) => !(record.length === 1 && record[0] === '')) // a blank line is not a record
    .map(({record, info}) => ({fields: record, line: info.lines - record.join('').split('\n').length + 1}));
  return {delimiter: delim, records, problems};
}
