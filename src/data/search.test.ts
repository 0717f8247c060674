import {expect} from '@open-wc/testing';
import type {Sector, SiteFeature, SiteProperties} from './types.js';
import {buildSearchIndex, countBySector, filterSites, matchesQuery} from './search.js';
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
];
const INDEX = buildSearchIndex(SITES, SECTORS);
const ids = (sites: SiteFeature[]) => sites.map((s) => s.id);

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

describe('matchesQuery (search box)', () => {
  const haystack = normalizeText('Plaine Images Tourcoing Marcq-en-Barœul');

  it('an empty or blank query matches everything', () => {
    expect(matchesQuery(haystack, '')).to.equal(true);
    expect(matchesQuery(haystack, '  - ')).to.equal(true);
  });

  it('each word must start a word of the site (prefix search)', () => {
    expect(matchesQuery(haystack, 'plai')).to.equal(true);
    expect(matchesQuery(haystack, 'Images')).to.equal(true);
    expect(matchesQuery(haystack, 'tourc')).to.equal(true);
    expect(matchesQuery(haystack, 'mages')).to.equal(false);
    expect(matchesQuery(haystack, 'coing')).to.equal(false);
  });

  it('all words must match, in any order', () => {
    expect(matchesQuery(haystack, 'tourcoing plaine')).to.equal(true);
    expect(matchesQuery(haystack, 'plaine lille')).to.equal(false);
  });

  it('the visitor may type accents, ligatures and hyphens or not', () => {
    expect(matchesQuery(haystack, 'baroeul')).to.equal(true);
    expect(matchesQuery(haystack, 'Barœul')).to.equal(true);
    expect(matchesQuery(haystack, 'BARŒ')).to.equal(true);
    expect(matchesQuery(haystack, 'Plaine-Images')).to.equal(true);
    expect(matchesQuery(haystack, 'marcq-en-bar')).to.equal(true);
  });
});

describe('filterSites', () => {
  it('no sector filter and no query: every site, in dataset order', () => {
    expect(ids(filterSites(SITES, {sectors: [], query: ''}, INDEX))).to.deep.equal([
      'euratech',
      'plaine',
      'blanchemaille',
      'campus',
    ]);
  });

  it('a sector filter keeps the sites having any of the chosen sectors', () => {
    expect(ids(filterSites(SITES, {sectors: ['tech'], query: ''}, INDEX))).to.deep.equal(['euratech', 'plaine']);
    expect(ids(filterSites(SITES, {sectors: ['image', 'education'], query: ''}, INDEX))).to.deep.equal([
      'plaine',
      'campus',
    ]);
    expect(filterSites(SITES, {sectors: [], query: ''}, INDEX), 'none selected: all').to.have.length(SITES.length);
  });

  it('searches name, city, address, description in both languages and sector labels', () => {
    expect(ids(filterSites(SITES, {sectors: [], query: 'euratech'}, INDEX))).to.deep.equal(['euratech', 'blanchemaille']);
    expect(ids(filterSites(SITES, {sectors: [], query: 'roubaix'}, INDEX))).to.deep.equal(['blanchemaille']);
    expect(ids(filterSites(SITES, {sectors: [], query: 'bretagne'}, INDEX))).to.deep.equal(['euratech']);
    expect(ids(filterSites(SITES, {sectors: [], query: 'incubateur'}, INDEX))).to.deep.equal(['euratech']);
    expect(ids(filterSites(SITES, {sectors: [], query: 'startup'}, INDEX))).to.deep.equal(['euratech']);
    expect(ids(filterSites(SITES, {sectors: [], query: 'jeu video'}, INDEX))).to.deep.equal(['plaine']);
    expect(ids(filterSites(SITES, {sectors: [], query: 'e-commerce'}, INDEX))).to.deep.equal(['blanchemaille']);
    expect(ids(filterSites(SITES, {sectors: [], query: 'baroeul'}, INDEX))).to.deep.equal(['campus']);
  });

  it('sectors and query combine', () => {
    expect(ids(filterSites(SITES, {sectors: ['ecommerce'], query: 'euratech'}, INDEX))).to.deep.equal(['blanchemaille']);
    expect(filterSites(SITES, {sectors: ['ecommerce'], query: 'lille'}, INDEX)).to.deep.equal([]);
  });
});

describe('countBySector (filter bar counts)', () => {
  it('counts the sites of each sector, a site with several sectors in each', () => {
    expect(Object.fromEntries(countBySector(SITES, '', INDEX))).to.deep.equal({tech: 2, image: 1, ecommerce: 1, education: 1});
  });

  it('a sector listed twice on one site counts that site once', () => {
    expect(countBySector(SITES, 'campus', INDEX).get('education')).to.equal(1);
  });

  it('follows the search: sectors with no match are absent (0)', () => {
    const counts = countBySector(SITES, 'euratech', INDEX);
    expect(Object.fromEntries(counts)).to.deep.equal({tech: 1, ecommerce: 1});
    expect(counts.get('image') ?? 0).to.equal(0);
  });
});
