/**
 * kdbush's kd-sort (what `KDBush#finish` does in one call), resumable so that a large index is sorted in
 * slices. It is the same algorithm (a Floyd–Rivest selection around each range's middle, axes taking
 * turns), so the arrays end up exactly as `finish()` leaves them; ranges wait on an explicit stack
 * instead of the call stack, and the caller stops between two ranges when its slice is used up. One
 * step is one selection over one range: the first, over every point, is the longest (a few ms per
 * 100 000 points). Pure: no DOM; runs in Node too.
 */
import KDBush from 'kdbush';

type Ids = Uint16Array | Uint32Array;
type Coords = KDBush['coords'];

export class KdSort {
  /** Ranges still to sort: left, right, axis. */
  private readonly pending: number[] = [];

  constructor(
    private readonly ids: Ids,
    private readonly coords: Coords,
    private readonly nodeSize: number,
  ) {
    if (ids.length > 0) this.pending.push(0, ids.length - 1, 0);
  }

  get done(): boolean {
    return this.pending.length === 0;
  }

  /** Sorts ranges until none is left or `due()` says the slice is over (asked after each range). */
  run(due: () => boolean): void {
    const {pending, ids, coords, nodeSize} = this;
    while (pending.length > 0) {
      const axis = pending.pop()!;
      const right = pending.pop()!;
      const left = pending.pop()!;
      if (right - left <= nodeSize) continue;
      const middle = (left + right) >> 1;
      select(ids, coords, middle, left, right, axis);
      // The left half is pushed last, so sorted first, as kdbush's recursion does (either order gives the same result).
      pending.push(middle + 1, right, 1 - axis, left, middle - 1, 1 - axis);
      if (due()) return;
    }
  }
}

/**
 * Sorts a filled (not yet finished) KDBush in slices, `pause` between them, and returns the finished
 * index over the same buffer.
 */
export async function finishInSlices(tree: KDBush, due: () => boolean, pause: () => Promise<void>): Promise<KDBush> {
  const sort = new KdSort(tree.ids, tree.coords, tree.nodeSize);
  for (sort.run(due); !sort.done; sort.run(due)) await pause();
  // The buffer now holds a sorted index: `from` reads it as a finished one (no copy).
  return KDBush.from(tree.data);
}

/** Floyd–Rivest selection: items left..k-1 come before item k on `axis`, k+1..right after (kdbush's). */
function select(ids: Ids, coords: Coords, k: number, left: number, right: number, axis: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(ids, coords, k, newLeft, newRight, axis);
    }
    const t = coords[2 * k + axis];
    let i = left;
    let j = right;
    swapItem(ids, coords, left, k);
    if (coords[2 * right + axis] > t) swapItem(ids, coords, left, right);
    while (i < j) {
      swapItem(ids, coords, i, j);
      i++;
      j--;
      while (coords[2 * i + axis] < t) i++;
      while (coords[2 * j + axis] > t) j--;
    }
    if (coords[2 * left + axis] === t) swapItem(ids, coords, left, j);
    else {
      j++;
      swapItem(ids, coords, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swapItem(ids: Ids, coords: Coords, i: number, j: number): void {
  const id = ids[i];
  ids[i] = ids[j];
  ids[j] = id;
  const x = coords[2 * i];
  coords[2 * i] = coords[2 * j];
  coords[2 * j] = x;
  const y = coords[2 * i + 1];
  coords[2 * i + 1] = coords[2 * j + 1];
  coords[2 * j + 1] = y;
}
