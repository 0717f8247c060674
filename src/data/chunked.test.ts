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

  it('lets every other task go first when the work is background work', async () => {
    const order: string[] = [];
    const scheduler = (globalThis as unknown as {scheduler: {postTask(task: () => void): Promise<void>}}).scheduler;
    const work = (priority: 'background' | 'user-visible') =>
      forEachInSlices(3, (from) => void order.push(`slice ${from}`), {batch: 1, sliceMs: 0, priority});
    const background = work('background');
    const visitor = scheduler.postTask(() => void order.push('visitor'));
    await Promise.all([background, visitor]);
    expect(order).to.deep.equal(['visitor', 'slice 0', 'slice 1', 'slice 2']);
    // Work someone waits for keeps its turn.
    order.length = 0;
    const urgent = work('user-visible');
    await Promise.all([urgent, scheduler.postTask(() => void order.push('visitor'))]);
    expect(order.indexOf('visitor')).to.be.greaterThan(1);
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
