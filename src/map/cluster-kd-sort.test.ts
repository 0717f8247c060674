import {expect} from '@open-wc/testing';
import KDBush from 'kdbush';
import {finishInSlices, KdSort} from './cluster-kd-sort.js';
import {seededRandom} from '../testing/seeded-random.js';

/** A filled, unsorted index of seeded points (xorshift32), many of them on shared coordinates. */
function filled(count: number, seed: number, nodeSize = 16): KDBush {
  const random = seededRandom(seed);
  const tree = new KDBush(count, nodeSize, Int32Array);
  for (let i = 0; i < count; i++) {
    const onGrid = random() < 0.3;
    const x = Math.floor((onGrid ? Math.round(random() * 20) / 20 : random()) * 1e6);
    const y = Math.floor((onGrid ? Math.round(random() * 20) / 20 : random()) * 1e6);
    tree.add(x, y);
  }
  return tree;
}

describe('kd-sort in slices', () => {
  for (const [count, seed] of [
    [0, 1],
    [10, 2],
    [5000, 3],
    [70_000, 4],
  ]) {
    it(`leaves ${count} points exactly as KDBush#finish does, however small the slices`, () => {
      const reference = filled(count, seed).finish();
      const tree = filled(count, seed);
      const sort = new KdSort(tree.ids, tree.coords, tree.nodeSize);
      let slices = 0;
      while (!sort.done) {
        sort.run(() => true);
        slices++;
      }
      expect([...tree.ids]).to.deep.equal([...reference.ids]);
      expect([...tree.coords]).to.deep.equal([...reference.coords]);
      if (count > 1000) expect(slices).to.be.greaterThan(10);
    });
  }

  it('gives an index that finds what kdbush finds', async () => {
    const reference = filled(20_000, 9).finish();
    let pauses = 0;
    let steps = 0;
    const tree = await finishInSlices(
      filled(20_000, 9),
      () => ++steps % 50 === 0,
      () => {
        pauses++;
        return Promise.resolve();
      },
    );
    expect(pauses).to.be.greaterThan(0);
    for (const [x, y, r] of [
      [500_000, 500_000, 30_000],
      [0, 0, 100_000],
      [250_000, 750_000, 5000],
    ]) {
      expect(tree.within(x, y, r).sort((a, b) => a - b)).to.deep.equal(reference.within(x, y, r).sort((a, b) => a - b));
    }
  });
});
