/** Our plain-language wording for jsonc-parser's syntax errors: what was found where, and how to fix it. */
export interface JsonSyntaxError {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** An open object (its keys, the last key) or list (commas seen), as the scanner tracks it. */
export interface Frame {
  keys: Set<string> | null;
  last: string;
  commas: number;
}

const CUT_SHORT = 'the file is cut short: a closing quote, } or ] is missing; restore the end of the file';
const BY_CODE: Record<string, [string, string]> = {
  InvalidCommentToken: ['found a comment', 'JSON does not allow comments: remove it'],
  InvalidEscapeCharacter: ['invalid escape in a text', 'write a backslash as \\\\ (or remove it)'],
  InvalidCharacter: ['control character inside a text', 'remove it (it is invisible; retype the text)'],
  EndOfFileExpected: [
    'unexpected $ after the end of the data',
    'remove what follows the final closing bracket (or a bracket closes too early above)',
  ],
  PropertyNameExpected: ['expected a key in double quotes but found $', 'write each entry as "key": value, separated by commas'],
  ColonExpected: ['expected \':\' after the key "%" but found $', 'write "key": value'],
};
export function syntaxError(
  text: string,
  code: string,
  offset: number,
  length: number,
  frame: Frame | undefined,
): JsonSyntaxError {
  const lineCol = (o: number) =>
    ((b: string[]) => [b.length, (b.at(-1) as string).length + 1])(text.slice(0, o).split(/\r\n|\r|\n/));
  const inText = code === 'UnexpectedEndOfString',
    end = offset >= text.length || (inText && offset + length >= text.length);
  const [line, column] = lineCol(end ? text.length : inText ? offset + length : offset);
  const ch = text[offset],
    found = end ? 'the end of the file' : ch === '\n' || ch === '\r' ? 'a line break' : `'${ch}'`;
  const word = code === 'InvalidSymbol' && /^[A-Za-z_]\w*/.exec(text.slice(offset, offset + 40))?.[0];
  const [where, close, gap] = frame?.keys
    ? [`the value of "${frame.last}"`, '}', 'at the end of the previous entry']
    : [`item ${(frame?.commas ?? 0) + 1} of the list`, ']', 'between two items'];
  const [message, hint] =
    text.trim() === ''
      ? ['the file is empty', 'it must contain a GeoJSON FeatureCollection: {"type": "FeatureCollection", "features": [...]}']
      : inText
        ? end
          ? ['the file ends in the middle of a text', CUT_SHORT]
          : ['line break inside a text', `close the quote opened on line ${lineCol(offset)[0]}, or write the line break as \\n`]
        : end
          ? [`the file ends in the middle of ${frame ? (frame.keys ? 'an object' : 'a list') : 'a value'}`, CUT_SHORT]
          : (ch === '}' || ch === ']') && /,\s*$/.test(text.slice(Math.max(0, offset - 200), offset))
            ? [
                `found '${ch}' right after a comma`,
                `remove the comma after the last ${ch === '}' ? 'entry of the object' : 'item of the list'}`,
              ]
            : ch === "'"
              ? ["found a single quote '", 'JSON texts and keys need double quotes "..."']
              : word
                ? [
                    `unexpected word '${word}'`,
                    'put texts in double quotes; the only bare words JSON knows are true, false and null',
                  ]
                : /^(Comma|CloseBrace|CloseBracket)Expected$/.test(code)
                  ? [`expected ',' or '${close}' after ${where} but found ${found}`, `a comma is probably missing ${gap}`]
                  : (BY_CODE[code] ?? [
                      'expected a value but found $',
                      'a value (text in double quotes, number, list, object, true, false or null) is missing here',
                    ]);
  return {
    line: line,
    column: column,
    message: message.replace('$', found).replace('%', frame?.last ?? ''),
    hint,
  };
}
