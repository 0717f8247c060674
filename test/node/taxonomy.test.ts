import {test} from 'node:test';
import assert from 'node:assert/strict';
import {BUILT_IN_SECTORS} from '../../src/data/taxonomy.js';

const EXPECTED_IDS = [
  'innovation-park',
  'incubator-accelerator',
  'coworking',
  'e-commerce-retail',
  'hosting-cloud',
  'logistics',
  'creative-media-games',
  'research-education',
  'public-institution',
  'event-venue',
];

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('built-in taxonomy has the 10 sector ids of the fact table', () => {
  assert.deepEqual(
    BUILT_IN_SECTORS.map((s) => s.id),
    EXPECTED_IDS,
  );
});

test('every built-in sector has a Dutch label of its own (not the English or French one copied)', () => {
  for (const s of BUILT_IN_SECTORS) {
    assert.ok(s.label.nl?.trim(), s.id);
  }
  const copied = BUILT_IN_SECTORS.filter((s) => s.label.nl === s.label.en || s.label.nl === s.label.fr).map((s) => s.id);
  // "Incubator / accelerator" is the Dutch term too.
  assert.deepEqual(copied, ['incubator-accelerator']);
});

test('every built-in sector has fr/en labels and a distinct #rrggbb colour readable with white text', () => {
  const colors = new Set<string>();
  for (const s of BUILT_IN_SECTORS) {
    assert.match(s.color, /^#[0-9a-f]{6}$/, s.id);
    assert.ok(s.label.fr.trim() && s.label.en.trim(), s.id);
    const contrast = 1.05 / (luminance(s.color) + 0.05);
    assert.ok(contrast >= 4.5, `${s.id} ${s.color}: white-text contrast ${contrast.toFixed(2)} < 4.5`);
    colors.add(s.color);
  }
  assert.equal(colors.size, BUILT_IN_SECTORS.length);
});

test('built-in taxonomy is frozen', () => {
  assert.ok(Object.isFrozen(BUILT_IN_SECTORS));
  assert.ok(Object.isFrozen(BUILT_IN_SECTORS[0]));
});
