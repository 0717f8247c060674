import assert from 'node:assert/strict';
import {test} from 'node:test';
// @ts-expect-error -- a plain .mjs build script, without types
import {minifyCssLiterals} from '../../scripts/rollup-css-literals.mjs';

const minify = minifyCssLiterals as (code: string) => string;

test('CSS literals lose comments and spaces, and keep what CSS needs', () => {
  const source = [
    'const a = css`',
    '  /* a comment; with { braces } */',
    "  .chip[aria-pressed='true'] > .count,",
    '  .reset {',
    '    width: calc(100% - 2px);',
    "    content: ' ; { } ';",
    '  }',
    '  @container ${narrow} {',
    '    .a :hover { margin: 0 auto; }',
    '  }',
    '`;',
    'const untouched = html`<p>  two  spaces  </p>`;',
  ].join('\n');
  assert.equal(
    minify(source),
    [
      "const a = css`.chip[aria-pressed='true']>.count,.reset{width: calc(100% - 2px);content: ' ; { } ';}@container ${narrow}{.a :hover{margin: 0 auto;}}`;",
      'const untouched = html`<p>  two  spaces  </p>`;',
    ].join('\n'),
  );
});
