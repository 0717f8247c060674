import {expect, html} from '@open-wc/testing';
import sinon from 'sinon';
import {directionsUrl, geoUri} from './directions.js';
import type {SiteFeature} from '../data/types.js';
import {collection, part, partShown, renderMap} from '../testing/environment.js';

const site = (lon: number, lat: number) =>
  ({
    type: 'Feature',
    id: 'x',
    geometry: {type: 'Point', coordinates: [lon, lat]},
    properties: {name: 'X', sectors: ['hub']},
  }) as SiteFeature;

describe('directions', () => {
  afterEach(() => sinon.restore());

  it('builds the OpenStreetMap directions URL and the geo: URI from the coordinates (lat, lon)', () => {
    expect(directionsUrl(site(3.16713, 50.69633))).to.equal(
      'https://www.openstreetmap.org/directions?route=%3B50.69633%2C3.16713',
    );
    expect(geoUri(site(3.16713, 50.69633))).to.equal('geo:50.69633,3.16713');
    // Rounded to 6 decimals, negative coordinates kept.
    expect(geoUri(site(-0.123456789, -33.1))).to.equal('geo:-33.1,-0.123457');
  });

  it('the details panel links to directions in a new tab, without any request before a click', async () => {
    const {el} = await renderMap(html`<ecosystem-map tiles="none" .data=${collection()} selected="ovh"></ecosystem-map>`);
    const details = await partShown(el, 'details');
    const link = details.querySelector<HTMLAnchorElement>('a.directions')!;
    expect(link.textContent.trim()).to.equal('Itinéraire');
    expect(link.href).to.equal('https://www.openstreetmap.org/directions?route=%3B50.6935%2C3.2');
    expect(link.target).to.equal('_blank');
    expect(link.rel.split(' ')).to.include('noopener');
    expect(details.querySelector('a.geo'), 'no geo: link with a mouse').to.equal(null);
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.filter((url) => url.includes('openstreetmap.org'))).to.deep.equal([]);
  });

  it('adds a geo: link on touch devices', async () => {
    const real = window.matchMedia.bind(window);
    sinon
      .stub(window, 'matchMedia')
      .callsFake((query: string) =>
        query === '(pointer: coarse)' ? ({matches: true, media: query} as MediaQueryList) : real(query),
      );
    const {el} = await renderMap(
      html`<ecosystem-map tiles="none" lang="en" .data=${collection()} selected="iut"></ecosystem-map>`,
    );
    const geo = part(el, 'details')!.querySelector<HTMLAnchorElement>('a.geo')!;
    expect(geo.getAttribute('href')).to.equal('geo:50.6843,3.1766');
    expect(geo.textContent.trim()).to.equal('Open in a maps app');
    expect(part(el, 'details')!.querySelector('a.directions')!.textContent.trim()).to.equal('Directions');
  });
});
