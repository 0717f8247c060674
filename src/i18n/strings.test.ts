import {expect} from '@open-wc/testing';
import {formatList, formatNumber, formatYear, plural} from './format.js';
import type {DataErrorCode} from '../events/data-error.js';
import {loadMessages, messagesFor, UI_LANGS, type LoadProblem, type Messages, type UiLang} from './strings.js';

const ERROR_CODES: DataErrorCode[] = ['network', 'http', 'parse', 'format', 'too-large', 'timeout'];
/** Every distinct situation the error sentence tells apart. */
const PROBLEMS: LoadProblem[] = [
  ...ERROR_CODES.map((code) => ({code})),
  ...[400, 401, 403, 404, 410, 429, 500, 502, 503].map((httpStatus) => ({code: 'http' as const, httpStatus})),
  {code: 'network', offline: true},
];
/** Narrow no-break space: how French groups thousands. */
const NNBSP = '\u202f';

// A language left out of the table does not compile (this line fails typecheck if `nl` stops being required).
// @ts-expect-error: `nl` is missing
const incomplete: Record<UiLang, Messages> = {fr: messagesFor('fr'), en: messagesFor('en')};
void incomplete;

describe('strings', () => {
  // English and Dutch are chunks of their own: loaded before the tests read them.
  before(() => Promise.all([loadMessages('en'), loadMessages('nl')]));

  it('interface languages: French, English and Dutch', () => {
    expect([...UI_LANGS]).to.deep.equal(['fr', 'en', 'nl']);
  });

  it('every language has the same keys', () => {
    const fr = messagesFor('fr');
    for (const lang of UI_LANGS) {
      expect(Object.keys(messagesFor(lang)).sort(), lang).to.deep.equal(Object.keys(fr).sort());
    }
  });

  it('no string is empty or untranslated (each language differs from the others where a visitor reads it)', () => {
    const visibleKeys = [
      'mapLabel',
      'mapKeys',
      'skipToList',
      'loading',
      'searchLabel',
      'searchPlaceholder',
      'listLabel',
      'clearFilters',
      'retry',
      'viewList',
      'close',
      'zoomIn',
      'zoomOut',
      'filterLabel',
      'showAll',
      'sectorsLabel',
    ] as const;
    for (const lang of UI_LANGS) {
      const messages = messagesFor(lang) as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string') expect(value.trim(), `${lang}.${key}`).not.to.equal('');
      }
      for (const problem of PROBLEMS) {
        expect(messagesFor(lang).dataError(problem).trim(), `${lang} ${JSON.stringify(problem)}`).not.to.equal('');
      }
    }
    for (const [a, b] of [
      ['fr', 'en'],
      ['fr', 'nl'],
      ['en', 'nl'],
    ] as const) {
      for (const key of visibleKeys) expect(messagesFor(a)[key], `${a}/${b} ${key}`).not.to.equal(messagesFor(b)[key]);
      for (const problem of PROBLEMS) {
        expect(messagesFor(a).dataError(problem), `${a}/${b} ${JSON.stringify(problem)}`).not.to.equal(
          messagesFor(b).dataError(problem),
        );
      }
    }
  });

  describe('the error sentence tells what happened', () => {
    const fr = messagesFor('fr');
    let en: Messages;
    before(() => {
      en = messagesFor('en');
    });

    it('a 404 is "introuvable (404)", not "refused"', () => {
      expect(fr.dataError({code: 'http', httpStatus: 404})).to.contain('introuvable (404)');
      expect(en.dataError({code: 'http', httpStatus: 404})).to.contain('cannot be found (404)');
      expect(fr.dataError({code: 'http', httpStatus: 404})).not.to.match(/refus/);
    });

    it('"refused" only for 401 and 403', () => {
      expect(fr.dataError({code: 'http', httpStatus: 403})).to.contain('refusé (403)');
      expect(fr.dataError({code: 'http', httpStatus: 401})).to.contain('refusé (401)');
      expect(en.dataError({code: 'http', httpStatus: 403})).to.contain('refused (403)');
      for (const problem of PROBLEMS.filter((p) => p.httpStatus !== 401 && p.httpStatus !== 403)) {
        expect(fr.dataError(problem), JSON.stringify(problem)).not.to.match(/refus/);
        expect(en.dataError(problem), JSON.stringify(problem)).not.to.match(/refus/);
      }
    });

    it('5xx is a server error, with its status', () => {
      expect(fr.dataError({code: 'http', httpStatus: 500}))
        .to.contain('serveur')
        .and.contain('500');
      expect(en.dataError({code: 'http', httpStatus: 503}))
        .to.contain('server')
        .and.contain('503');
    });

    it('network: offline when the browser says so, unreachable otherwise', () => {
      expect(fr.dataError({code: 'network', offline: true})).to.contain('hors ligne');
      expect(en.dataError({code: 'network', offline: true})).to.contain('offline');
      expect(fr.dataError({code: 'network'})).to.contain('injoignable');
      expect(en.dataError({code: 'network'})).to.contain('cannot be reached');
    });
  });

  it('"no site matches" names the search and the number of sectors', () => {
    const fr = messagesFor('fr');
    const en = messagesFor('en');
    expect(fr.noMatch('xyz', 2)).to.equal('Aucun site ne correspond à « xyz » dans 2 secteurs.');
    expect(fr.noMatch('xyz', 1)).to.equal('Aucun site ne correspond à « xyz » dans 1 secteur.');
    expect(fr.noMatch(' xyz ', 0)).to.equal('Aucun site ne correspond à « xyz ».');
    expect(fr.noMatch('', 1)).to.equal('Aucun site dans 1 secteur.');
    expect(en.noMatch('xyz', 2)).to.equal('No site matches “xyz” in 2 sectors.');
    expect(en.noMatch('xyz', 1)).to.equal('No site matches “xyz” in 1 sector.');
    expect(en.noMatch('xyz', 0)).to.equal('No site matches “xyz”.');
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

    it('the "show more" button under a long list', () => {
      expect(messagesFor('en').showMore(300, 1)).to.equal('Show 300 more (1 site not listed yet)');
      expect(messagesFor('en').showMore(300, 1234)).to.equal('Show 300 more (1,234 sites not listed yet)');
      expect(messagesFor('fr').showMore(1, 1)).to.equal('Afficher 1 de plus (1 autre site à afficher)');
      expect(messagesFor('fr').showMore(300, 1234)).to.equal('Afficher 300 de plus (1\u202f234 autres sites à afficher)');
      expect(messagesFor('nl').showMore(300, 1)).to.equal('Toon er nog 300 (1 locatie nog niet getoond)');
      expect(messagesFor('nl').showMore(300, 1234)).to.equal('Toon er nog 300 (1.234 locaties nog niet getoond)');
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

  it('writes numbers exactly as Intl.NumberFormat does, the shortcut under 1000 included', () => {
    for (const lang of ['fr', 'en', 'nl'] as const) {
      const intl = new Intl.NumberFormat(lang);
      for (const value of [0, 1, 7, 46, 999, 1000, 1001, 12345, 1e6, 2.5, -3]) {
        expect(formatNumber(lang, value), `${lang} ${value}`).to.equal(intl.format(value));
      }
    }
  });

  it('picks plural forms and joins lists exactly as Intl.PluralRules and Intl.ListFormat do', () => {
    const forms = {one: 'one', other: 'other'};
    const words = ['Pôle', 'École', 'Hub', 'Cloud', 'Lab'];
    for (const lang of ['fr', 'en', 'nl'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (const count of [0, 1, 2, 3, 11, 21, 100, 1000, 1e6, 1.5]) {
        expect(plural(lang, count, forms), `${lang} ${count}`).to.equal(rules.select(count) === 'one' ? 'one' : 'other');
      }
      const lists = new Intl.ListFormat(lang, {type: 'conjunction'});
      for (let length = 0; length <= words.length; length++) {
        const items = words.slice(0, length);
        expect(formatList(lang, items), `${lang} ${length}`).to.equal(lists.format(items));
      }
    }
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
    expect(fr.clusterLabel(12, ['EuraTechnologies', 'Blanchemaille'])).to.equal(
      '12 sites, dont EuraTechnologies, Blanchemaille…',
    );
    expect(en.clusterLabel(2, ['A', 'B'])).to.equal('2 sites, including A, B');
    expect(nl.clusterLabel(3, ['A', 'B'])).to.equal('3 locaties, waaronder A, B…');
  });
});
