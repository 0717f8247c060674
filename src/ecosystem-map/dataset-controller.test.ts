import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {FeatureCollection} from 'geojson';
import {stub, type SinonStub} from 'sinon';
import type {EcosystemMap} from './ecosystem-map.js';
import type {DataErrorEvent} from '../events/data-error.js';
import type {DataLoadEvent} from '../events/data-load.js';
import {collection, markerIds, part, partShown, renderMap} from '../testing/environment.js';

/** Renders a map whose data fails, and returns the event and the visible message. */
async function renderFailing(src: string, lang = 'fr', timeout?: number) {
  const el = await fixture<EcosystemMap>(
    html`<ecosystem-map tiles="none" lang=${lang} src=${src} load-timeout=${timeout ?? 15000}></ecosystem-map>`,
  );
  const event = (await oneEvent(el, 'data-error')) as DataErrorEvent;
  const error = await partShown(el, 'error');
  return {el, event, error};
}

describe('loading data', () => {
  let warn: SinonStub;
  beforeEach(() => {
    warn = stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('loads the src URL instead of the embedded dataset, and a new src when it changes', async () => {
    const {el, event} = await renderMap(html`<ecosystem-map tiles="none" src="/test/fixtures/small.geojson"></ecosystem-map>`);
    expect(event.detail).to.deep.equal({count: 2, rejected: []});
    expect(markerIds(el)).to.deep.equal(['ovh', 'plaine-images']);
    el.src = '/test/fixtures/partial.geojson';
    const next = (await oneEvent(el, 'data-load')) as DataLoadEvent;
    expect(next.detail.count).to.equal(2);
    expect(markerIds(el)).to.deep.equal(['lepoutre', 'ovh']);
  });

  it('prefers the data property over src', async () => {
    const {el, event} = await renderMap(
      html`<ecosystem-map tiles="none" src="/test/fixtures/small.geojson" .data=${collection()}></ecosystem-map>`,
    );
    expect(event.detail.count).to.equal(4);
    expect(markerIds(el)).to.include('blanchemaille');
  });

  it('shows only the answer to the latest src when an older one is still on its way', async () => {
    const el = await fixture<EcosystemMap>(html`<ecosystem-map tiles="none" src="/test-api/slow"></ecosystem-map>`);
    el.src = '/test/fixtures/small.geojson';
    const loaded = (await oneEvent(el, 'data-load')) as DataLoadEvent;
    expect(loaded.detail.count).to.equal(2);
    expect(markerIds(el)).to.deep.equal(['ovh', 'plaine-images']);
  });

  it('says it is loading, the map then the sites, until the data arrives', async () => {
    // The server answers after 300 ms: the sites are still on their way once the map's code has loaded.
    const el = await fixture<EcosystemMap>(html`<ecosystem-map tiles="none" src="/test-api/delayed-small"></ecosystem-map>`);
    expect(part(el, 'status')!.textContent).to.equal('Chargement de la carte…');
    const loaded = oneEvent(el, 'data-load');
    await waitUntil(() => part(el, 'status')!.textContent === 'Chargement des sites…', 'never said the sites are loading');
    await loaded;
    expect(part(el, 'status')!.textContent).to.equal('2 sites');
  });

  it('shows the valid features of a partial dataset and reports the others with a reason', async () => {
    const {el, event} = await renderMap(html`<ecosystem-map tiles="none" src="/test/fixtures/partial.geojson"></ecosystem-map>`);
    expect(event.detail.count).to.equal(2);
    expect(markerIds(el)).to.deep.equal(['lepoutre', 'ovh']);
    const rejected = event.detail.rejected.map(({id, field}) => ({id, field}));
    expect(rejected).to.deep.equal([
      {id: 'no-name', field: 'name'},
      {id: 'bad-geometry', field: 'geometry.type'},
    ]);
    expect(event.detail.rejected.every((problem) => problem.message.length > 10)).to.equal(true);
    const warnings = warn.getCalls().map((call) => String(call.args[0]));
    expect(warnings.some((line) => line.includes('no-name') && line.includes('name'))).to.equal(true);
    expect(warnings.some((line) => line.includes('bad-geometry'))).to.equal(true);
  });

  describe('errors: a data-error event with a stable code, and a visible sentence', () => {
    it('http, for a 404: "introuvable (404)", and nothing about filters', async () => {
      const {el, event, error} = await renderFailing('/test-api/status/404');
      expect(event.detail).to.include({code: 'http'});
      expect(event.detail.message).to.contain('404');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(error.textContent).to.contain('introuvable (404)');
      expect(error.textContent).not.to.match(/refus/);
      expect(part(el, 'status')!.textContent.trim(), 'the status line stays empty').to.equal('');
      expect(part(el, 'list')!.textContent.trim(), 'the list says nothing').to.equal('');
      expect(el.shadowRoot!.textContent).not.to.match(/filtre|correspond/);
      expect(part(el, 'no-result')).to.equal(null);
    });

    it('http, refused only for 401 and 403', async () => {
      const forbidden = await renderFailing('/test-api/status/403');
      expect(forbidden.event.detail.code).to.equal('http');
      expect(forbidden.error.textContent).to.contain('refusé (403)');
      const unauthorised = await renderFailing('/test-api/status/401', 'en');
      expect(unauthorised.error.textContent).to.contain('refused (401)');
    });

    it('http, a server error for a 5xx, in English with lang="en"', async () => {
      const {event, error} = await renderFailing('/test-api/status/500', 'en');
      expect(event.detail.code).to.equal('http');
      expect(error.querySelector('p')!.textContent).to.equal(
        'The map data server is failing (error 500); try again in a moment.',
      );
    });

    it('Retry loads the same source again, and shows it when it answers', async () => {
      const {el, error} = await renderFailing(`/test-api/fails-once/retry-${Math.random().toString(36).slice(2)}`);
      expect(error.textContent).to.contain('503');
      const retry = [...error.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Réessayer');
      expect(retry, 'a Retry button').to.not.equal(undefined);
      const loaded = oneEvent(el, 'data-load') as Promise<DataLoadEvent>;
      retry!.click();
      expect((await loaded).detail.count).to.equal(2);
      expect(part(el, 'error')).to.equal(null);
      expect(markerIds(el)).to.deep.equal(['ovh', 'plaine-images']);
      expect(part(el, 'status')!.textContent).to.equal('2 sites');
    });

    it('parse, for a file that is not JSON', async () => {
      const {event, error} = await renderFailing('/test-api/invalid-json');
      expect(event.detail.code).to.equal('parse');
      expect(error.textContent).to.contain('JSON');
    });

    it('format, for JSON that is not a FeatureCollection', async () => {
      const {event} = await renderFailing('/test-api/not-geojson');
      expect(event.detail.code).to.equal('format');
    });

    it('format, when no feature at all can be shown', async () => {
      const el = await fixture<EcosystemMap>(
        html`<ecosystem-map
          tiles="none"
          .data=${{type: 'FeatureCollection', features: [{type: 'Feature', id: 'a', geometry: null, properties: {}}]} as unknown as FeatureCollection}
        ></ecosystem-map>`,
      );
      const event = (await oneEvent(el, 'data-error')) as DataErrorEvent;
      expect(event.detail.code).to.equal('format');
      await partShown(el, 'error');
    });

    it('too-large, when the server announces more than the limit', async () => {
      const {event} = await renderFailing('/test-api/too-large');
      expect(event.detail.code).to.equal('too-large');
    });

    it('timeout, when the server does not answer in time', async () => {
      const {event, error} = await renderFailing('/test-api/slow', 'en', 300);
      expect(event.detail.code).to.equal('timeout');
      expect(error.textContent).to.contain('taking too long');
    });

    it('network, when the server cannot be reached', async () => {
      // Port 9 (discard) on the loopback: refused at once, and never leaves the machine.
      const {event, error} = await renderFailing('http://127.0.0.1:9/sites.geojson');
      expect(event.detail.code).to.equal('network');
      expect(error.textContent).to.contain('injoignable');
    });

    it('network, while the browser is offline: says so', async () => {
      Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false});
      try {
        const {event, error} = await renderFailing('http://127.0.0.1:9/sites.geojson', 'en');
        expect(event.detail.code).to.equal('network');
        expect(error.textContent).to.contain('you are offline');
      } finally {
        delete (navigator as unknown as Record<string, unknown>)['onLine'];
      }
    });

    it('recovers when src is fixed', async () => {
      const {el} = await renderFailing('/test-api/status/404');
      el.src = '/test/fixtures/small.geojson';
      await oneEvent(el, 'data-load');
      expect(part(el, 'error')).to.equal(null);
      expect(markerIds(el)).to.have.length(2);
    });
  });
});
