// Rollup plugin for the classic script: our bundled Lit creates its Trusted Types policy under our own
// name, `ecosystem-map`, instead of Lit's `lit-html`. A page that runs its own Lit needs `lit-html` for
// itself, and Trusted Types forbid two policies with one name: whichever copy came second broke.
// The page's CSP then reads `trusted-types lit-html ecosystem-map`, in any load order.
//
// Loaded twice, the second copy cannot create `ecosystem-map` again (no 'allow-duplicates'; the attempt
// alone is a CSP violation, reported to the page's endpoint), and an existing policy cannot be looked up
// without a global to keep it in. It needs none: a copy that finds the element already defined never
// renders (its definition is skipped), so it asks for no policy at all. No global is added.
// A first copy that cannot create the policy (the name missing from the CSP) says why on the console.
const HELPER_ID = '\0ecosystem-map-trusted-types';
const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/](development[\\/])?lit-html\.js$/;
const POLICY = /([\w$.]+)\.createPolicy\((["'])lit-html\2,/g;

const HELPER = `export function createOwnPolicy(trustedTypes, rules) {
  if (customElements.get('ecosystem-map')) return undefined;
  try {
    return trustedTypes.createPolicy('ecosystem-map', rules);
  } catch (error) {
    console.warn('<ecosystem-map> cannot create its Trusted Types policy "ecosystem-map": add it to the page\\'s CSP (trusted-types lit-html ecosystem-map).', error);
    return undefined;
  }
}`;

export function litTrustedTypes() {
  let rewritten = 0;
  return {
    name: 'lit-trusted-types',
    resolveId: (id) => (id === HELPER_ID ? id : null),
    load: (id) => (id === HELPER_ID ? HELPER : null),
    buildStart() {
      rewritten = 0;
    },
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const found = [...code.matchAll(POLICY)].length;
      if (found !== 1)
        this.error(`lit-trusted-types: expected one createPolicy("lit-html", …) in ${id}, found ${found}; update the plugin.`);
      rewritten++;
      const changed = code.replace(POLICY, (_, trustedTypes) => `__createOwnPolicy(${trustedTypes},`);
      // Appended (imports are hoisted) so that no line moves and the source map stays right.
      return {code: `${changed}\nimport {createOwnPolicy as __createOwnPolicy} from '${HELPER_ID}';`, map: null};
    },
    generateBundle(_, bundle) {
      if (rewritten === 0) this.error('lit-trusted-types: lit-html was not bundled through this plugin.');
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && /createPolicy\(\s*["']lit-html["']/.test(file.code)) {
          this.error(`lit-trusted-types: ${file.fileName} still creates the "lit-html" policy.`);
        }
      }
    },
  };
}
