import {expect} from '@open-wc/testing';
import {defaultDataset} from '../generated/default-dataset.js';
import {DatasetView} from './dataset-view.js';
import {countBySector, inSectors, loadSearchEngine, SiteSearch} from './search.js';
import {buildSiteTable} from './site-table.js';
import type {Sector, SiteFeature} from './types.js';
import {parseDataset} from './validate.js';

const DATASET = parseDataset(defaultDataset);

function site(id: string, name: string, sectors: string[], lon = 3.1, lat = 50.6): SiteFeature {
  return {type: 'Feature', id, geometry: {type: 'Point', coordinates: [lon, lat]}, properties: {name, sectors}};
}

function sector(id: string): Sector {
  return {id, label: {fr: id, en: id}, color: '#000000'};
}

const indices = (mask: Uint8Array) => [...mask.keys()].filter((i) => mask[i]);

/** The sites a search and a sector selection show, filtered feature by feature, in dataset order. */
function filterSites(
  sites: readonly SiteFeature[],
  selected: readonly string[],
  query: string,
  search: SiteSearch,
): SiteFeature[] {
  const found = search.search(query);
  const matched = found && new Set(found);
  return sites.filter((s) => (!matched || matched.has(s.id)) && inSectors(s, selected));
}

describe('site table', () => {
  before(() => loadSearchEngine());

  it('shows the same sites as the feature filter for every sector selection and search', async () => {
    const {sites, sectors} = DATASET;
    const table = await buildSiteTable(sites, sectors);
    const index = new SiteSearch(sites, sectors);
    const selections = [[], [sectors[0].id], [sectors[1].id, sectors[3].id], sectors.map((s) => s.id)];
    for (const selected of selections) {
      for (const query of ['', 'lille', 'roubaix incubateur']) {
        const expected = filterSites(sites, selected, query, index).map((s) => s.id);
        const matches = table.maskOfIds(filterSites(sites, [], query, index).map((s) => s.id));
        const mask = table.visibleMask(selected, query ? matches : undefined);
        expect(
          indices(mask).map((i) => sites[i].id),
          `${selected.join()} / ${query}`,
        ).to.deep.equal(expected);
        expect(indices(table.visibleMask(selected, new Set(expected))).map((i) => sites[i].id)).to.deep.equal(expected);
      }
    }
  });

  it('lists and maps what the feature filter shows through filter changes and back to none', async () => {
    const {sites, sectors} = DATASET;
    const view = await DatasetView.build(DATASET);
    const index = new SiteSearch(sites, sectors);
    const collator = new Intl.Collator('fr', {sensitivity: 'base', numeric: true});
    const byName = (a: SiteFeature, b: SiteFeature) => collator.compare(a.properties.name, b.properties.name);
    const [first, second, third] = sectors.map((s) => s.id);
    const steps = [[], [first], [], [second, third], [first], [], []].flatMap((selected) =>
      ['', 'lille', ''].map((query) => ({selected, query})),
    );
    for (const {selected, query} of steps) {
      const expected = filterSites(sites, selected, query, index);
      const result = view.filtered({sectors: selected, query}, 'fr');
      const label = `${selected.join()} / ${query}`;
      const listed = result.sorted.map((s) => s.id);
      if (query) expect([...listed].sort(), label).to.deep.equal(expected.map((s) => s.id).sort());
      else expect(listed, label).to.deep.equal([...expected].sort(byName).map((s) => s.id));
      expect(result.visible.map((s) => s.id)).to.deep.equal(expected.map((s) => s.id));
      expect(view.clusterIndex(result, selected).size, label).to.equal(expected.length);
    }
  });

  it('finds every site by its id like a Map of the sites does', async () => {
    const {sites, sectors} = DATASET;
    const table = await buildSiteTable(sites, sectors);
    const expected = new Map(sites.map((s) => [s.id, s]));
    const byId = table.siteById;
    expect(byId.size).to.equal(expected.size);
    for (const s of sites) expect(byId.get(s.id)).to.equal(s);
    expect(byId.get('no-such-site')).to.equal(undefined);
    expect(byId.has(sites[3].id)).to.equal(true);
    expect(byId.has('no-such-site')).to.equal(false);
    expect([...byId.keys()]).to.deep.equal([...expected.keys()]);
    expect([...byId.values()]).to.deep.equal([...expected.values()]);
    expect([...byId]).to.deep.equal([...expected]);
    const walked: string[] = [];
    byId.forEach((s, id) => walked.push(`${id}=${s.properties.name}`));
    expect(walked).to.deep.equal([...expected].map(([id, s]) => `${id}=${s.properties.name}`));
    expect(sites.every((s, i) => table.indexOf(s.id) === i)).to.equal(true);
  });

  it('counts sites per sector under a search like the feature counts', async () => {
    const {sites, sectors} = DATASET;
    const table = await buildSiteTable(sites, sectors);
    const index = new SiteSearch(sites, sectors);
    for (const query of ['', 'roubaix']) {
      const found = filterSites(sites, [], query, index);
      const counts = table.sectorCounts(query ? table.maskOfIds(found.map((s) => s.id)) : undefined);
      const expected = countBySector(found);
      for (const [i, s] of sectors.entries()) expect(counts[i], `${s.id} / ${query}`).to.equal(expected.get(s.id) ?? 0);
    }
  });

  it('orders names like the collator the list used, visible sites in one pass', async () => {
    const tricky = [
      'Zèbre',
      'zebre',
      'Éco 10',
      'eco 9',
      'Eco 09',
      'Œuvre',
      'oeuvre b',
      "L'Atelier",
      'La Poste',
      'Lab',
      'ábc',
      'Abd',
      '42 rue',
      '7 rue',
    ];
    const sites = [...DATASET.sites, ...tricky.map((name, i) => site(`t${i}`, name, [DATASET.sectors[0].id]))];
    const table = await buildSiteTable(sites, DATASET.sectors);
    const order = await table.nameOrder('fr');
    const collator = new Intl.Collator('fr', {sensitivity: 'base', numeric: true});
    const expected = [...sites.keys()].sort(
      (a, b) => collator.compare(sites[a].properties.name, sites[b].properties.name) || a - b,
    );
    expect([...order].map((i) => sites[i].properties.name)).to.deep.equal(expected.map((i) => sites[i].properties.name));
    expect(await table.nameOrder('fr')).to.equal(order);

    const mask = table.visibleMask([DATASET.sectors[0].id]);
    const view = await DatasetView.build({...DATASET, sites});
    const listed = view.filtered({sectors: [DATASET.sectors[0].id], query: ''}, 'fr').sorted.map((s) => s.id);
    expect([...table.sortedVisible(order, mask)].map((i) => sites[i].id)).to.deep.equal(listed);
  });

  it('sorts many names across chunks into one order', async () => {
    const names = Array.from({length: 30_000}, (_, i) => `Site ${(i * 7919) % 30_000}`);
    const table = await buildSiteTable(
      names.map((name, i) => site(`s${i}`, name, ['a'])),
      [sector('a')],
    );
    const order = await table.nameOrder('en');
    const sorted = [...order].map((i) => names[i]);
    expect(sorted.slice(0, 3)).to.deep.equal(['Site 0', 'Site 1', 'Site 2']);
    expect(sorted.at(-1)).to.equal('Site 29999');
    expect(new Set(order).size).to.equal(30_000);
  });

  it('colours a site by its first selected sector, in its own order', async () => {
    const sectors = ['a', 'b', 'c'].map(sector);
    const table = await buildSiteTable([site('x', 'X', ['c', 'a', 'b']), site('y', 'Y', ['b'])], sectors);
    expect([...table.colorIndex([])]).to.deep.equal([2, 1]);
    expect([...table.colorIndex(['a', 'b'])]).to.deep.equal([0, 1]);
    expect([...table.colorIndex(['b'])]).to.deep.equal([1, 1]);
  });

  it('filters a taxonomy of more than 32 sectors', async () => {
    const sectors = Array.from({length: 40}, (_, i) => sector(`s${i}`));
    const sites = [site('low', 'Low', ['s1']), site('high', 'High', ['s35', 's39']), site('both', 'Both', ['s0', 's33'])];
    const table = await buildSiteTable(sites, sectors);
    expect(indices(table.visibleMask(['s35']))).to.deep.equal([1]);
    expect(indices(table.visibleMask(['s1', 's33']))).to.deep.equal([0, 2]);
    const counts = table.sectorCounts();
    expect([counts[0], counts[1], counts[33], counts[35], counts[39], counts[2]]).to.deep.equal([1, 1, 1, 1, 1, 0]);
  });
});
