// Minifies the CSS of our `css` tagged templates (the *.styles.ts modules and Leaflet's generated CSS):
// comments go, whitespace shrinks. terser leaves template literals as written, and the styles are about
// a fifth of the view chunk. Applied by both builds (rollup) and by the test and demo servers
// (@web/dev-server), so what is tested is what ships.
//
// Only the text between backticks of css`...` changes; quoted strings (content: '›') and `${...}`
// expressions are kept as they are. Whitespace is dropped only around { } ; , > where CSS never needs it
// (never around + - * /, which calc() needs, nor around ( ) and :, which selectors and media queries need).
const STYLE_MODULE = /\.styles\.(ts|js)$/;
const CSS_LITERAL = /\bcss\s*`([^`]*)`/g;

function minifyCssText(text) {
  return text
    .split(/('[^'\n]*'|"[^"\n]*"|\$\{[^}]*\})/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1'),
    )
    .join('')
    .trim();
}

/** Every css`...` literal of a module's code, minified. */
export function minifyCssLiterals(code) {
  return code.replace(CSS_LITERAL, (_, text) => `css\`${minifyCssText(text)}\``);
}

/** Rollup: minifies the CSS literals of style modules. */
export function cssLiterals() {
  return {
    name: 'css-literals',
    transform(code, id) {
      if (!STYLE_MODULE.test(id)) return null;
      return {code: minifyCssLiterals(code), map: null};
    },
  };
}

/** @web/dev-server (tests, demo): the same transform. */
export function cssLiteralsForDevServer() {
  return {
    name: 'css-literals',
    transform(context) {
      if (!STYLE_MODULE.test(context.path)) return undefined;
      return {body: minifyCssLiterals(context.body)};
    },
  };
}
