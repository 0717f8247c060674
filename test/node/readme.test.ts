// The README's API tables must name everything the class JSDoc declares (custom-elements.json is
// generated from it by `npm run build`, which `npm test` runs first).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';

interface Named {
  name: string;
}
interface Declaration {
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: {declarations?: Declaration[]}[];
};
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((d) => d.customElement)!;

for (const kind of ['attributes', 'events', 'cssParts', 'cssProperties'] as const) {
  test(`README documents every ${kind} of the manifest`, () => {
    const names = (element[kind] ?? []).map((item) => item.name);
    assert.ok(names.length > 0, `the manifest lists no ${kind}`);
    const missing = names.filter((name) => !readme.includes(`| \`${name}\``));
    assert.deepEqual(missing, []);
  });
}
