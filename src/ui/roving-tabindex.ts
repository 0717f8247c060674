/**
 * Roving tabindex for a row of controls (the sector chips): the row is ONE tab stop, the arrow keys,
 * Home and End move between its items. The item that takes Tab is the last one the visitor focused,
 * else the first, so coming back to the row lands where they left it.
 */
export class RovingTabindex {
  private current: string | undefined;

  /**
   * @param keyAttribute the attribute naming each item (`data-sector`); items are found by it.
   * @param changed called when the item taking Tab changes, so the host renders the new tabindex values.
   */
  constructor(
    private readonly keyAttribute: string,
    private readonly changed: () => void,
  ) {}

  /** `0` for the item that takes Tab among `keys`, `-1` for the others. */
  tabIndex(key: string, keys: readonly string[]): 0 | -1 {
    const active = this.current !== undefined && keys.includes(this.current) ? this.current : keys[0];
    return key === active ? 0 : -1;
  }

  /** On the row: remembers the focused item. */
  readonly onFocusin = (event: FocusEvent): void => {
    const key = (event.target as Element | null)?.getAttribute?.(this.keyAttribute);
    if (key != null && key !== this.current) {
      this.current = key;
      this.changed();
    }
  };

  /** On the row: arrows (either axis, since the row wraps), Home and End move focus; the ends wrap around. */
  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.currentTarget as HTMLElement;
    const items = [...row.querySelectorAll<HTMLElement>(`[${this.keyAttribute}]`)];
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0 || items.length === 0) return;
    const last = items.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    items[next].focus();
  };
}
