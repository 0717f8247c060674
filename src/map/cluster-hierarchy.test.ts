import {expect} from '@open-wc/testing';
import Supercluster from 'supercluster';
import {buildClusterHierarchy} from './cluster-hierarchy-build.js';
import type {ClusterHierarchy, QueryResult} from './cluster-hierarchy.js';
import {seededRandom} from '../testing/seeded-random.js';

const WORLD = [-180, -85, 180, 85] as const;

/** Seeded points over the Lille metropolis (xorshift32), so every run sees the same ones. */
function randomPoints(count: number, seed = 42): {lon: Float64Array; lat: Float64Array} {
  const random = seededRandom(seed);
  const lon = new Float64Array(count);
  const lat = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    lon[i] = 2.8 + random() * 0.5;
    lat[i] = 50.5 + random() * 0.3;
  }
  return {lon, lat};
}

function everySite(count: number): Uint8Array {
  return new Uint8Array(count).fill(1);
}

/** Every visible site, counted once: as a lone site or within a cluster. */
function shown(result: QueryResult): number {
  return result.sites.length + result.clusters.reduce((sum, cluster) => sum + cluster.count, 0);
}

describe('cluster hierarchy', () => {
  it('makes the same clusters as supercluster at every zoom when every site shows', async () => {
    const {lon, lat} = randomPoints(3000);
    const hierarchy = await buildClusterHierarchy(lon, lat, {radius: 50, tileSize: 512, maxZoom: 17, stackMetres: 0});
    const reference = new Supercluster({radius: 50, maxZoom: 17}).load(
      Array.from(lon, (x, i) => ({
        type: 'Feature' as const,
        properties: {},
        geometry: {type: 'Point' as const, coordinates: [x, lat[i]]},
      })),
    );
    for (let zoom = 0; zoom <= 18; zoom++) {
      const ours = hierarchy.query(WORLD, zoom, everySite(3000));
      const theirs = reference.getClusters([...WORLD], zoom);
      const ourCounts = [...ours.clusters.map((c) => c.count), ...ours.sites.map(() => 1)].sort((a, b) => a - b);
      const theirCounts = theirs.map((f) => (f.properties as {point_count?: number}).point_count ?? 1).sort((a, b) => a - b);
      expect(ourCounts, `zoom ${zoom}`).to.deep.equal(theirCounts);
    }
  });

  it('counts only the visible members of each cluster, as a brute force count does', async () => {
    const count = 2000;
    const {lon, lat} = randomPoints(count, 7);
    const hierarchy = await buildClusterHierarchy(lon, lat);
    const visible = new Uint8Array(count).map((_, i) => (i % 3 === 0 ? 1 : 0));
    for (const zoom of [5, 9, 11, 13, 15, 18]) {
      const result = hierarchy.query(WORLD, zoom, visible);
      const expected = new Map<number, number>();
      for (let site = 0; site < count; site++) {
        if (!visible[site]) continue;
        const id = hierarchy.clusterOf(site, zoom);
        expected.set(id, (expected.get(id) ?? 0) + 1);
      }
      const lone = [...expected].filter(([, n]) => n === 1).length;
      expect(result.sites.length, `lone sites at zoom ${zoom}`).to.equal(lone);
      for (const cluster of result.clusters) expect(cluster.count).to.equal(expected.get(cluster.id));
      expect(shown(result)).to.equal(Math.ceil(count / 3));
      for (const site of result.sites) expect(visible[site]).to.equal(1);
    }
  });

  it('never shows or counts a hidden site, and places a cluster at its visible members', async () => {
    const {lon, lat} = randomPoints(500, 3);
    const hierarchy = await buildClusterHierarchy(lon, lat);
    const visible = new Uint8Array(500);
    // Two visible sites among 500, in two clusters of many sites: each is drawn alone, no cluster.
    visible[10] = 1;
    visible[20] = 1;
    expect(hierarchy.clusterOf(10, 14)).not.to.equal(hierarchy.clusterOf(20, 14));
    const result = hierarchy.query(WORLD, 14, visible);
    expect(result.clusters).to.deep.equal([]);
    expect(result.sites.sort((a, b) => a - b)).to.deep.equal([10, 20]);
    // Every site of the top cluster hidden but three: the cluster counts 3 and sits at their centroid.
    const three = new Uint8Array(500);
    for (const site of [1, 2, 3]) three[site] = 1;
    const [cluster] = hierarchy.query(WORLD, 0, three).clusters;
    expect(cluster?.count).to.equal(3);
    expect(cluster?.lon).to.be.closeTo((lon[1] + lon[2] + lon[3]) / 3, 1e-9);
    expect(hierarchy.members(cluster.id, three).sort((a, b) => a - b)).to.deep.equal([1, 2, 3]);
    expect(hierarchy.query(WORLD, 0, new Uint8Array(500))).to.deep.equal({clusters: [], sites: []});
  });

  it('keeps sites on one spot together at every zoom, as a stack to fan out', async () => {
    const {lon, lat} = randomPoints(300, 11);
    // Sites 0–3 share a building.
    for (const site of [1, 2, 3]) {
      lon[site] = lon[0]!;
      lat[site] = lat[0] + 1e-7;
    }
    const hierarchy = await buildClusterHierarchy(lon, lat);
    const visible = everySite(300);
    for (const zoom of [17, 18, 22]) {
      const holding = hierarchy.query(WORLD, zoom, visible).clusters.find((c) => hierarchy.members(c.id, visible).includes(0));
      expect(holding, `zoom ${zoom}`).to.exist;
      expect(hierarchy.members(holding!.id, visible)).to.include.members([0, 1, 2, 3]);
    }
    const stack = hierarchy.query(WORLD, 18, visible).clusters.find((c) => c.stack);
    expect(stack?.count).to.equal(4);
    expect(hierarchy.expansionZoom(stack!.id, visible)).to.equal(Infinity);
    expect(hierarchy.members(stack!.id, visible, 2)).to.have.length(2);
    expect(hierarchy.revealZoom(0, visible)).to.deep.equal({zoom: 18, stack: stack!.id});
  });

  it('expands a cluster at the zoom where its visible members split', async () => {
    const {lon, lat} = randomPoints(1000, 5);
    const hierarchy = await buildClusterHierarchy(lon, lat);
    const visible = everySite(1000);
    const [top] = hierarchy.query(WORLD, 0, visible).clusters;
    const zoom = hierarchy.expansionZoom(top.id, visible);
    const inside = (level: number) =>
      shown({...hierarchy.query(WORLD, level, visible), clusters: []}) + hierarchy.query(WORLD, level, visible).clusters.length;
    expect(inside(zoom)).to.be.greaterThan(1);
    expect(inside(zoom - 1)).to.equal(1);
    // A site is revealed at the first zoom where it is drawn on its own.
    const {zoom: reveal} = hierarchy.revealZoom(0, visible);
    expect(hierarchy.query(WORLD, reveal, visible).sites).to.include(0);
    expect(hierarchy.query(WORLD, reveal - 1, visible).sites).not.to.include(0);
  });

  it('returns only what lies in the bounding box', async () => {
    const {lon, lat} = randomPoints(1000, 9);
    const hierarchy: ClusterHierarchy = await buildClusterHierarchy(lon, lat);
    const west = [2.8, 50.5, 3.0, 50.8] as const;
    const result = hierarchy.query(west, 16, everySite(1000));
    expect(result.sites.length).to.be.greaterThan(0);
    for (const site of result.sites) expect(lon[site]).to.be.at.most(3.0);
    for (const cluster of result.clusters) expect(cluster.lon).to.be.at.most(3.0);
  });

  it('gives the main thread back while it builds a large hierarchy, and stops when aborted', async () => {
    const {lon, lat} = randomPoints(100_000, 13);
    const hierarchy = await buildClusterHierarchy(lon, lat);
    expect(hierarchy.stats.yields).to.be.greaterThan(0);
    expect(shown(hierarchy.query(WORLD, 10, everySite(100_000)))).to.equal(100_000);

    const controller = new AbortController();
    const building = buildClusterHierarchy(lon, lat, {signal: controller.signal});
    controller.abort();
    let failure: unknown;
    await building.catch((error: unknown) => (failure = error));
    expect((failure as Error | undefined)?.name).to.equal('AbortError');
  });

  it('tells clusters whose visible members share a tint', async () => {
    const {lon, lat} = randomPoints(400, 17);
    const hierarchy = await buildClusterHierarchy(lon, lat);
    const visible = everySite(400);
    const tint = new Uint8Array(400).map((_, i) => (i < 200 ? 1 : 2));
    const [mixed] = hierarchy.query(WORLD, 0, visible, tint).clusters;
    expect(mixed?.tint).to.equal(-1);
    const firstHalf = new Uint8Array(400).map((_, i) => (i < 200 ? 1 : 0));
    const [same] = hierarchy.query(WORLD, 0, firstHalf, tint).clusters;
    expect(same?.tint).to.equal(1);
  });
});
