import {expect} from '@open-wc/testing';
import {filterKey, idListConverter, parseIdList, toggleSector} from './filter.js';

const ALL = ['tech', 'image', 'ecommerce', 'education'];

describe('toggleSector (pressing a sector chip)', () => {
  it('pressing a chip with none selected selects only that sector', () => {
    expect(toggleSector([], ALL, 'image')).to.deep.equal(['image']);
  });

  it('pressing more chips adds their sectors, kept in taxonomy order whatever the order of presses', () => {
    expect(toggleSector(['education'], ALL, 'tech')).to.deep.equal(['tech', 'education']);
  });

  it('pressing a selected chip again releases it; releasing the last one selects none (all sites show)', () => {
    expect(toggleSector(['tech', 'image'], ALL, 'tech')).to.deep.equal(['image']);
    expect(toggleSector(['tech'], ALL, 'tech')).to.deep.equal([]);
  });

  it('does not modify the list it is given', () => {
    const current = ['tech', 'image'];
    toggleSector(current, ALL, 'tech');
    expect(current).to.deep.equal(['tech', 'image']);
  });
});

describe('filterKey (no filter-change event without a real change)', () => {
  it('ignores sector order and how the query is spelt', () => {
    expect(filterKey({sectors: ['tech', 'image'], query: 'Barœul'})).to.equal(
      filterKey({sectors: ['image', 'tech'], query: ' baroeul '}),
    );
  });

  it('tells different sector selections and different queries apart', () => {
    expect(filterKey({sectors: [], query: ''})).not.to.equal(filterKey({sectors: ['tech'], query: ''}));
    expect(filterKey({sectors: [], query: 'lille'})).not.to.equal(filterKey({sectors: [], query: 'roubaix'}));
  });
});

describe('parseIdList (sectors attribute)', () => {
  it('splits on commas, trims, drops blanks and duplicates, keeps order', () => {
    expect(parseIdList('tech, image,,ecommerce , tech')).to.deep.equal(['tech', 'image', 'ecommerce']);
    expect(parseIdList('tech')).to.deep.equal(['tech']);
  });

  it('an empty attribute is an empty list, no attribute is undefined: both select no sector', () => {
    expect(parseIdList('')).to.deep.equal([]);
    expect(parseIdList(' , ')).to.deep.equal([]);
    expect(parseIdList(null)).to.equal(undefined);
  });

  it('round-trips through the attribute converter', () => {
    const ids = idListConverter.fromAttribute!('a, b', Array);
    expect(ids).to.deep.equal(['a', 'b']);
    expect(idListConverter.toAttribute!(ids, Array)).to.equal('a,b');
    expect(idListConverter.toAttribute!(undefined, Array)).to.equal(undefined);
  });
});
