/** A drag shorter than this (px) is a tap and leaves the sheet where it is. */
const TAP_SLOP = 8;
/** The share of its height a sheet must be dragged down to close; a shorter drag springs back. */
const CLOSE_FRACTION = 0.25;

interface Drag {
  readonly pointerId: number;
  readonly startY: number;
  readonly sheet: HTMLElement;
  distance: number;
}

const drags = new WeakMap<Element, Drag>();

/**
 * Pointer handlers for the grip of a bottom sheet: the sheet follows the finger down, and closes when
 * let go far enough (else it springs back). Mouse, pen and touch alike; the grip has `touch-action:
 * none` so the browser does not scroll instead. The sheet moves through the CSSOM (CSP-safe).
 */
export function sheetDrag(onClose: () => void) {
  const end = (event: PointerEvent, cancelled: boolean) => {
    const drag = drags.get(event.currentTarget as Element);
    if (!drag || drag.pointerId !== event.pointerId) return;
    drags.delete(event.currentTarget as Element);
    drag.sheet.style.removeProperty('transform');
    drag.sheet.classList.remove('dragging');
    if (!cancelled && drag.distance > TAP_SLOP && drag.distance >= drag.sheet.offsetHeight * CLOSE_FRACTION) onClose();
  };
  return {
    down: (event: PointerEvent) => {
      const grip = event.currentTarget as HTMLElement;
      const sheet = grip.parentElement;
      if (!sheet || (event.pointerType === 'mouse' && event.button !== 0)) return;
      try {
        // Keeps the moves coming when the finger leaves the grip (it always does when dragging down).
        grip.setPointerCapture(event.pointerId);
      } catch {
        // A pointer the browser no longer tracks: the drag simply ends at the grip's edge.
      }
      drags.set(grip, {pointerId: event.pointerId, startY: event.clientY, sheet, distance: 0});
    },
    move: (event: PointerEvent) => {
      const drag = drags.get(event.currentTarget as Element);
      if (!drag || drag.pointerId !== event.pointerId) return;
      drag.distance = Math.max(0, event.clientY - drag.startY);
      drag.sheet.classList.add('dragging');
      drag.sheet.style.setProperty('transform', `translateY(${drag.distance}px)`);
    },
    up: (event: PointerEvent) => end(event, false),
    cancel: (event: PointerEvent) => end(event, true),
  };
}
