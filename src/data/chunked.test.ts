import {expect} from '@open-wc/testing';
import {forEachInSlices, SliceClock} from './chunked.js';

/** Busy work of about `ms` milliseconds. */
function spin(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe('time-sliced work', () => {
  it('visits every item once, in order, in batches', async () => {
    const seen: number[] = [];
    await forEachInSlices(
      1000,
      (from, to) => {
        for (let i = from; i < to; i++) seen.push(i);
      },
      {batch: 64},
    );
    expect(seen).to.deep.equal([...Array(1000).keys()]);
  });

  it('lets the page paint between slices', async () => {
    let frames = 0;
    let counting = true;
    const count = () => {
      frames++;
      if (counting) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    const clock = new SliceClock({sliceMs: 5});
    await forEachInSlices(150, () => spin(1), {batch: 1}, clock);
    counting = false;
    expect(clock.yields).to.be.greaterThan(10);
    expect(frames).to.be.greaterThan(0);
  });

  it('stops at the next slice when aborted, with the signal reason', async () => {
    const controller = new AbortController();
    let done = 0;
    const work = forEachInSlices(
      1000,
      () => {
        spin(1);
        done++;
      },
      {batch: 1, sliceMs: 2, signal: controller.signal},
    );
    controller.abort();
    let failure: unknown;
    await work.catch((error: unknown) => (failure = error));
    expect((failure as Error).name).to.equal('AbortError');
    expect(done).to.be.lessThan(1000);
  });
});
