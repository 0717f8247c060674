/** Small helpers for reading untrusted values and talking about them in messages. Pure module. */

export type Json = Record<string, unknown>;

export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Short, safe rendering of a value inside a message: `"abc"`, `42`, `an object`, … */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const s = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'an object';
}

/** The trimmed text, or undefined when `v` is not a text or only blanks. */
export function nonEmptyString(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** Reason for a text over its limit; never repeats the text itself. */
export function tooLong(length: number, max: number): string {
  return `is ${length} characters long, over the limit of ${max}`;
}
