import {expect} from '@open-wc/testing';
import {EMPTY_LINK_STATE, linkPrefix, linkStateOf, readLinkState, sameLinkState, writeLinkState} from './deep-link.js';

describe('deep-link codec', () => {
  it('reads the three pairs, percent-decoded, with or without the #', () => {
    const fragment = '#map-site=ovh%20hq&map-sectors=cloud,hub%2Cx&map-q=caf%C3%A9%20%26%20th%C3%A9';
    expect(readLinkState(fragment, 'map')).to.deep.equal({
      found: {site: 'ovh hq', sectors: ['cloud', 'hub,x'], query: 'café & thé'},
      warnings: [],
    });
    expect(readLinkState(fragment.slice(1), 'map').found.site).to.equal('ovh hq');
  });

  it('absent pairs are the empty state; the host page pairs are not read', () => {
    expect(linkStateOf('#top&lang=fr&page=2', 'map')).to.deep.equal(EMPTY_LINK_STATE);
    expect(linkStateOf('', 'map')).to.deep.equal(EMPTY_LINK_STATE);
    expect(linkStateOf('#mapsite=x&map=y&site=z', 'map')).to.deep.equal(EMPTY_LINK_STATE);
  });

  it('uses the element id as prefix, so two maps keep separate pairs', () => {
    const fragment = '#jobs-site=ovh&places-site=iut&places-q=roubaix';
    expect(linkStateOf(fragment, linkPrefix('jobs'))).to.deep.equal({...EMPTY_LINK_STATE, site: 'ovh'});
    expect(linkStateOf(fragment, linkPrefix('places'))).to.deep.equal({...EMPTY_LINK_STATE, site: 'iut', query: 'roubaix'});
    expect(linkPrefix(undefined)).to.equal('map');
    expect(linkPrefix('')).to.equal('map');
  });

  it('ignores malformed and unknown pairs with one warning each, and keeps the rest', () => {
    const {found, warnings} = readLinkState('#map-site=%E0%A4%A&map-zoom=3&map-q=ok&map-q=again&map-sectors=a,%ZZ', 'map');
    expect(found).to.deep.equal({query: 'ok'});
    expect(warnings).to.have.length(4);
    expect(warnings[0]).to.contain('map-site=%E0%A4%A');
    expect(warnings[1]).to.contain('map-zoom=3');
    expect(warnings[2]).to.contain('repeats map-q');
    expect(warnings[3]).to.contain('map-sectors=a,%ZZ');
  });

  it('drops blank and repeated sector ids, and a blank site', () => {
    expect(readLinkState('#map-sectors=a,,b,a,%20&map-site=%20', 'map').found).to.deep.equal({
      sectors: ['a', 'b'],
      site: undefined,
    });
  });

  it('writes its pairs after the host page segments, which stay untouched and in order', () => {
    const state = {site: 'ovh', sectors: ['cloud', 'hub'], query: 'data & co'};
    expect(writeLinkState('#top&lang=fr&b=%C3%A9', 'map', state)).to.equal(
      'top&lang=fr&b=%C3%A9&map-site=ovh&map-sectors=cloud,hub&map-q=data%20%26%20co',
    );
    expect(writeLinkState('', 'map', state)).to.equal('map-site=ovh&map-sectors=cloud,hub&map-q=data%20%26%20co');
  });

  it('replaces its pairs where they stand, removes empty ones and repeats, keeps other maps and unknown keys', () => {
    const fragment = 'a=1&map-q=old&jobs-site=x&map-site=old&map-zoom=3&&map-site=again&z';
    expect(writeLinkState(fragment, 'map', {site: 'new', sectors: [], query: ''})).to.equal(
      'a=1&jobs-site=x&map-site=new&map-zoom=3&&z',
    );
    expect(writeLinkState('map-site=x', 'map', EMPTY_LINK_STATE)).to.equal('');
  });

  it('round-trips any id and text, including the separators and an id with special characters', () => {
    const state = {site: 'a&b=c#d', sectors: ['x,y', 'é'], query: ' 50% off + more, & co '};
    for (const prefix of ['map', 'my map&1']) {
      const fragment = writeLinkState('keep=me', prefix, state);
      expect(fragment.startsWith('keep=me&'), fragment).to.equal(true);
      expect(fragment.slice('keep=me&'.length)).not.to.match(/[ #]/);
      expect(linkStateOf(`#${fragment}`, prefix)).to.deep.equal(state);
      expect(linkStateOf(`#${fragment}`, 'other')).to.deep.equal(EMPTY_LINK_STATE);
    }
  });

  it('compares states by value', () => {
    expect(sameLinkState({site: 'a', sectors: ['x'], query: 'q'}, {site: 'a', sectors: ['x'], query: 'q'})).to.equal(true);
    expect(sameLinkState({site: 'a', sectors: ['x'], query: 'q'}, {site: 'a', sectors: [], query: 'q'})).to.equal(false);
    expect(sameLinkState(EMPTY_LINK_STATE, {...EMPTY_LINK_STATE, site: 'a'})).to.equal(false);
  });
});
