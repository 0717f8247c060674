import {expect} from '@open-wc/testing';
import {isTileTemplate, resolveTiles} from './tile-presets.js';

const IGN_URL =
  'https://data.geopf.fr/wmts?SERVICE=WMTS&VERSION=1.0.0&REQUEST=GetTile&LAYER=GEOGRAPHICALGRIDSYSTEMS.PLANIGNV2' +
  '&STYLE=normal&FORMAT=image/png&TILEMATRIXSET=PM&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}';

/** Policies that still send a Referer to tile.openstreetmap.org from an https page. */
const REFERRER_SENDING = [
  'strict-origin-when-cross-origin',
  'strict-origin',
  'origin',
  'origin-when-cross-origin',
  'no-referrer-when-downgrade',
  'unsafe-url',
];

describe('resolveTiles (tiles attribute)', () => {
  it('defaults to OpenStreetMap, credited, with a referrer policy OSM accepts', () => {
    for (const value of [undefined, null, '', 'osm', 'OSM', '  osm ']) {
      const {source, problem} = resolveTiles(value);
      expect(problem, String(value)).to.equal(undefined);
      expect(source.kind).to.equal('raster');
      if (source.kind !== 'raster') return;
      expect(source.url).to.equal('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
      expect(source.attribution).to.equal('© OpenStreetMap contributors');
      expect(REFERRER_SENDING).to.include(source.referrerPolicy);
    }
  });

  it('ign is the keyless IGN Géoplateforme WMTS, credited', () => {
    const {source, problem} = resolveTiles('ign');
    expect(problem).to.equal(undefined);
    expect(source).to.include({kind: 'raster', url: IGN_URL, attribution: 'IGN-F / Géoportail'});
    expect(resolveTiles('IGN').source).to.deep.equal(source);
  });

  it('none requests no tile at all', () => {
    expect(resolveTiles('none')).to.deep.equal({source: {kind: 'none'}});
    expect(resolveTiles(' None ').source).to.deep.equal({kind: 'none'});
  });

  it('accepts http(s) and page-relative {z}/{x}/{y} templates as given', () => {
    for (const url of [
      'https://tiles.example.org/{z}/{x}/{y}.png',
      'http://tiles.example.org/{z}/{x}/{y}.png?key=abc',
      '/test-tiles/{z}/{x}/{y}.png',
      'tiles/{z}/{y}/{x}.jpg',
      'HTTPS://tiles.example.org/{z}/{x}/{y}.png',
      'https://{s}.tile.example.org/{z}/{x}/{y}{r}.png',
      'https://tiles.example.org/{z}/{x}/{-y}/{y}.png',
    ]) {
      const {source, problem} = resolveTiles(url);
      expect(problem, url).to.equal(undefined);
      expect(source, url).to.include({kind: 'raster', url});
    }
  });

  it('falls back to the offline outline, with a reason, for anything else', () => {
    for (const value of [
      'javascript:alert(1)//{z}/{x}/{y}',
      'JavaScript:alert(1)//{z}/{x}/{y}',
      ' javascript:alert(1)//{z}/{x}/{y}',
      'data:image/png;base64,{z}{x}{y}',
      'ftp://tiles.example.org/{z}/{x}/{y}.png',
      'https://tiles.example.org/tile.png', // no {z}/{x}/{y}
      'https://tiles.example.org/{x}/{y}.png', // no {z}
      'https://tiles.example.org/{z}/{x}.png', // no {y}
      'stamen',
      'google',
      'https://h/{id}/{z}/{x}/{y}?access_token={accessToken}', // Mapbox-style extra placeholders
      'java\tscript:alert(1)//{z}/{x}/{y}', // control characters inside the scheme
      'da\tta:image/png,{z}{x}{y}',
      '\u0001javascript:alert(1)//{z}/{x}/{y}',
      'java\nscript:alert(1)//{z}/{x}/{y}',
    ]) {
      const {source, problem} = resolveTiles(value);
      expect(source, value).to.deep.equal({kind: 'none'});
      expect(problem, value).to.be.a('string').and.include('tiles=');
    }
  });

  it('isTileTemplate agrees with what resolveTiles accepts', () => {
    expect(isTileTemplate('https://a.example/{z}/{x}/{y}.png')).to.equal(true);
    expect(isTileTemplate('javascript:{z}{x}{y}')).to.equal(false);
    expect(isTileTemplate('https://a.example/{z}/{x}.png')).to.equal(false);
  });
});
