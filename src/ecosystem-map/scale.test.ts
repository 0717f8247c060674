import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {EcosystemMap} from './ecosystem-map.js';
import {collection, manySites, part, parts, renderMap} from '../testing/environment.js';

const SIZE = 20_000;

/** Sites on the map, counting each cluster as the number it shows. */
function drawn(el: EcosystemMap): number {
  const alone = parts(el, 'marker').length;
  return parts(el, 'cluster').reduce((sum, cluster) => sum + Number(cluster.textContent), alone);
}

describe('a large dataset', () => {
  // Even sites are hubs, odd ones schools.
  const sites = manySites(SIZE).map((site, i) => ({...site, sectors: [i % 2 ? 'school' : 'hub']}));

  it('keeps the map counts right after a sector change and a search, 20,000 sites', async function () {
    // Loading, clustering and indexing 20,000 sites take seconds on a busy machine.
    this.timeout(60_000);
    const {el} = await renderMap(html`<ecosystem-map tiles="none" lang="en" .data=${collection(sites)}></ecosystem-map>`);
    expect(drawn(el)).to.equal(SIZE);

    el.sectors = ['school'];
    const changed = await oneEvent<CustomEvent<{visible: number}>>(el, 'filter-change');
    expect(changed.detail.visible).to.equal(SIZE / 2);
    await el.updateComplete;
    expect(drawn(el)).to.equal(SIZE / 2);
    expect(parts(el, 'marker').every((marker) => marker.style.getPropertyValue('--_marker-color') === '#aa3377')).to.equal(true);

    const search = part(el, 'search') as HTMLInputElement;
    search.value = 'Site 1';
    search.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    // Odd numbers (schools) whose number starts with 1: the index is built in slices, then the results show.
    const expected = sites.filter((_, i) => i % 2 && String(i).startsWith('1')).length;
    await waitUntil(
      () => part(el, 'status')?.textContent === `${expected.toLocaleString('en')} sites shown of ${SIZE.toLocaleString('en')}`,
      'the search results never showed',
      {
        timeout: 10_000,
      },
    );
    await waitUntil(() => drawn(el) === expected, `the map shows ${drawn(el)} sites, not ${expected}`);
  });
});
