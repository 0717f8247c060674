import {expect} from '@open-wc/testing';
import {parseCenter, parseZoom, zoomConverter} from './view-converters.js';

describe('parseCenter (center="lat,lon")', () => {
  it('reads a latitude,longitude pair, spaces allowed', () => {
    expect(parseCenter('50.69,3.17')).to.deep.equal([50.69, 3.17]);
    expect(parseCenter(' 50.6942 , 3.1746 ')).to.deep.equal([50.6942, 3.1746]);
    expect(parseCenter('-33.9,-70.6')).to.deep.equal([-33.9, -70.6]);
  });

  it('accepts the extreme valid values', () => {
    expect(parseCenter('90,180')).to.deep.equal([90, 180]);
    expect(parseCenter('-90,-180')).to.deep.equal([-90, -180]);
  });

  it('rejects coordinates out of range, so the map falls back to fitting the data', () => {
    expect(parseCenter('91,3.17')).to.equal(null);
    expect(parseCenter('-90.5,3.17')).to.equal(null);
    expect(parseCenter('50.69,181')).to.equal(null);
    expect(parseCenter('50.69,-180.01')).to.equal(null);
  });

  it('rejects garbage instead of centring the map on NaN or 0,0', () => {
    for (const value of [
      'Lille',
      '50.69',
      '50.69,',
      ',3.17',
      '50.69,3.17,12',
      '50,69, 3,17', // French decimal commas
      '50.69;3.17',
      'abc,def',
      'NaN,3',
      'Infinity,3',
      ' , ',
      '',
      '   ',
    ]) {
      expect(parseCenter(value), JSON.stringify(value)).to.equal(null);
    }
    expect(parseCenter(null)).to.equal(null);
    expect(parseCenter(undefined)).to.equal(null);
  });
});

describe('parseZoom (zoom attribute)', () => {
  it('reads zoom levels from 0 to 22, as string or number, fractional allowed', () => {
    expect(parseZoom('12')).to.equal(12);
    expect(parseZoom(14)).to.equal(14);
    expect(parseZoom('0')).to.equal(0);
    expect(parseZoom(22)).to.equal(22);
    expect(parseZoom('13.5')).to.equal(13.5);
  });

  it('rejects levels out of range and garbage', () => {
    for (const value of ['23', -1, '-0.5', 'abc', 'twelve', NaN, Infinity, '', null, undefined, {}]) {
      expect(parseZoom(value), JSON.stringify(value) ?? 'undefined').to.equal(null);
    }
  });
});

describe('zoomConverter (zoom attribute → property)', () => {
  it('an empty or garbage zoom is not a zoom level (never 0, the whole world)', () => {
    const read = (value: string | null) => zoomConverter.fromAttribute!(value, Number);
    expect(parseZoom(read(''))).to.equal(null);
    expect(parseZoom(read('  '))).to.equal(null);
    expect(parseZoom(read('abc'))).to.equal(null);
    expect(read(null)).to.equal(undefined);
    expect(read('14')).to.equal(14);
  });
});
