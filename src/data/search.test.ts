import {expect} from '@open-wc/testing';
import type {Sector, SiteFeature, SiteProperties} from './types.js';
import {DatasetView} from './dataset-view.js';
import {countBySector, loadSearchEngine, SCAN_INDEX_FROM, SiteSearch} from './search.js';
import {ScanIndex, singular} from './search-engine.js';
import {normalizeText} from './text.js';

function site(id: string, properties: SiteProperties, lon = 3.1, lat = 50.6): SiteFeature {
  return {type: 'Feature', id, geometry: {type: 'Point', coordinates: [lon, lat]}, properties};
}

const SECTORS: Sector[] = [
  {id: 'tech', label: {fr: 'Numérique', en: 'Digital'}, color: '#0b5cad'},
  {id: 'image', label: {fr: 'Image et jeu vidéo', en: 'Image and video games'}, color: '#aa3377'},
  {id: 'ecommerce', label: {fr: 'Commerce en ligne', en: 'E-commerce'}, color: '#228833'},
  {id: 'education', label: {fr: 'Formation', en: 'Training'}, color: '#ccbb44'},
];

const SITES: SiteFeature[] = [
  site('euratech', {
    name: 'EuraTechnologies',
    city: 'Lille',
    address: '165 avenue de Bretagne',
    sectors: ['tech'],
    description: {fr: 'Incubateur de start-up', en: 'Startup incubator'},
  }),
  site('plaine', {name: 'Plaine Images', city: 'Tourcoing', sectors: ['image', 'tech']}),
  site('blanchemaille', {name: 'Blanchemaille by EuraTechnologies', city: 'Roubaix', sectors: ['ecommerce']}),
  site('campus', {name: 'Campus du Pont', city: 'Marcq-en-Barœul', sectors: ['education', 'education']}),
  site('redoute', {
    name: 'La Redoute',
    city: 'Roubaix',
    address: "Rue de l'Union",
    sectors: ['ecommerce'],
    description: {fr: 'Vente à distance, pionnière du e-commerce.', en: 'Mail order, an e-commerce pioneer.'},
  }),
  site('ankama', {
    name: 'Ankama',
    city: 'Roubaix',
    sectors: ['image'],
    description: {fr: 'Studio de jeu vidéo et d’animation.', en: 'Video game and animation studio.'},
  }),
  site('union', {name: "Parc de l'Union", city: "Villeneuve-d'Ascq", sectors: ['tech']}),
  site('lille-school', {
    name: 'École du Web',
    city: 'Lille',
    sectors: ['education'],
    description: 'Des formations aux métiers du jeu.',
  }),
];
const search = (query: string) => new SiteSearch(SITES, SECTORS).search(query);

// MiniSearch is its own chunk, loaded when a visitor first goes to the search field; once loaded, searches answer at once.
before(() => loadSearchEngine());
const sorted = (ids: string[] | undefined) => [...(ids ?? [])].sort();

describe('normalizeText', () => {
  it('"Barœul" and "baroeul" are the same word', () => {
    expect(normalizeText('Barœul')).to.equal('baroeul');
    expect(normalizeText('BARŒUL')).to.equal('baroeul');
    expect(normalizeText('Marcq-en-Barœul')).to.equal('marcq en baroeul');
  });

  it('hyphens and punctuation are word breaks: "Plaine-Images" reads "plaine images"', () => {
    expect(normalizeText('Plaine-Images')).to.equal('plaine images');
    expect(normalizeText("L'Union — Tourcoing")).to.equal('l union tourcoing');
    expect(normalizeText('  Blanchemaille,   Roubaix. ')).to.equal('blanchemaille roubaix');
  });

  it('accents and case do not matter', () => {
    expect(normalizeText('ÉCOLE Supérieure à Villeneuve-d’Ascq')).to.equal('ecole superieure a villeneuve d ascq');
    expect(normalizeText('Jeu vidéo')).to.equal(normalizeText('JEU VIDEO'));
    expect(normalizeText('Cæsar')).to.equal('caesar');
  });

  it('keeps digits', () => {
    expect(normalizeText('165 av. de Bretagne, 59000')).to.equal('165 av de bretagne 59000');
  });
});

describe('singular (French and English plurals)', () => {
  it('drops a plural s or x, and turns -aux into -al', () => {
    expect(singular('jeux')).to.equal('jeu');
    expect(singular('reseaux')).to.equal('reseau');
    expect(singular('numeriques')).to.equal('numerique');
    expect(singular('regionaux')).to.equal('regional');
    expect(singular('studios')).to.equal('studio');
  });

  it('leaves singular and short words alone', () => {
    expect(singular('jeu')).to.equal('jeu');
    expect(singular('roubaix')).to.equal('roubaix');
    expect(singular('bus')).to.equal('bus');
    expect(singular('business')).to.equal('business');
  });
});

