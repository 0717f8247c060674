/**
 * RFC 4180 CSV parsing: quoted fields with embedded delimiters, line breaks and doubled quotes;
 * CRLF, LF or CR line ends; a leading byte-order mark is ignored. The delimiter (`,` `;` or tab)
 * is detected from the header line, so semicolon exports from a French Excel work too.
 */
import {stripBom} from './text.js';

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

/** Picks the delimiter that occurs most often outside quotes on the first line. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = {',': 0, ';': 0, '\t': 0};
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch] = (counts[ch] ?? 0) + 1;
  }
  let best = ',';
  for (const d of [';', '\t']) if ((counts[d] ?? 0) > (counts[best] ?? 0)) best = d;
  return best;
}

export function parseCsv(input: string, delimiter?: string): CsvParseResult {
  const text = stripBom(input);
  const delim = delimiter ?? detectDelimiter(text);
  const records: CsvRecord[] = [];
  const problems: CsvParseResult['problems'] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const n = text.length;
  let atFieldStart = true;

  const endField = () => {
    fields.push(field);
    field = '';
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is not a record (e.g. the blank line at the end of a file).
    if (!(fields.length === 1 && fields[0] === '')) records.push({fields, line: recordLine});
    fields = [];
  };

  while (i < n) {
    const ch = text[i] as string;
    if (atFieldStart && ch === '"') {
      // Quoted field.
      const startLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i] as string;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (c === '\r' && text[i + 1] === '\n') {
          field += '\n';
          i += 2;
          line++;
          continue;
        }
        if (c === '\n' || c === '\r') {
          field += '\n';
          line++;
          i++;
          continue;
        }
        field += c;
        i++;
      }
      if (!closed) {
        problems.push({line: startLine, message: 'a quoted field is never closed (a " is missing)'});
      }
      atFieldStart = false;
      // Anything between the closing quote and the next delimiter is kept, but reported.
      let stray = '';
      while (i < n && text[i] !== delim && text[i] !== '\n' && text[i] !== '\r') stray += text[i++];
      if (stray.trim() !== '') {
        problems.push({line, message: `text ${JSON.stringify(stray)} follows a closing quote; put the whole field in quotes`});
        field += stray;
      }
      continue;
    }
    if (ch === delim) {
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    field += ch;
    atFieldStart = false;
    i++;
  }
  if (field !== '' || fields.length > 0 || !atFieldStart) endRecord();
  return {delimiter: delim, records, problems};
}
