import {expect, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {useFakeTimers} from 'sinon';
import type {EcosystemMap} from './ecosystem-map.js';
import type {FilterChangeEvent} from '../events/filter-change.js';
import {collection, listIds, markerIds, part, renderMap, searched, sectorToggle, TEST_SITES} from '../testing/environment.js';

/** The list's site ids in the order shown (not sorted). */
function listOrder(el: EcosystemMap): string[] {
  return [...part(el, 'list')!.querySelectorAll<HTMLElement>('li[data-site-id]')].map((li) => li.dataset['siteId']!);
}

/** The names the list shows, in order. */
function listNames(el: EcosystemMap): string[] {
  return [...part(el, 'list')!.querySelectorAll('.list-name')].map((name) => name.textContent);
}

async function type(el: EcosystemMap, text: string): Promise<void> {
  const search = part(el, 'search') as HTMLInputElement;
  search.focus();
  search.select();
  const shown = searched(el, text);
  await sendKeys({type: text});
  await shown;
  await el.updateComplete;
}

describe('search that forgives (typing in the search field)', () => {
  it('finds "e-commerce" from "ecommerce", "La Redoute" from "laredoute", a typo and a plural, in the real dataset', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none"></ecosystem-map>`);
    await type(el, 'laredoute');
    expect(listNames(el)[0]).to.match(/^La Redoute/);
    await type(el, 'ecommerce');
    expect(listIds(el)).to.include('la-redoute-hq');
    expect(listIds(el).length).to.be.greaterThan(3);
    await type(el, 'euratechnolgies');
    expect(listNames(el).some((name) => name.startsWith('EuraTechnologies'))).to.equal(true);
    await type(el, 'jeux');
    expect(listNames(el)).to.include('Ankama');
    await type(el, 'zzzz');
    expect(listIds(el)).to.deep.equal([]);
  });

  it('narrows markers and list together; the list follows the ranking, then is alphabetical again', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    expect(listOrder(el)).to.deep.equal(['blanchemaille', 'euratech', 'iut', 'ovh']);
    await type(el, 'roubaix');
    // "IUT de Roubaix" is named after the search; the others are only located there.
    expect(listOrder(el)[0]).to.equal('iut');
    expect(listIds(el)).to.deep.equal(['blanchemaille', 'iut', 'ovh']);
    await waitUntil(() => markerIds(el).join() === 'blanchemaille,iut,ovh', 'markers never followed the search');
    await type(el, 'hebergeurs');
    expect(listOrder(el), 'a plural finds the singular in a description').to.deep.equal(['ovh']);
    (part(el, 'search') as HTMLInputElement).select();
    await sendKeys({press: 'Backspace'});
    await el.updateComplete;
    expect(listOrder(el)).to.deep.equal(['blanchemaille', 'euratech', 'iut', 'ovh']);
  });

  it('chip counts are the sites of each sector under the current search, whatever chips are pressed', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    const counts = () => ['hub', 'school', 'cloud'].map((id) => sectorToggle(el, id).dataset['count']);
    expect(counts()).to.deep.equal(['2', '2', '1']);
    await type(el, 'roubaix');
    expect(counts()).to.deep.equal(['1', '1', '1']);
    sectorToggle(el, 'cloud').click();
    await el.updateComplete;
    expect(counts(), 'pressing a chip does not change the counts').to.deep.equal(['1', '1', '1']);
    expect(listIds(el)).to.deep.equal(['ovh']);
  });
});

describe('no result', () => {
  it('says what is active, over the map and under the status line, with one button that clears it all', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    sectorToggle(el, 'hub').click();
    sectorToggle(el, 'school').click();
    await type(el, 'xyz');
    const message = part(el, 'no-result')!;
    expect(message.querySelector('p')!.textContent).to.equal('Aucun site ne correspond à « xyz » dans 2 secteurs.');
    const sidebarMessages = el.shadowRoot!.querySelectorAll('.sidebar .no-result');
    expect(sidebarMessages).to.have.length(1);
    expect(sidebarMessages[0].textContent).to.contain('« xyz » dans 2 secteurs');
    expect(part(el, 'status')!.textContent).to.equal('0 site affiché sur 4');
    expect(el.shadowRoot!.textContent).not.to.contain('aux filtres');
    expect(markerIds(el)).to.deep.equal([]);

    const buttons = message.querySelectorAll('button');
    expect(buttons).to.have.length(1);
    const changed = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
    buttons[0].click();
    expect((await changed).detail).to.deep.equal({sectors: [], query: '', visible: TEST_SITES.length});
    await el.updateComplete;
    expect(part(el, 'no-result')).to.equal(null);
    expect((part(el, 'search') as HTMLInputElement).value).to.equal('');
    expect(el.hasAttribute('sectors') ? el.getAttribute('sectors') : '').to.equal('');
    expect(listIds(el)).to.have.length(TEST_SITES.length);
  });

  it('in English, with the search only', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" lang="en" .data=${collection()}></ecosystem-map>`);
    await type(el, 'xyz');
    expect(part(el, 'no-result')!.querySelector('p')!.textContent).to.equal('No site matches “xyz”.');
    expect(part(el, 'no-result')!.querySelector('button')!.textContent).to.equal('Clear search and filters');
  });
});

describe('the map fits the search results', () => {
  /** Types with the page's timers frozen, so the pause that triggers the fit is under the test's control. */
  async function typeThenPause(el: EcosystemMap, text: string, between?: () => void): Promise<void> {
    const clock = useFakeTimers({toFake: ['setTimeout', 'clearTimeout']});
    try {
      await type(el, text);
      between?.();
      clock.tick(1000);
    } finally {
      clock.restore();
    }
    await el.updateComplete;
  }

  it('once typing pauses', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()} style="width: 800px"></ecosystem-map>`);
    const map = el.leafletMap!;
    const before = map.getZoom();
    await typeThenPause(el, 'ovhcloud');
    expect(map.getZoom(), 'zoomed in on the one site found').to.be.greaterThan(before);
    expect(map.getBounds().contains([50.6935, 3.2])).to.equal(true);
  });

  it('not when the visitor moved the map since typing', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()} style="width: 800px"></ecosystem-map>`);
    const map = el.leafletMap!;
    let before = {zoom: map.getZoom(), center: map.getCenter()};
    // The visitor taps the map (down and up at one point: a press at 0,0 with no release would let Leaflet
    // drag the map by any stray pointer move that follows). From then on, the search must not move it
    // (the view is read at the tap: the list shrinking as the visitor typed may have nudged the map).
    await typeThenPause(el, 'ovhcloud', () => {
      const box = part(el, 'map')!.getBoundingClientRect();
      const at = {clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true, composed: true};
      part(el, 'map')!.dispatchEvent(new PointerEvent('pointerdown', at));
      part(el, 'map')!.dispatchEvent(new PointerEvent('pointerup', at));
      before = {zoom: map.getZoom(), center: map.getCenter()};
    });
    expect(map.getZoom()).to.equal(before.zoom);
    expect(map.getCenter().equals(before.center)).to.equal(true);
  });
});
