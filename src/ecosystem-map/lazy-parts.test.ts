// The parts that load after the map shows (the search engine, the embedded dataset's descriptions and
// sources) change nothing a visitor or a page sees: what is typed early is searched, a site opens complete.
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {EcosystemMap} from './ecosystem-map.js';
import type {FilterChangeEvent} from '../events/filter-change.js';
import type {SiteSelectEvent} from '../events/site-select.js';
import type {SiteProperties} from '../data/types.js';
import {collection, listIds, part, partShown, renderMap} from '../testing/environment.js';

/** Whether the page has downloaded a script whose URL contains `name`. */
function downloaded(name: string): boolean {
  return performance.getEntriesByType('resource').some((entry) => entry.name.includes(name));
}

/** The embedded dataset's source file, to compare what the widget shows with it. */
async function shippedSite(id: string): Promise<SiteProperties> {
  const file = (await (await fetch('/data/sites.geojson')).json()) as {features: {id: string; properties: SiteProperties}[]};
  return file.features.find((feature) => feature.id === id)!.properties;
}

function typeAtOnce(field: HTMLInputElement, text: string): void {
  for (let end = 1; end <= text.length; end++) {
    field.value = text.slice(0, end);
    field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  }
}

describe('parts loaded after the map shows', () => {
  // First in this file: the search engine has not been downloaded by any other test of this page.
  it('keeps what is typed before the search engine arrives, then shows its results once', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
    expect(downloaded('minisearch'), 'the map shows without the search engine').to.equal(false);
    const events: FilterChangeEvent['detail'][] = [];
    el.addEventListener('filter-change', (event) => events.push(event.detail));
    const field = part(el, 'search') as HTMLInputElement;
    field.focus();
    // Three keystrokes in the same task: the engine cannot have arrived in between.
    typeAtOnce(field, 'heb');
    await el.updateComplete;
    expect(field.value).to.equal('heb');
    await waitUntil(() => events.length > 0, 'the search never applied');
    await el.updateComplete;
    expect(events, 'one change, for all that was typed').to.deep.equal([{sectors: [], query: 'heb', visible: 1}]);
    expect(field.value).to.equal('heb');
    expect(listIds(el)).to.deep.equal(['ovh']);
    expect(part(el, 'status')!.textContent).to.contain('1 site');
    expect(downloaded('minisearch')).to.equal(true);
  });

  it('opens a site of the embedded dataset with its description, website and sources', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" lang="en"></ecosystem-map>`);
    const shipped = await shippedSite('euratechnologies');
    const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
    part(el, 'list')!.querySelector<HTMLElement>('li[data-site-id="euratechnologies"] button')!.click();
    const {detail} = await selected;
    expect(detail.site.properties.sources, 'the event carries the whole site').to.deep.equal(shipped.sources);
    await el.updateComplete;
    const details = await partShown(el, 'details');
    expect(details.getAttribute('aria-busy'), 'complete').to.equal(null);
    const description = shipped.description as {en: string};
    expect(details.querySelector('.description')!.textContent).to.equal(description.en);
    expect(details.querySelector('.website a')!.getAttribute('href')).to.equal(new URL(shipped.website!).href);
    expect(details.querySelectorAll('.sources li')).to.have.length(shipped.sources!.length);
  });

  it('opens the site given by `selected`: the panel fills in, `site-select` carries the whole site', async () => {
    const el = await fixture<EcosystemMap>(html`<ecosystem-map tiles="none" selected="ovhcloud-hq"></ecosystem-map>`);
    const {detail} = (await oneEvent(el, 'site-select')) as SiteSelectEvent;
    const shipped = await shippedSite('ovhcloud-hq');
    expect(detail.site.properties.description).to.deep.equal(shipped.description);
    await el.updateComplete;
    const details = await partShown(el, 'details');
    expect(details.getAttribute('aria-busy'), 'complete').to.equal(null);
    expect(details.querySelector('.description')!.textContent).to.equal((shipped.description as {fr: string}).fr);
  });

  it('finds a site of the embedded dataset by a word only its description has', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none"></ecosystem-map>`);
    const shipped = await shippedSite('ovhcloud-hq');
    expect(JSON.stringify([shipped.name, shipped.address, shipped.city]).toLowerCase()).not.to.contain('hébergeur');
    const field = part(el, 'search') as HTMLInputElement;
    field.focus();
    const found = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
    typeAtOnce(field, 'hébergeur');
    expect((await found).detail).to.deep.include({query: 'hébergeur', visible: 1});
    await el.updateComplete;
    expect(listIds(el)).to.deep.equal(['ovhcloud-hq']);
  });

  it('a link carrying a search shows its results with the embedded dataset, words of descriptions included', async () => {
    const page = location.pathname + location.search;
    history.replaceState(null, '', `${page}#map-q=h%C3%A9bergeur`);
    try {
      const el = await fixture<EcosystemMap>(html`<ecosystem-map link tiles="none"></ecosystem-map>`);
      const changes: unknown[] = [];
      el.addEventListener('filter-change', (event) => changes.push(event.detail));
      const statuses = new Set<string>();
      const watch = new MutationObserver(() => statuses.add(part(el, 'status')?.textContent?.trim() ?? ''));
      watch.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
      await oneEvent(el, 'data-load');
      watch.disconnect();
      await el.updateComplete;
      expect((part(el, 'search') as HTMLInputElement).value).to.equal('hébergeur');
      expect(listIds(el), 'shown with the dataset').to.deep.equal(['ovhcloud-hq']);
      expect(part(el, 'status')!.textContent).to.contain('1 site');
      expect(changes, 'a link is not a visitor change').to.deep.equal([]);
      expect(
        [...statuses].filter((text) => /\d/.test(text)),
        'never every site first',
      ).to.deep.equal(['1 site affiché sur 46']);
    } finally {
      history.replaceState(null, '', page);
    }
  });

  it('with max-features below its size, the embedded dataset is validated like any other and still opens complete', async () => {
    const {el, event} = await renderMap(html`<ecosystem-map tiles="none" max-features="10"></ecosystem-map>`);
    expect(event.detail.count).to.equal(10);
    expect(event.detail.rejected.map((problem) => problem.field)).to.deep.equal(['features']);
    const first = part(el, 'list')!.querySelector<HTMLElement>('li[data-site-id]')!;
    const shipped = await shippedSite(first.dataset['siteId']!);
    expect(shipped.sources).to.not.be.empty;
    const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
    first.querySelector('button')!.click();
    expect((await selected).detail.site.properties.sources).to.deep.equal(shipped.sources);
  });
});
