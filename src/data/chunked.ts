/**
 * Time-sliced work: long loops that give the main thread back every few milliseconds so a large dataset
 * never freezes the host page (input, scrolling and painting go on between slices). Pure: runs in Node too.
 */

/** Milliseconds of work between two yields: well under the 50 ms a long task starts at. */
export const DEFAULT_SLICE_MS = 12;

interface SchedulerWithYield {
  yield(): Promise<void>;
  postTask(callback: () => void, options: {priority: 'background'}): Promise<void>;
}

/**
 * The surest way to let pending input and rendering run before continuing, in this environment. Work
 * that nobody waits for (`background`) resumes only after every other task: a visitor's click and the
 * frames it paints never queue behind it.
 */
export function yieldToMain(priority: SlicePriority = 'user-visible'): Promise<void> {
  const scheduler = (globalThis as {scheduler?: Partial<SchedulerWithYield>}).scheduler;
  if (priority === 'background' && typeof scheduler?.postTask === 'function')
    return scheduler.postTask(() => {}, {priority: 'background'});
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  // A message task is not clamped to 4 ms like nested timers are, and is queued behind pending input.
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      // Typed by hand: Node's and the DOM's MessagePort types disagree, both have `onmessage`.
      const receiver = channel.port1 as unknown as {onmessage: (() => void) | null; close(): void};
      receiver.onmessage = () => {
        receiver.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** `background`: work no one waits for (an index built ahead of use) gives way to everything else. */
export type SlicePriority = 'user-visible' | 'background';

export interface SliceOptions {
  /** Stops the work at its next yield: the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  /** Work time before yielding, in ms (default {@link DEFAULT_SLICE_MS}). */
  readonly sliceMs?: number | undefined;
  /** Time source in ms (default `performance.now`); a benchmark on a busy machine passes CPU time. */
  readonly now?: (() => number) | undefined;
  /** How urgently the work resumes after a yield (default `user-visible`). */
  readonly priority?: SlicePriority | undefined;
}

/**
 * Tells a loop when its slice is used up. Usage: `if (clock.due()) await clock.pause();` every few items
 * (reading the clock costs about as much as a cheap item, so callers check every 64–1024 items).
 */
export class SliceClock {
  private readonly sliceMs: number;
  private readonly signal: AbortSignal | undefined;
  private readonly now: () => number;
  private readonly priority: SlicePriority;
  private sliceStart: number;
  /** How many times the work gave the main thread back; the longest slice, for benchmarks. */
  yields = 0;
  longestSliceMs = 0;

  constructor(options: SliceOptions = {}) {
    this.sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
    this.signal = options.signal;
    this.now = options.now ?? (() => performance.now());
    this.priority = options.priority ?? 'user-visible';
    this.sliceStart = this.now();
    this.signal?.throwIfAborted();
  }

  due(): boolean {
    return this.now() - this.sliceStart >= this.sliceMs;
  }

  /** Ends the current slice: yields, then throws if the work was aborted meanwhile. */
  async pause(): Promise<void> {
    this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - this.sliceStart);
    this.yields++;
    await yieldToMain(this.priority);
    this.signal?.throwIfAborted();
    this.sliceStart = this.now();
  }

  /** Records the last slice (the one that did not end with a pause). */
  finish(): void {
    this.longestSliceMs = Math.max(this.longestSliceMs, this.now() - this.sliceStart);
  }
}

/**
 * Calls `step(from, to)` over `0..count` in batches of `batch` items, yielding whenever a slice is used up.
 * Resolves when every item is done; rejects with the signal's reason when aborted.
 */
export async function forEachInSlices(
  count: number,
  step: (from: number, to: number) => void,
  options: SliceOptions & {readonly batch?: number} = {},
  clock = new SliceClock(options),
): Promise<void> {
  const batch = Math.max(1, options.batch ?? 256);
  for (let from = 0; from < count; from += batch) {
    if (clock.due()) await clock.pause();
    step(from, Math.min(count, from + batch));
  }
  clock.finish();
}
