import {expect} from '@open-wc/testing';
import type {Sector} from '../data/types.js';
import {localizedEntry, localizedText, sectorLabel} from './localize.js';

describe('localizedText (descriptions from the data)', () => {
  it('a plain string is shown in every language', () => {
    expect(localizedText('Incubateur', 'fr')).to.equal('Incubateur');
    expect(localizedText('Incubateur', 'en')).to.equal('Incubateur');
  });

  it('picks the wanted language', () => {
    const text = {fr: 'Incubateur', en: 'Incubator'};
    expect(localizedText(text, 'fr')).to.equal('Incubateur');
    expect(localizedText(text, 'en')).to.equal('Incubator');
  });

  it('falls back to the other language rather than showing nothing', () => {
    expect(localizedText({fr: 'Incubateur'}, 'en')).to.equal('Incubateur');
    expect(localizedText({en: 'Incubator'}, 'fr')).to.equal('Incubator');
    expect(localizedText({fr: '', en: 'Incubator'}, 'fr')).to.equal('Incubator');
    expect(localizedText({fr: 'Incubateur', en: ''}, 'en')).to.equal('Incubateur');
  });

  it('Dutch, when the data has it; otherwise French, then English', () => {
    expect(localizedText({fr: 'Incubateur', en: 'Incubator', nl: 'Broedplaats'}, 'nl')).to.equal('Broedplaats');
    expect(localizedText({fr: 'Incubateur', en: 'Incubator'}, 'nl')).to.equal('Incubateur');
    expect(localizedText({fr: '', en: 'Incubator'}, 'nl')).to.equal('Incubator');
    expect(localizedText({fr: 'Incubateur', en: 'Incubator', nl: 'Broedplaats'}, 'fr')).to.equal('Incubateur');
  });

  it('says which other language a fallback text is in, so it can be marked with lang', () => {
    expect(localizedEntry({fr: 'Incubateur', en: 'Incubator'}, 'nl')).to.deep.equal({text: 'Incubateur', otherLang: 'fr'});
    expect(localizedEntry({nl: 'Broedplaats'}, 'nl')).to.deep.equal({text: 'Broedplaats', otherLang: undefined});
    expect(localizedEntry('Incubateur', 'en')).to.deep.equal({text: 'Incubateur', otherLang: undefined});
  });

  it('nothing to show: undefined (so no empty paragraph is rendered)', () => {
    expect(localizedText(undefined, 'fr')).to.equal(undefined);
    expect(localizedText('', 'fr')).to.equal(undefined);
    expect(localizedText({}, 'en')).to.equal(undefined);
    expect(localizedText({fr: '', en: ''}, 'en')).to.equal(undefined);
  });
});

describe('sectorLabel (filter bar and details)', () => {
  const sector = (label: Sector['label']): Sector => ({id: 'ecommerce', label, color: '#228833'});

  it('the label in the interface language', () => {
    expect(sectorLabel(sector({fr: 'Commerce en ligne', en: 'E-commerce'}), 'fr')).to.equal('Commerce en ligne');
    expect(sectorLabel(sector({fr: 'Commerce en ligne', en: 'E-commerce'}), 'en')).to.equal('E-commerce');
  });

  it('falls back to the other language, then to the id', () => {
    expect(sectorLabel(sector({fr: 'Commerce en ligne', en: ''}), 'en')).to.equal('Commerce en ligne');
    expect(sectorLabel(sector({fr: '', en: 'E-commerce'}), 'fr')).to.equal('E-commerce');
    expect(sectorLabel(sector({fr: '', en: ''}), 'fr')).to.equal('ecommerce');
  });

  it('Dutch label when the taxonomy has one, else the French one', () => {
    expect(sectorLabel(sector({fr: 'Commerce en ligne', en: 'E-commerce', nl: 'E-commerce en handel'}), 'nl')).to.equal(
      'E-commerce en handel',
    );
    expect(sectorLabel(sector({fr: 'Commerce en ligne', en: 'E-commerce'}), 'nl')).to.equal('Commerce en ligne');
  });
});
