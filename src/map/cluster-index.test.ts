import {expect} from '@open-wc/testing';
import {buildClusterHierarchy} from './cluster-hierarchy-build.js';
import {ClusterIndex, type ClusterPoint, type MapItem} from './cluster-index.js';

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];
const MAX_ZOOM = 18;

interface IndexedSite {
  readonly id: string;
  readonly lon: number;
  readonly lat: number;
  readonly sector: string;
}

/** An index over every site, as the element builds it (radius 36 px, quarter levels), clusters tinted by sector. */
async function indexOf(sites: readonly IndexedSite[], visible = new Uint8Array(sites.length).fill(1)): Promise<ClusterIndex> {
  const lon = sites.map((site) => site.lon);
  const lat = sites.map((site) => site.lat);
  const hierarchy = await buildClusterHierarchy(lon, lat, {radius: 36, tileSize: 256, maxZoom: MAX_ZOOM, zoomStep: 0.25});
  const sectorIds = [...new Set(sites.map((site) => site.sector))];
  const ids = sites.map((site) => site.id);
  const byId = new Map(ids.map((id, i) => [id, i]));
  const columns = {ids, lon, lat, indexOf: (id: string) => byId.get(id)};
  return new ClusterIndex(hierarchy, columns, {visible, tint: sites.map((site) => sectorIds.indexOf(site.sector)), sectorIds});
}

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
  it('merges sites closer than the radius, at any dataset size, and accounts for every site', async () => {
    // 100 m apart: about 6 px at zoom 13 (merged), about 50 px at zoom 16 (apart).
    const index = await indexOf(row(5, 100));
    const far = index.query(WORLD, 13);
    expect(far).to.have.length(1);
    expect(far[0]).to.include({kind: 'cluster', count: 5, stack: false, sector: 'hub'});
    const near = index.query(WORLD, 16);
    expect(near.every((item) => item.kind === 'site')).to.equal(true);
    expect(sitesIn(index.query(WORLD, 14.5))).to.equal(5);
  });

  it('uses quarter zoom levels: two sites 40 px apart at zoom 15 merge at 14.5 but not at 15', async () => {
    // At zoom 15 near latitude 50.69, one pixel is about 3.05 m.
    const index = await indexOf(row(2, 40 * 3.05));
    expect(clusters(index.query(WORLD, 15))).to.have.length(0);
    expect(clusters(index.query(WORLD, 14.5))).to.have.length(1);
  });

  it('tells whether a cluster shares one sector', async () => {
    const mixed = await indexOf([...row(1, 10, 'hub'), {id: 'x', lon: 3.16, lat: 50.6901, sector: 'school'}]);
    expect(clusters(mixed.query(WORLD, 12))[0].sector).to.equal('');
  });

  it('keeps sites of one point as a stack no zoom separates, with their leaves', async () => {
    const twins = Array.from({length: 20_000}, (_, i) => ({id: `t${i}`, lon: 3.16713, lat: 50.69633, sector: 'hub'}));
    const index = await indexOf(twins);
    const [stack] = clusters(index.query(WORLD, 18));
    expect(stack).to.include({stack: true, count: 20_000});
    expect(index.expansionZoom(stack)).to.equal(Infinity);
    expect(index.leaves(stack, 3, 16)).to.deep.equal(['t16', 't17', 't18']);
    expect(index.revealZoom('t42', 10, MAX_ZOOM)).to.deep.include({zoom: 10});
    expect(index.revealZoom('t42', 10, MAX_ZOOM)!.fanOut!.key).to.equal(stack.key);
  });

  it('walks only the leaves it is asked for, and names the zoom where a site leaves its cluster', async () => {
    const index = await indexOf(row(50, 30));
    const [cluster] = clusters(index.query(WORLD, 10));
    expect(cluster.count).to.equal(50);
    expect(index.leaves(cluster, 3)).to.have.length(3);
    expect(new Set(index.leaves(cluster, 50)).size).to.equal(50);
    const expansion = index.expansionZoom(cluster);
    expect(expansion).to.be.greaterThan(10);
    const reveal = index.revealZoom('s10', 10, MAX_ZOOM)!;
    const shown = index.query(WORLD, reveal.zoom);
    expect(shown.some((item) => item.kind === 'site' && item.id === 's10')).to.equal(true);
    expect(index.query(WORLD, reveal.zoom - 1).some((item) => item.kind === 'site' && item.id === 's10')).to.equal(false);
  });
});
