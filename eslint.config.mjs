// ESLint flat config. Formatting is Prettier's job (.prettierrc.json); this file only holds rules about
// correctness, Lit templates, custom elements and the project's security promises.
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

const TS_FILES = ['**/*.ts'];
const JS_FILES = ['**/*.js', '**/*.mjs'];
const TEST_FILES = ['src/**/*.test.ts', 'test/**/*.ts'];

// Data is text: markup built from strings bypasses Lit's escaping and Trusted Types.
const noHtmlFromStrings = [
  {
    selector: 'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Build DOM nodes (Lit templates, textContent) instead of assigning markup.',
  },
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment)$/]',
    message: 'Build DOM nodes (Lit templates, textContent) instead of parsing markup.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'document.write parses markup; build DOM nodes instead.',
  },
  {
    // Leaflet parses a string content as HTML; a function returning a node keeps data as text.
    selector:
      'CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setPopupContent|setTooltipContent)$/][arguments.0.type!=/^(ArrowFunctionExpression|FunctionExpression)$/]',
    message: 'Pass a function that returns a DOM node: Leaflet renders string content as HTML.',
  },
];

export default defineConfig(
  {
    // types/ holds hand-written framework typings, checked by the packed-tarball smoke app (test/package).
    ignores: [
      'dist/',
      'src/generated/',
      'node_modules/',
      'custom-elements.json',
      '.wtr-screenshots/',
      'types/',
      'test/package/smoke-app/',
    ],
  },
  js.configs.recommended,
  {
    files: TS_FILES,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        project: './tsconfig.eslint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: JS_FILES,
    languageOptions: {globals: {...globals.node}},
  },
  {
    // Pages and the code that benchmarks run inside the browser.
    files: ['demo/**/*.js', 'embed/**/*.js', 'bench/pages/**/*.js'],
    languageOptions: {globals: {...globals.browser}},
  },
  {
    // The benchmark driver passes functions to page.evaluate: they run in the page.
    files: ['bench/run.mjs'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // The hand-written comparison pages load Leaflet, Leaflet.markercluster and supercluster as scripts.
    files: ['bench/pages/**/*.js'],
    languageOptions: {globals: {L: 'readonly', Supercluster: 'readonly'}},
  },
  {
    files: ['src/**/*.ts', 'test/embed/**/*.ts'],
    languageOptions: {globals: {...globals.browser}},
  },
  {
    files: ['scripts/**/*.ts', 'test/node/**/*.ts'],
    languageOptions: {globals: {...globals.node}},
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    settings: {wc: {elementBaseClasses: ['LitElement']}},
  },
  {
    files: ['src/**/*.ts'],
    ignores: TEST_FILES,
    rules: {
      'no-restricted-syntax': ['error', ...noHtmlFromStrings],
    },
  },
  {
    files: [...TS_FILES, ...JS_FILES],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
              message: 'Data is text: render it with Lit bindings, never as markup.',
            },
          ],
        },
      ],
      // Strict CSP (script-src 'self', no 'unsafe-eval') must keep working.
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: TEST_FILES,
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's test() returns a promise the runner itself awaits.
            {from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite']},
            // @open-wc/semantic-dom-diff types every chai `equal` as async; only `.dom.to.equal` is.
            {from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal'},
          ],
        },
      ],
      // Chai assertions such as `expect(x).to.exist` are property reads.
      '@typescript-eslint/no-unused-expressions': 'off',
      // `oneEvent(el, 'site-select') as Promise<SiteSelectEvent>` names the event a test waits for.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // A focused test silently skips the rest of the suite.
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test', 'suite', 'context'].map((object) => ({
          object,
          property: 'only',
          message: 'Remove .only before committing: it skips every other test.',
        })),
      ],
    },
  },
);
