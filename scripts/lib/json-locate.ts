/**
 * A small JSON scanner for maintainer-friendly messages. It does not build values (JSON.parse
 * does that); it finds:
 * - where the first syntax error is, as line:column, with a plain-language reason;
 * - the line where each value starts, by path (`features/3/properties/website`), so problem
 *   lines can point into the file;
 * - keys written twice in the same object (JSON.parse silently keeps the last one).
 */

export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
  hint: string;
}

export interface DuplicateKey {
  path: string;
  key: string;
  line: number;
}

export interface JsonScan {
  error: JsonSyntaxError | null;
  /** Start line of values, keyed by slash-separated path ('' is the root). */
  lines: Map<string, number>;
  duplicateKeys: DuplicateKey[];
}

class Fail extends Error {
  constructor(readonly offset: number, readonly reason: string, readonly hint: string) {
    super(reason);
  }
}

const MAX_DEPTH_RECORDED = 6;

export function scanJson(text: string): JsonScan {
  const lines = new Map<string, number>();
  const duplicateKeys: DuplicateKey[] = [];
  // Line starts, for offset -> line:column.
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) lineStarts.push(k + 1);
    else if (c === 13 && text.charCodeAt(k + 1) !== 10) lineStarts.push(k + 1);
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const columnOf = (offset: number): number => offset - (lineStarts[lineOf(offset) - 1] as number) + 1;

  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  const show = (offset: number): string => {
    if (offset >= n) return 'the end of the file';
    const ch = text[offset] as string;
    if (ch === '\n' || ch === '\r') return 'a line break';
    return `'${ch}'`;
  };
  const skipWs = () => {
    for (;;) {
      const c = text[i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
        i++;
        continue;
      }
      if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) {
        throw new Fail(i, 'found a comment', 'JSON does not allow comments: remove it');
      }
      return;
    }
  };
  const eof = (what: string) =>
    new Fail(n, `the file ends in the middle of ${what}`, 'the file is cut short: a closing quote, } or ] is missing; restore the end of the file');

  const parseString = (): string => {
    // text[i] === '"'
    const start = i;
    i++;
    let out = '';
    while (i < n) {
      const c = text[i] as string;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === undefined) throw eof('a text');
        if ('"\\/bfnrt'.includes(e)) {
          out += e;
          i += 2;
          continue;
        }
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        throw new Fail(i, `invalid escape '\\${e}' in a text`, 'write a backslash as \\\\ (or remove it)');
      }
      if (c === '\n' || c === '\r') {
        throw new Fail(i, 'line break inside a text', `close the quote opened on line ${lineOf(start)}, or write the line break as \\n`);
      }
      if (c.charCodeAt(0) < 0x20) throw new Fail(i, 'control character inside a text', 'remove it (it is invisible; retype the text)');
      out += c;
      i++;
    }
    throw eof('a text');
  };

  const parseValue = (path: string, depth: number): void => {
    skipWs();
    if (i >= n) {
      if (depth === 0) throw new Fail(i, 'the file is empty', 'it must contain a GeoJSON FeatureCollection: {"type": "FeatureCollection", "features": [...]}');
      throw eof('a value');
    }
    if (depth <= MAX_DEPTH_RECORDED) lines.set(path, lineOf(i));
    const c = text[i] as string;
    if (c === '{') return parseObject(path, depth);
    if (c === '[') return parseArray(path, depth);
    if (c === '"') {
      parseString();
      return;
    }
    if (c === "'") throw new Fail(i, "found a single quote '", 'JSON texts and keys need double quotes "..."');
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (num && num[0] !== '-' && num[0] !== '') {
      i += num[0].length;
      // A number immediately followed by a letter or a comma-decimal, e.g. 50,6 inside [].
      return;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 40));
    if (word) {
      if (word[0] === 'true' || word[0] === 'false' || word[0] === 'null') {
        i += word[0].length;
        return;
      }
      throw new Fail(i, `unexpected word '${word[0]}'`, 'put texts in double quotes; the only bare words JSON knows are true, false and null');
    }
    throw new Fail(i, `expected a value but found ${show(i)}`, 'a value (text in double quotes, number, list, object, true, false or null) is missing here');
  };

  const parseObject = (path: string, depth: number): void => {
    i++; // {
    const keys = new Set<string>();
    skipWs();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipWs();
      if (i >= n) throw eof('an object');
      if (text[i] === '}') throw new Fail(i, "found '}' right after a comma", 'remove the comma after the last entry of the object');
      if (text[i] !== '"') {
        throw new Fail(i, `expected a key in double quotes but found ${show(i)}`,
          text[i] === "'" ? 'JSON keys need double quotes "..."' : 'write each entry as "key": value, separated by commas');
      }
      const keyLine = lineOf(i);
      const key = parseString();
      if (keys.has(key)) duplicateKeys.push({path, key, line: keyLine});
      keys.add(key);
      skipWs();
      if (i >= n) throw eof('an object');
      if (text[i] !== ':') throw new Fail(i, `expected ':' after the key "${key}" but found ${show(i)}`, 'write "key": value');
      i++;
      parseValue(path === '' ? key : `${path}/${key}`, depth + 1);
      skipWs();
      if (i >= n) throw eof('an object');
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      throw new Fail(i, `expected ',' or '}' after the value of "${key}" but found ${show(i)}`,
        'a comma is probably missing at the end of the previous entry');
    }
  };

  const parseArray = (path: string, depth: number): void => {
    i++; // [
    skipWs();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (let k = 0; ; k++) {
      skipWs();
      if (i >= n) throw eof('a list');
      if (text[i] === ']') throw new Fail(i, "found ']' right after a comma", 'remove the comma after the last item of the list');
      parseValue(path === '' ? String(k) : `${path}/${k}`, depth + 1);
      skipWs();
      if (i >= n) throw eof('a list');
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      throw new Fail(i, `expected ',' or ']' after item ${k + 1} of the list but found ${show(i)}`,
        'a comma is probably missing between two items');
    }
  };

  try {
    parseValue('', 0);
    skipWs();
    if (i < n) throw new Fail(i, `unexpected ${show(i)} after the end of the data`, 'remove what follows the final closing bracket (or a bracket closes too early above)');
    return {error: null, lines, duplicateKeys};
  } catch (e) {
    if (!(e instanceof Fail)) throw e;
    const offset = Math.min(e.offset, n);
    // The end of the file is reported at its last character, which is where an editor shows it.
    const at = offset >= n && n > 0 ? n - 1 : offset;
    return {error: {line: lineOf(at), column: columnOf(at) + (offset >= n && n > 0 ? 1 : 0), message: e.reason, hint: e.hint}, lines, duplicateKeys};
  }
}
