import {expect} from '@open-wc/testing';
import type {Coords, TileLayer} from 'leaflet';
import {resolveTiles} from './tile-presets.js';
import {createTileLayer} from './basemap.js';
import {L} from './leaflet.js';

const TILE = {x: 33, y: 21, z: 6} as Coords;

/**
 * The URL a layer would request for TILE. The layer is bounded to a spot far from the view: Leaflet
 * knows its zoom but has no tile to load, so nothing reaches the internet (checked: no tile image).
 */
function tileUrl(layer: TileLayer): string {
  const container = document.createElement('div');
  container.style.cssText = 'width: 0; height: 0';
  document.body.append(container);
  const map = L.map(container, {center: [50.6, 3.1], zoom: TILE.z});
  layer.options.bounds = L.latLngBounds([0, 0], [0.001, 0.001]);
  layer.addTo(map);
  const url = layer.getTileUrl(TILE);
  expect(container.querySelectorAll('img')).to.have.length(0);
  map.remove();
  container.remove();
  return url;
}

describe('createTileLayer', () => {
  it('asks OSM with a referrer policy, so partner pages with no-referrer still get tiles', () => {
    const layer = createTileLayer(resolveTiles('osm').source) as TileLayer;
    expect(tileUrl(layer)).to.equal('https://tile.openstreetmap.org/6/33/21.png');
    expect(layer.options.referrerPolicy).to.equal('strict-origin-when-cross-origin');
  });

  it('uses the IGN Plan v2 WMTS for ign', () => {
    const layer = createTileLayer(resolveTiles('ign').source) as TileLayer;
    const url = new URL(tileUrl(layer));
    expect(url.origin + url.pathname).to.equal('https://data.geopf.fr/wmts');
    expect(url.searchParams.get('LAYER')).to.equal('GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2');
    expect([url.searchParams.get('TILEMATRIX'), url.searchParams.get('TILEROW'), url.searchParams.get('TILECOL')]).to.deep.equal([
      '6',
      '21',
      '33',
    ]);
  });

  it('makes no layer at all for none', () => {
    expect(createTileLayer(resolveTiles('none').source)).to.equal(null);
  });
});
