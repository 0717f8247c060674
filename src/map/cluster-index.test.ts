import {expect} from '@open-wc/testing';
import {ClusterIndex, type ClusterPoint, type IndexedSite, type MapItem} from './cluster-index.js';

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const OPTIONS = {radius: 36, maxZoom: 18};

/** Sites `metres` apart along a parallel near Roubaix. */
function row(count: number, metres: number, sector = 'hub'): IndexedSite[] {
  const degrees = metres / (111_320 * Math.cos((50.69 * Math.PI) / 180));
  return Array.from({length: count}, (_, i) => ({id: `s${i}`, lon: 3.16 + i * degrees, lat: 50.69, sector}));
}

function clusters(items: MapItem[]): ClusterPoint[] {
  return items.filter((item): item is ClusterPoint => item.kind === 'cluster');
}

function sitesIn(items: MapItem[]): number {
  return items.reduce((sum, item) => sum + (item.kind === 'site' ? 1 : item.count), 0);
}

describe('ClusterIndex', () => {
  it('merges sites closer than the radius, at any dataset size, and accounts for every site', () => {
    // 100 m apart: about 6 px at zoom 13 (merged), about 50 px at zoom 16 (apart).
    const index = new ClusterIndex(row(5, 100), OPTIONS);
    const far = index.query(WORLD, 13);
    expect(far).to.have.length(1);
    expect(far[0]).to.include({kind: 'cluster', count: 5, stack: false, sector: 'hub'});
    const near = index.query(WORLD, 16);
    expect(near.every((item) => item.kind === 'site')).to.equal(true);
    expect(sitesIn(index.query(WORLD, 14.5))).to.equal(5);
  });

  it('uses quarter zoom levels: two sites 40 px apart at zoom 15 merge at 14.5 but not at 15', () => {
    // At zoom 15 near latitude 50.69, one pixel is about 3.05 m.
    const index = new ClusterIndex(row(2, 40 * 3.05), OPTIONS);
    expect(clusters(index.query(WORLD, 15))).to.have.length(0);
    expect(clusters(index.query(WORLD, 14.5))).to.have.length(1);
  });

  it('tells whether a cluster shares one sector', () => {
    const mixed = new ClusterIndex([...row(1, 10, 'hub'), {id: 'x', lon: 3.16, lat: 50.6901, sector: 'school'}], OPTIONS);
    expect(clusters(mixed.query(WORLD, 12))[0].sector).to.equal('');
  });

  it('keeps sites of one point as a stack no zoom separates, with their leaves', () => {
    const twins = Array.from({length: 20_000}, (_, i) => ({id: `t${i}`, lon: 3.16713, lat: 50.69633, sector: 'hub'}));
    const index = new ClusterIndex(twins, OPTIONS);
    const [stack] = clusters(index.query(WORLD, 18));
    expect(stack).to.include({stack: true, count: 20_000});
    expect(index.expansionZoom(stack)).to.equal(Infinity);
    expect(index.leaves(stack, 3, 16)).to.deep.equal(['t16', 't17', 't18']);
    expect(index.revealZoom('t42', 10)).to.deep.include({zoom: 10});
    expect(index.revealZoom('t42', 10)!.fanOut!.key).to.equal(stack.key);
  });

  it('walks only the leaves it is asked for, and names the zoom where a site leaves its cluster', () => {
    const index = new ClusterIndex(row(50, 30), OPTIONS);
    const [cluster] = clusters(index.query(WORLD, 10));
    expect(cluster.count).to.equal(50);
    expect(index.leaves(cluster, 3)).to.have.length(3);
    expect(new Set(index.leaves(cluster, 50)).size).to.equal(50);
    const expansion = index.expansionZoom(cluster);
    expect(expansion).to.be.greaterThan(10);
    const reveal = index.revealZoom('s10', 10)!;
    const shown = index.query(WORLD, reveal.zoom);
    expect(shown.some((item) => item.kind === 'site' && item.id === 's10')).to.equal(true);
    expect(index.query(WORLD, reveal.zoom - 1).some((item) => item.kind === 'site' && item.id === 's10')).to.equal(false);
  });
});