describe('SiteSearch (the search box)', () => {
  it('a blank query is no search at all', () => {
    expect(search('')).to.equal(undefined);
    expect(search('  - ')).to.equal(undefined);
  });

  it('ignores case and accents, typed or not', () => {
    expect(search('EURATECHNOLOGIES')).to.include('euratech');
    expect(search('ecole')).to.deep.equal(['lille-school']);
    expect(search('École')).to.deep.equal(['lille-school']);
    expect(search('baroeul')).to.deep.equal(['campus']);
    expect(search('Barœul')).to.deep.equal(['campus']);
  });

  it('ignores hyphens: "ecommerce" finds "e-commerce", and "e-commerce" finds it too', () => {
    expect(sorted(search('ecommerce'))).to.deep.equal(['blanchemaille', 'redoute']);
    expect(sorted(search('e-commerce'))).to.deep.equal(['blanchemaille', 'redoute']);
    expect(search('plaine-images')).to.deep.equal(['plaine']);
    expect(search('marcq-en-bar')).to.deep.equal(['campus']);
  });

  it('ignores apostrophes: "lunion", "l\'union" and "villeneuve dascq" find the Union', () => {
    expect(sorted(search('lunion'))).to.deep.equal(['redoute', 'union']);
    expect(sorted(search("l'union"))).to.deep.equal(['redoute', 'union']);
    expect(search('villeneuvedascq')).to.deep.equal(['union']);
    expect(search("villeneuve d'ascq")).to.deep.equal(['union']);
    expect(search('villeneuve dascq')).to.deep.equal(['union']);
  });

  it('ignores spaces inside names: "laredoute" finds "La Redoute"', () => {
    expect(search('laredoute')).to.deep.equal(['redoute']);
    expect(search('LaRedoute')).to.deep.equal(['redoute']);
    expect(search('campusdupont')).to.deep.equal(['campus']);
    expect(search('plaineimages')).to.deep.equal(['plaine']);
  });

  it('tolerates one typo in words of five letters or more', () => {
    expect(search('euratechnolgies')).to.include('euratech');
    expect(search('rubaix')).to.include('redoute');
    expect(search('tourcoinq')).to.deep.equal(['plaine']);
    expect(search('ankma'), 'one letter missing').to.deep.equal(['ankama']);
  });

  it('asks short words to be spelled right', () => {
    expect(search('lile'), '"lile" is not "Lille"').to.deep.equal([]);
  });

  it('matches French plurals: "jeux" finds "jeu vidéo", "studios" finds "studio"', () => {
    expect(search('jeux')).to.include.members(['ankama', 'lille-school']);
    expect(search('jeux video')).to.have.members(['ankama', 'plaine']);
    expect(search('studios')).to.deep.equal(['ankama']);
    expect(search('formation'), 'the singular finds the plural too').to.include('lille-school');
  });

  it('matches word starts, not the middle of words', () => {
    expect(search('plai')).to.deep.equal(['plaine']);
    expect(search('tourc')).to.deep.equal(['plaine']);
    expect(search('ages')).to.deep.equal([]);
    expect(search('coing')).to.deep.equal([]);
  });

  it('every word must match, in any order', () => {
    expect(search('tourcoing plaine')).to.deep.equal(['plaine']);
    expect(search('plaine lille')).to.deep.equal([]);
    expect(search('roubaix video')).to.deep.equal(['ankama']);
  });

  it('searches name, town, address, description in every language and sector labels', () => {
    expect(search('bretagne'), 'address').to.deep.equal(['euratech']);
    expect(search('tourcoing'), 'town').to.deep.equal(['plaine']);
    expect(search('incubateur'), 'French description').to.deep.equal(['euratech']);
    expect(search('incubator'), 'English description').to.deep.equal(['euratech']);
    expect(sorted(search('numerique')), 'French sector label').to.deep.equal(['euratech', 'plaine', 'union']);
    expect(sorted(search('training')), 'English sector label').to.deep.equal(['campus', 'lille-school']);
  });

  it('ranks name matches before town, sector and description matches', () => {
    const more = [
      ...SITES,
      site('studio-web', {name: 'Studio Web', sectors: ['education']}),
      site('animation', {name: 'Pôle Animation', sectors: ['tech'], description: 'Un studio.'}),
    ];
    const ranked = new SiteSearch(more, SECTORS);
    // Ankama is described as a studio (and listed first in the data); the site named "Studio" comes first.
    expect(ranked.search('studio')![0]).to.equal('studio-web');
    expect(ranked.search('studio')).to.have.members(['studio-web', 'ankama', 'animation']);
    expect(ranked.search('animation')).to.deep.equal(['animation', 'ankama']);
    // "Lille" names no site: EuraTechnologies and the École are found by their town, in either order.
    expect(ranked.search('lille')).to.have.members(['euratech', 'lille-school']);
  });

  it('finds nothing for "zzzz"', () => {
    expect(search('zzzz')).to.deep.equal([]);
  });

  it('builds its index on the first query, not before', () => {
    const lazy = new SiteSearch(SITES, SECTORS);
    expect(lazy.built).to.equal(false);
    lazy.search('   ');
    expect(lazy.built, 'a blank query needs no index').to.equal(false);
    lazy.search('lille');
    expect(lazy.built).to.equal(true);
  });
});

