/** On jsonc-parser (VS Code's JSON parser): the first syntax error at line:column (worded in json-syntax-messages.ts), the
 *  start line of values by path (`features/3/properties/website`, 6 deep), and keys written twice (JSON.parse keeps the last). */
import {printParseErrorCode, visit} from 'jsonc-parser';
import type {JSONPath} from 'jsonc-parser';
import {syntaxError, type Frame, type JsonSyntaxError} from './json-syntax-messages.js';

export type {JsonSyntaxError} from './json-syntax-messages.js';
export interface DuplicateKey {
  path: string;
  key: string;
  line: number;
}
export interface JsonScan {
  error: JsonSyntaxError | null;
  lines: Map<string, number>;
  duplicateKeys: DuplicateKey[];
}
/** `text` without its byte-order mark (see stripBom). */
export function scanJson(text: string): JsonScan {
  const scan: JsonScan = {error: null, lines: new Map(), duplicateKeys: []};
  const stack: Frame[] = [];
  const at = (path: JSONPath, line: number) => path.length <= 6 && scan.lines.set(path.join('/'), line + 1);
  visit(
    text,
    {
      onObjectBegin: (_o, _l, line, _c, path) => void (at(path(), line), stack.push({keys: new Set(), last: '', commas: 0})),
      onArrayBegin: (_o, _l, line, _c, path) => void (at(path(), line), stack.push({keys: null, last: '', commas: 0})),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onLiteralValue: (_v, _o, _l, line, _c, path) => at(path(), line),
      onSeparator: (sep) => void (sep === ',' && stack.length > 0 && stack[stack.length - 1].commas++),
      onObjectProperty(key, _o, _l, line, _c, path) {
        const frame = stack[stack.length - 1];
        if (frame.keys?.has(key)) scan.duplicateKeys.push({path: path().join('/'), key, line: line + 1});
        frame.keys?.add(key);
        frame.last = key;
      },
      onError: (code, offset, length) =>
        void (scan.error ??= syntaxError(text, printParseErrorCode(code), offset, length, stack.at(-1))),
    },
    {disallowComments: true, allowTrailingComma: false},
  );
  return scan;
}
