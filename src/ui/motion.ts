/** Whether the visitor asked for less motion: maps jump instead of gliding, nothing scrolls smoothly. */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