describe('DatasetView (filtered sites and counts)', () => {
  const view = (sites = SITES) => DatasetView.build({sites, sectors: SECTORS, rejected: [], warnings: []});
  const listed = (result: {sorted: readonly SiteFeature[]}) => result.sorted.map((s) => s.id);
  const shown = (result: {visible: readonly SiteFeature[]}) => result.visible.map((s) => s.id);

  it('no search: the list is alphabetical, the map in dataset order', async () => {
    const result = (await view()).filtered({sectors: [], query: ''}, 'fr');
    expect(listed(result)).to.deep.equal([
      'ankama',
      'blanchemaille',
      'campus',
      'lille-school',
      'euratech',
      'redoute',
      'union',
      'plaine',
    ]);
    expect(shown(result)).to.deep.equal(SITES.map((s) => s.id));
  });

  it('with a search, the list follows the ranking; the map keeps dataset order', async () => {
    const result = (await view([...SITES, site('studio-web', {name: 'Studio Web', sectors: ['image']})])).filtered(
      {sectors: [], query: 'studio'},
      'fr',
    );
    expect(listed(result)).to.deep.equal(['studio-web', 'ankama']);
    expect(shown(result)).to.deep.equal(['ankama', 'studio-web']);
  });

  it('a sector filter keeps the sites having any of the chosen sectors; search and sectors combine', async () => {
    const v = await view();
    expect(listed(v.filtered({sectors: ['tech'], query: ''}, 'fr'))).to.deep.equal(['euratech', 'union', 'plaine']);
    expect(listed(v.filtered({sectors: ['ecommerce'], query: 'euratech'}, 'fr'))).to.deep.equal(['blanchemaille']);
    expect(listed(v.filtered({sectors: ['ecommerce'], query: 'lille'}, 'fr'))).to.deep.equal([]);
  });

  it('chip counts are the sites of each sector under the current search, whatever sectors are selected', async () => {
    const v = await view();
    expect(Object.fromEntries(v.sectorCounts(''))).to.deep.equal({tech: 3, image: 2, ecommerce: 2, education: 2});
    expect(Object.fromEntries(v.sectorCounts('roubaix'))).to.deep.equal({ecommerce: 2, image: 1});
    expect(Object.fromEntries(v.sectorCounts('zzzz'))).to.deep.equal({});
  });
});

describe('countBySector', () => {
  it('counts each site once per sector, even when a sector is listed twice', () => {
    expect(countBySector(SITES.filter((s) => s.id === 'campus')).get('education')).to.equal(1);
    expect(countBySector([SITES[1]]).get('tech')).to.equal(1);
  });
});

describe('large datasets: the word-start scan (ScanIndex)', () => {
  const scan = (query: string) => {
    const index = new ScanIndex(SECTORS);
    index.add(SITES);
    return index.search(query);
  };

  it('finds word starts in names, towns, addresses and sector labels, glued words and plurals included', () => {
    const expected: Record<string, string[]> = {
      eura: ['blanchemaille', 'euratech'],
      roubaix: ['ankama', 'blanchemaille', 'redoute'],
      laredoute: ['redoute'],
      'la-redoute': ['redoute'],
      baroeul: ['campus'],
      Barœul: ['campus'],
      commerce: ['blanchemaille', 'redoute'],
      jeux: ['ankama', 'plaine'],
      union: ['redoute', 'union'],
      'ecole web': ['lille-school'],
      incubateur: [],
    };
    for (const [query, ids] of Object.entries(expected)) expect(sorted(scan(query)), query).to.deep.equal(ids);
  });

  it('puts name matches first, then dataset order', () => {
    expect(scan('euratechnologies')).to.deep.equal(['euratech', 'blanchemaille']);
    expect(scan('roubaix')).to.deep.equal(['blanchemaille', 'redoute', 'ankama']);
  });

  it('is what SiteSearch uses from 20 000 sites on: every word must start a word, no typo tolerance', async () => {
    const many = Array.from({length: SCAN_INDEX_FROM}, (_, i) =>
      site(`s${i}`, {name: `Site ${i}`, city: i % 2 ? 'Lille' : 'Roubaix', sectors: ['tech']}),
    );
    const large = new SiteSearch(many, SECTORS);
    await large.prepare();
    const expected = many.filter((s, i) => String(i).startsWith('123') && s.properties.city === 'Lille').map((s) => s.id);
    expect(large.search('site 123 lille')).to.deep.equal(expected);
    expect(large.search('sitr 123'), 'no typo tolerance at this size').to.deep.equal([]);
  });
});
