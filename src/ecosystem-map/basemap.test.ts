import {expect} from '@open-wc/testing';
import type {TileLayer} from 'leaflet';
import {resolveTiles} from '../utils/tiles.js';
import {createTileLayer} from './basemap.js';

// Built without adding them to a map: no tile is requested, nothing reaches the internet.
describe('createTileLayer', () => {
  it('asks OSM with a referrer policy, so partner pages with no-referrer still get tiles', () => {
    const layer = createTileLayer(resolveTiles('osm').source) as TileLayer;
    expect((layer as unknown as {_url: string})._url).to.equal('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(layer.options.referrerPolicy).to.equal('strict-origin-when-cross-origin');
  });

  it('uses the IGN Plan v2 WMTS for ign', () => {
    const layer = createTileLayer(resolveTiles('ign').source) as TileLayer;
    const url = (layer as unknown as {_url: string})._url;
    expect(url).to.contain('https://data.geopf.fr/wmts?');
    expect(url).to.contain('LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2');
    expect(url).to.contain('TILEMATRIX={z}&TILEROW={y}&TILECOL={x}');
  });

  it('makes no layer at all for none', () => {
    expect(createTileLayer(resolveTiles('none').source)).to.equal(null);
  });
});
