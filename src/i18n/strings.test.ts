import {expect} from '@open-wc/testing';
import {formatList, formatNumber, formatYear} from './format.js';
import {messagesFor, UI_LANGS, type Messages, type UiLang} from './strings.js';

const ERROR_CODES = ['network', 'http', 'parse', 'format', 'too-large', 'timeout'];
/** Narrow no-break space: how French groups thousands. */
const NNBSP = '\u202f';

// A language left out of the table does not compile (this line fails typecheck if `nl` stops being required).
// @ts-expect-error: `nl` is missing
const incomplete: Record<UiLang, Messages> = {fr: messagesFor('fr'), en: messagesFor('en')};
void incomplete;

describe('strings', () => {
  it('interface languages: French, English and Dutch', () => {
    expect([...UI_LANGS]).to.deep.equal(['fr', 'en', 'nl']);
  });

  it('every language has the same keys, and every data-error code has a message', () => {
    const fr = messagesFor('fr');
    for (const lang of UI_LANGS) {
      const messages = messagesFor(lang);
      expect(Object.keys(messages).sort(), lang).to.deep.equal(Object.keys(fr).sort());
      expect(Object.keys(messages.dataError).sort(), lang).to.deep.equal([...ERROR_CODES].sort());
    }
  });

  it('no string is empty or untranslated (each language differs from the others where a visitor reads it)', () => {
    const visibleKeys = [
      'mapLabel', 'mapKeys', 'skipToList', 'loading', 'searchLabel', 'searchPlaceholder', 'listLabel', 'emptyList',
      'close', 'zoomIn', 'zoomOut', 'filterLabel', 'showAll', 'sectorsLabel',
    ] as const;
    for (const lang of UI_LANGS) {
      const messages = messagesFor(lang) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.to.equal('');
      }
      for (const code of ERROR_CODES) {
        expect(messagesFor(lang).dataError[code as keyof Messages['dataError']].trim(), `${lang}.dataError.${code}`).not.to.equal('');
      }
    }
    for (const [a, b] of [['fr', 'en'], ['fr', 'nl'], ['en', 'nl']] as const) {
      for (const key of visibleKeys) expect(messagesFor(a)[key], `${a}/${b} ${key}`).not.to.equal(messagesFor(b)[key]);
      for (const code of ERROR_CODES) {
        const k = code as keyof Messages['dataError'];
        expect(messagesFor(a).dataError[k], `${a}/${b} ${code}`).not.to.equal(messagesFor(b).dataError[k]);
      }
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

    it('Dutch status line (only 1 is singular)', () => {
      const nl = messagesFor('nl');
      expect(nl.sitesShown(0, 0)).to.equal('0 locaties');
      expect(nl.sitesShown(1, 1)).to.equal('1 locatie');
      expect(nl.sitesShown(2, 2)).to.equal('2 locaties');
      expect(nl.sitesShown(0, 46)).to.equal('0 van 46 locaties getoond');
      expect(nl.sitesShown(1, 46)).to.equal('1 van 46 locaties getoond');
      expect(nl.sitesShown(0, 1)).to.equal('0 van 1 locatie getoond');
    });

    it('sector counts', () => {
      expect([0, 1, 2].map(messagesFor('fr').sectorCount)).to.deep.equal(['0 site', '1 site', '2 sites']);
      expect([0, 1, 2].map(messagesFor('en').sectorCount)).to.deep.equal(['0 sites', '1 site', '2 sites']);
      expect([0, 1, 2].map(messagesFor('nl').sectorCount)).to.deep.equal(['0 locaties', '1 locatie', '2 locaties']);
    });

    it('"… and N more" under a long list', () => {
      expect(messagesFor('en').moreSites(1)).to.equal('… and 1 more: narrow the search to see them.');
      expect(messagesFor('en').moreSites(2)).to.equal('… and 2 more: narrow the search to see them.');
      expect(messagesFor('fr').moreSites(2)).to.equal('… et 2 autres : affinez la recherche pour les voir.');
      // 301 sites with the 300-item list limit leave exactly one out.
      expect(messagesFor('fr').moreSites(1)).to.match(/^… et 1 autre\b(?!s)/);
      expect(messagesFor('nl').moreSites(1)).to.equal('… en nog 1 locatie: verfijn je zoekopdracht om die te zien.');
      expect(messagesFor('nl').moreSites(2)).to.equal('… en nog 2 locaties: verfijn je zoekopdracht om ze te zien.');
    });
  });

  it('groups thousands the way each language does', () => {
    expect(messagesFor('fr').sitesShown(1234, 1234)).to.equal(`1${NNBSP}234 sites`);
    expect(messagesFor('en').sitesShown(1234, 1234)).to.equal('1,234 sites');
    expect(messagesFor('nl').sitesShown(1234, 1234)).to.equal('1.234 locaties');
    expect(messagesFor('en').sitesShown(12, 1234)).to.equal('12 sites shown of 1,234');
    expect(formatNumber('nl', 100000)).to.equal('100.000');
    expect(messagesFor('nl').approximatePosition(1500)).to.include('1.500 m');
  });

  it('years are never digit-grouped, lists are joined in words', () => {
    expect(formatYear('fr', 2009)).to.equal('2009');
    expect(formatYear('nl', 1998)).to.equal('1998');
    expect(formatList('fr', ['Pôle', 'École'])).to.equal('Pôle et École');
    expect(formatList('en', ['Hub', 'School', 'Cloud'])).to.equal('Hub, School, and Cloud');
    expect(formatList('nl', ['Hub', 'School'])).to.equal('Hub en School');
  });

  it('interpolates the values a visitor reads', () => {
    const fr = messagesFor('fr');
    const en = messagesFor('en');
    const nl = messagesFor('nl');
    expect(fr.website('example.org')).to.include('example.org');
    expect(nl.website('example.org')).to.include('example.org');
    expect(en.opened(2009)).to.equal('Since 2009');
    expect(fr.opened(2009)).to.equal('Depuis 2009');
    expect(nl.opened(2009)).to.equal('Sinds 2009');
    expect(en.approximatePosition(50)).to.include('50 m');
    expect(fr.clusterLabel(12, ['EuraTechnologies', 'Blanchemaille'])).to.equal('12 sites, dont EuraTechnologies, Blanchemaille…');
    expect(en.clusterLabel(2, ['A', 'B'])).to.equal('2 sites, including A, B');
    expect(nl.clusterLabel(3, ['A', 'B'])).to.equal('3 locaties, waaronder A, B…');
  });
});
