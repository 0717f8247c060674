import {expect} from '@open-wc/testing';
import {messagesFor, UI_LANGS, type Messages} from './strings.js';

const ERROR_CODES = ['network', 'http', 'parse', 'format', 'too-large', 'timeout'];

describe('strings', () => {
  it('every language has the same keys, and every data-error code has a message', () => {
    const fr = messagesFor('fr');
    for (const lang of UI_LANGS) {
      const messages = messagesFor(lang);
      expect(Object.keys(messages).sort(), lang).to.deep.equal(Object.keys(fr).sort());
      expect(Object.keys(messages.dataError).sort(), lang).to.deep.equal([...ERROR_CODES].sort());
    }
  });

  it('no string is empty or untranslated (English differs from French where a visitor reads it)', () => {
    const fr = messagesFor('fr');
    const en = messagesFor('en');
    for (const lang of UI_LANGS) {
      const messages = messagesFor(lang) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.to.equal('');
      }
      for (const code of ERROR_CODES) {
        expect(messagesFor(lang).dataError[code as keyof Messages['dataError']].trim(), `${lang}.dataError.${code}`).not.to.equal('');
      }
    }
    for (const key of ['mapLabel', 'loading', 'searchLabel', 'emptyList', 'close', 'zoomIn', 'zoomOut'] as const) {
      expect(en[key], key).not.to.equal(fr[key]);
    }
    for (const code of ERROR_CODES) {
      const k = code as keyof Messages['dataError'];
      expect(en.dataError[k], code).not.to.equal(fr.dataError[k]);
    }
  });

  describe('plurals read right for 0, 1 and 2', () => {
    it('French status line (0 and 1 are singular in French)', () => {
      const fr = messagesFor('fr');
      expect(fr.sitesShown(0, 0)).to.equal('0 site');
      expect(fr.sitesShown(1, 1)).to.equal('1 site');
      expect(fr.sitesShown(2, 2)).to.equal('2 sites');
      expect(fr.sitesShown(46, 46)).to.equal('46 sites');
      expect(fr.sitesShown(0, 46)).to.equal('0 site affiché sur 46');
      expect(fr.sitesShown(1, 46)).to.equal('1 site affiché sur 46');
      expect(fr.sitesShown(2, 46)).to.equal('2 sites affichés sur 46');
    });

    it('English status line', () => {
      const en = messagesFor('en');
      expect(en.sitesShown(0, 0)).to.equal('0 sites');
      expect(en.sitesShown(1, 1)).to.equal('1 site');
      expect(en.sitesShown(2, 2)).to.equal('2 sites');
      expect(en.sitesShown(0, 46)).to.equal('0 sites shown of 46');
      expect(en.sitesShown(1, 46)).to.equal('1 site shown of 46');
      expect(en.sitesShown(2, 46)).to.equal('2 sites shown of 46');
    });

    it('sector counts', () => {
      const fr = messagesFor('fr');
      const en = messagesFor('en');
      expect([0, 1, 2].map(fr.sectorCount)).to.deep.equal(['0 site', '1 site', '2 sites']);
      expect([0, 1, 2].map(en.sectorCount)).to.deep.equal(['0 sites', '1 site', '2 sites']);
    });

    it('"… and N more" under a long list', () => {
      expect(messagesFor('en').moreSites(1)).to.equal('… and 1 more: narrow the search to see them.');
      expect(messagesFor('en').moreSites(2)).to.equal('… and 2 more: narrow the search to see them.');
      expect(messagesFor('fr').moreSites(2)).to.equal('… et 2 autres : affinez la recherche pour les voir.');
      // 301 sites with the 300-item list limit leave exactly one out.
      expect(messagesFor('fr').moreSites(1)).to.match(/^… et 1 autre\b(?!s)/);
    });
  });

  it('interpolates the values a visitor reads', () => {
    const fr = messagesFor('fr');
    const en = messagesFor('en');
    expect(fr.website('example.org')).to.include('example.org');
    expect(en.opened(2009)).to.equal('Since 2009');
    expect(fr.opened(2009)).to.equal('Depuis 2009');
    expect(en.approximatePosition(50)).to.include('50 m');
    expect(fr.clusterLabel(12, ['EuraTechnologies', 'Blanchemaille'])).to.equal('12 sites, dont EuraTechnologies, Blanchemaille…');
    expect(en.clusterLabel(2, ['A', 'B'])).to.equal('2 sites, including A, B');
  });
});
