import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {EcosystemMap} from './ecosystem-map.js';
import type {FilterChangeEvent} from '../events/filter-change.js';
import type {SiteSelectEvent} from '../events/site-select.js';
import {
  collection,
  listIds,
  marker,
  markerIds,
  part,
  partShown,
  parts,
  renderMap,
  sectorToggle,
  TEST_SITES,
  TEST_TILES,
} from '../testing/environment.js';

const allIds = TEST_SITES.map((site) => site.id).sort();

describe('<ecosystem-map>', () => {
  it('is defined, and shows the embedded dataset with no attributes', async () => {
    expect(customElements.get('ecosystem-map')).to.equal(EcosystemMap);
    const {el, event} = await renderMap(html`<ecosystem-map tiles="none"></ecosystem-map>`);
    expect(event.detail.count).to.be.greaterThan(30);
    const inClusters = parts(el, 'cluster').reduce((sum, cluster) => sum + Number(cluster.textContent), 0);
    expect(parts(el, 'marker').length + inClusters).to.equal(event.detail.count);
    expect(part(el, 'list')!.querySelectorAll('li[data-site-id]')).to.have.length(event.detail.count);
    expect(part(el, 'status')!.textContent).to.contain(`${event.detail.count} sites`);
    expect(part(el, 'list')!.textContent).to.contain('Blanchemaille');
  });

  it('is accessible', async () => {
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" .data=${collection()} selected="blanchemaille"></ecosystem-map>`,
    );
    await partShown(el, 'details');
    await expect(el).to.be.accessible();
  });

  it('takes its container width and a default height the page can override', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 640px">
        <ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>
        <ecosystem-map tiles="none" .data=${collection()} style="height: 300px"></ecosystem-map>
      </div>`,
    );
    const [first, second] = wrapper.querySelectorAll('ecosystem-map');
    expect(first.getBoundingClientRect().width).to.equal(640);
    expect(first.getBoundingClientRect().height).to.equal(480);
    expect(second.getBoundingClientRect().height).to.equal(300);
  });

  describe('markers, list and status', () => {
    it('draws one focusable, named marker per site, coloured by its first sector', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      expect(markerIds(el)).to.deep.equal(allIds);
      const button = marker(el, 'euratech');
      expect(button.getAttribute('aria-label')).to.equal('EuraTechnologies');
      button.focus();
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect(getComputedStyle(button).backgroundColor).to.equal('rgb(11, 92, 173)');
      expect(getComputedStyle(marker(el, 'iut')).backgroundColor).to.equal('rgb(170, 51, 119)');
    });

    it('lists the sites shown by name and says how many there are', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const names = [...part(el, 'list')!.querySelectorAll('li')].map((li) => li.querySelector('.list-name')!.textContent);
      expect(names).to.deep.equal(['Blanchemaille', 'EuraTechnologies', 'IUT de Roubaix', 'OVHcloud']);
      const status = part(el, 'status')!;
      expect(status.getAttribute('aria-live')).to.equal('polite');
      expect(status.textContent.trim()).to.equal('4 sites');
    });
  });

  describe('sector filters', () => {
    it('has one chip per sector, with its label, colour and count, none pressed at start', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const toggles = [...part(el, 'filters')!.querySelectorAll<HTMLElement>('[data-sector]')];
      expect(toggles.map((toggle) => toggle.dataset['sector'])).to.deep.equal(['hub', 'school', 'cloud']);
      expect(toggles.map((toggle) => toggle.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false']);
      const school = sectorToggle(el, 'school');
      expect(school.textContent).to.contain('École');
      expect(school.dataset['count']).to.equal('2');
      expect(school.querySelector('.count')!.textContent).to.equal('2');
      expect(markerIds(el)).to.deep.equal(allIds);
    });

    it('narrows to the sites of a pressed chip, and map, list, status, attribute and event agree', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const changed = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
      sectorToggle(el, 'hub').click();
      const {detail} = await changed;
      expect(detail).to.deep.equal({sectors: ['hub'], query: '', visible: 2});
      await el.updateComplete;
      expect(sectorToggle(el, 'hub').getAttribute('aria-pressed')).to.equal('true');
      expect(markerIds(el)).to.deep.equal(['blanchemaille', 'euratech']);
      expect(listIds(el)).to.deep.equal(['blanchemaille', 'euratech']);
      expect(part(el, 'status')!.textContent).to.contain('2 sites');
      expect(el.sectors).to.deep.equal(['hub']);
    });

    it('adds the sites of each further pressed chip, and releases a chip pressed again', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      sectorToggle(el, 'cloud').click();
      await el.updateComplete;
      expect(markerIds(el)).to.deep.equal(['ovh']);
      const added = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
      sectorToggle(el, 'school').click();
      expect((await added).detail).to.deep.equal({sectors: ['school', 'cloud'], query: '', visible: 3});
      const released = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
      sectorToggle(el, 'cloud').click();
      expect((await released).detail).to.deep.equal({sectors: ['school'], query: '', visible: 2});
      const none = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
      sectorToggle(el, 'school').click();
      expect((await none).detail).to.deep.equal({sectors: [], query: '', visible: 4});
    });

    it('colours each marker by its first sector among the selected ones', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      expect(getComputedStyle(marker(el, 'euratech')).backgroundColor).to.equal('rgb(11, 92, 173)');
      sectorToggle(el, 'school').click();
      await el.updateComplete;
      expect(getComputedStyle(marker(el, 'euratech')).backgroundColor).to.equal('rgb(170, 51, 119)');
    });

    it('starts with the sectors of the attribute, and follows it when it changes', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" sectors="cloud" .data=${collection()}></ecosystem-map>`);
      expect(markerIds(el)).to.deep.equal(['ovh']);
      expect(sectorToggle(el, 'cloud').getAttribute('aria-pressed')).to.equal('true');
      expect(sectorToggle(el, 'hub').getAttribute('aria-pressed')).to.equal('false');
      const changed = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
      el.setAttribute('sectors', 'school, cloud');
      expect((await changed).detail).to.deep.equal({sectors: ['school', 'cloud'], query: '', visible: 3});
      expect(markerIds(el)).to.deep.equal(['euratech', 'iut', 'ovh']);
    });

    it('offers to show everything again once something narrows the sites', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" sectors="cloud" .data=${collection()}></ecosystem-map>`);
      const reset = el.shadowRoot!.querySelector<HTMLButtonElement>('.reset')!;
      expect(reset.textContent).to.equal('Tout afficher');
      const changed = oneEvent(el, 'filter-change') as Promise<FilterChangeEvent>;
      reset.click();
      expect((await changed).detail).to.deep.equal({sectors: [], query: '', visible: 4});
      await el.updateComplete;
      expect(markerIds(el)).to.deep.equal(allIds);
      expect(el.shadowRoot!.querySelector('.reset')).to.equal(null);
    });

    it('fires no filter-change when data loads', async () => {
      const el = await fixture<EcosystemMap>(
        html`<ecosystem-map tiles="none" sectors="hub" .data=${collection()}></ecosystem-map>`,
      );
      let fired = 0;
      el.addEventListener('filter-change', () => fired++);
      await oneEvent(el, 'data-load');
      el.data = collection(TEST_SITES.slice(0, 2));
      await oneEvent(el, 'data-load');
      expect(fired).to.equal(0);
    });
  });

  describe('search', () => {
    it('filters by name, town or description, ignoring accents and case', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const search = part(el, 'search') as HTMLInputElement;
      search.focus();
      const events: FilterChangeEvent[] = [];
      el.addEventListener('filter-change', (event) => events.push(event));
      await sendKeys({type: 'hebergeur'});
      await waitUntil(() => markerIds(el).join() === 'ovh', 'search never narrowed to OVHcloud');
      expect(events.at(-1)!.detail).to.deep.equal({sectors: [], query: 'hebergeur', visible: 1});
      expect(listIds(el)).to.deep.equal(['ovh']);
      expect(part(el, 'status')!.textContent).to.contain('1 site');
    });

    it('opens the first match on Enter: a site named after the search before one located there', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      (part(el, 'search') as HTMLInputElement).focus();
      await sendKeys({type: 'roubaix'});
      const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      await sendKeys({press: 'Enter'});
      expect((await selected).detail.id).to.equal('iut');
    });
  });

  describe('selection and details', () => {
    it('opens a site from its marker: details, reflected attribute and site-select', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      marker(el, 'blanchemaille').click();
      const {detail} = await selected;
      expect(detail.id).to.equal('blanchemaille');
      expect(detail.site.properties.name).to.equal('Blanchemaille');
      expect(detail.site.geometry.coordinates).to.deep.equal([3.16713, 50.69633]);
      expect(el.getAttribute('selected')).to.equal('blanchemaille');
      const details = await partShown(el, 'details');
      expect(details.querySelector('h2')!.textContent).to.equal('Blanchemaille');
      expect(marker(el, 'blanchemaille').hasAttribute('aria-current')).to.equal(true);
    });

    it('opens a site from the keyboard on its marker', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      marker(el, 'iut').focus();
      const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      await sendKeys({press: 'Enter'});
      expect((await selected).detail.id).to.equal('iut');
      const details = await partShown(el, 'details');
      expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('h2'));
    });

    it('opens a site from the list', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      part(el, 'list')!.querySelector<HTMLButtonElement>('li[data-site-id="ovh"] button')!.click();
      expect((await selected).detail.id).to.equal('ovh');
      expect((await partShown(el, 'details')).querySelector('h2')!.textContent).to.equal('OVHcloud');
    });

    it('opens the site named by the selected attribute, at start and when it changes', async () => {
      const el = await fixture<EcosystemMap>(
        html`<ecosystem-map tiles="none" selected="euratech" .data=${collection()}></ecosystem-map>`,
      );
      const first = (await oneEvent(el, 'site-select')) as SiteSelectEvent;
      expect(first.detail.id).to.equal('euratech');
      expect((await partShown(el, 'details')).querySelector('h2')!.textContent).to.equal('EuraTechnologies');
      const next = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      el.setAttribute('selected', 'ovh');
      expect((await next).detail.id).to.equal('ovh');
      await el.updateComplete;
      expect(part(el, 'details')!.querySelector('h2')!.textContent).to.equal('OVHcloud');
      el.removeAttribute('selected');
      await el.updateComplete;
      expect(part(el, 'details')).to.equal(null);
    });

    it('closes with the close button or Escape, and gives focus back to the marker', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      marker(el, 'iut').focus();
      await sendKeys({press: 'Enter'});
      const details = await partShown(el, 'details');
      details.querySelector<HTMLButtonElement>('.close')!.click();
      await waitUntil(() => part(el, 'details') === null);
      expect(el.hasAttribute('selected')).to.equal(false);
      await waitUntil(() => el.shadowRoot!.activeElement === marker(el, 'iut'), 'focus did not return to the marker');
      await sendKeys({press: 'Enter'});
      await partShown(el, 'details');
      await sendKeys({press: 'Escape'});
      await waitUntil(() => part(el, 'details') === null, 'Escape did not close the details');
    });

    it('shows name, sectors, address, description in the active language and a safe website link', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" lang="en" selected="blanchemaille" .data=${collection()}></ecosystem-map>`,
      );
      const details = await partShown(el, 'details');
      expect(details.querySelector('h2')!.textContent).to.equal('Blanchemaille');
      expect([...details.querySelectorAll('.chip')].map((chip) => chip.textContent.trim())).to.deep.equal(['Hub']);
      expect(details.querySelector('.address')!.textContent).to.equal('87 rue du Fontenoy, Roubaix');
      expect(details.querySelector('.description')!.textContent).to.equal('Digital-commerce hub.');
      const link = details.querySelector('a[href="https://www.example.org/blanchemaille"]')!;
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.contain('noopener');
    });

    it('leaves the map credits visible while the details are open', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" selected="ovh" .data=${collection()}></ecosystem-map>`);
      await partShown(el, 'details');
      // Credits let clicks through to markers (pointer-events: none): compare stacking, not hits.
      const credits = el.shadowRoot!.querySelector('.credits')!;
      const details = part(el, 'details')!;
      const z = (element: Element) => Number(getComputedStyle(element).zIndex);
      expect(z(credits)).to.be.greaterThan(z(details));
    });

    it('falls back to the other language for a description', async () => {
      const {el} = await renderMap(
        html`<ecosystem-map tiles="none" lang="en" selected="ovh" .data=${collection()}></ecosystem-map>`,
      );
      expect((await partShown(el, 'details')).querySelector('.description')!.textContent).to.equal('Hébergeur.');
    });

    it('shows data as text, and never links anything but http(s)', async () => {
      const hostile = collection([
        {
          id: 'x',
          name: '<img src=x onerror="window.__pwned=1">Evil',
          sectors: ['hub'],
          lon: 3.1,
          lat: 50.65,
          extra: {website: 'javascript:window.__pwned=1', description: '<b>bold</b>'},
        },
      ]);
      const {el} = await renderMap(html`<ecosystem-map tiles="none" selected="x" .data=${hostile}></ecosystem-map>`);
      const details = await partShown(el, 'details');
      expect(details.querySelector('h2')!.textContent).to.equal('<img src=x onerror="window.__pwned=1">Evil');
      expect(details.querySelector('img, b')).to.equal(null);
      // The only link is the directions one, built from the coordinates, never from the data's text.
      const links = [...details.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links).to.deep.equal(['https://www.openstreetmap.org/directions?route=%3B50.65%2C3.1']);
      expect((window as {__pwned?: number}).__pwned).to.equal(undefined);
    });
  });

  describe('language', () => {
    it('speaks French by default, English with lang="en", and switches live', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()}></ecosystem-map>`);
      expect(part(el, 'search')!.getAttribute('aria-label')).to.equal('Rechercher un site');
      expect(sectorToggle(el, 'hub').textContent).to.contain('Pôle');
      el.lang = 'en';
      // The English strings are a chunk of their own, loaded on the switch.
      await waitUntil(() => part(el, 'search')!.getAttribute('aria-label') === 'Search for a site', 'did not switch to English');
      expect(sectorToggle(el, 'hub').textContent).to.contain('Hub');
    });

    it("follows the nearest ancestor's lang when it has none (or an unsupported one)", async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<section lang="en-GB"><ecosystem-map tiles="none" lang="de" .data=${collection()}></ecosystem-map></section>`,
      );
      const el = wrapper.querySelector('ecosystem-map')!;
      // The fixture awaits the wrapper, not the map: wait for what the visitor sees, not for an event.
      await waitUntil(() => part(el, 'status')?.textContent === '4 sites', 'the sites never showed');
      expect(part(el, 'search')!.getAttribute('placeholder')).to.equal('Name, town, activity…');
      wrapper.setAttribute('lang', 'fr');
      await waitUntil(
        () => part(el, 'search')!.getAttribute('placeholder') === 'Nom, ville, activité…',
        'did not follow the ancestor',
      );
    });
  });

  describe('life cycle', () => {
    it('works again after being removed and re-inserted', async () => {
      const {el} = await renderMap(html`<ecosystem-map tiles=${TEST_TILES} .data=${collection()}></ecosystem-map>`);
      const firstMap = el.leafletMap!;
      const parent = el.parentElement!;
      el.remove();
      expect(el.leafletMap).to.equal(undefined);
      parent.append(el);
      await el.updateComplete;
      expect(el.leafletMap).to.not.equal(undefined);
      expect(el.leafletMap).to.not.equal(firstMap);
      expect(markerIds(el)).to.deep.equal(allIds);
      const selected = oneEvent(el, 'site-select') as Promise<SiteSelectEvent>;
      marker(el, 'ovh').click();
      expect((await selected).detail.id).to.equal('ovh');
    });

    it('does not throw when defined twice', async () => {
      const {defineEcosystemMap} = await import('../define.js');
      expect(() => defineEcosystemMap()).not.to.throw();
    });
  });

  it('does not fire site-select again for the site already open', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" selected="iut" .data=${collection()}></ecosystem-map>`);
    await partShown(el, 'details');
    let fired = 0;
    el.addEventListener('site-select', () => fired++);
    el.selected = 'iut';
    await el.updateComplete;
    expect(fired).to.equal(0);
  });
});
