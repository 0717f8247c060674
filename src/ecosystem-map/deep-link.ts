/**
 * The deep-link codec: the widget's state ⇄ `key=value` pairs of a URL fragment. Pure: no DOM.
 *
 * A fragment is read as `&`-separated segments. The widget owns three keys, `<prefix>-site`,
 * `<prefix>-sectors` (comma-separated ids) and `<prefix>-q`, where the prefix is the element's `id`, or
 * `map`. Every other segment (the host page's own pairs, a plain `#section` anchor, empty segments) is
 * kept untouched and in order; the widget's pairs stay where they were, new ones are appended.
 */

/** What a link carries. `site: undefined` = no details open; `sectors: []` = none selected (all show). */
export interface LinkState {
  readonly site: string | undefined;
  readonly sectors: readonly string[];
  readonly query: string;
}

export const EMPTY_LINK_STATE: LinkState = {site: undefined, sectors: [], query: ''};

export interface LinkRead {
  /** Only the keys present (and readable) in the fragment. */
  readonly found: Partial<LinkState>;
  /** One sentence per pair that was ignored. */
  readonly warnings: readonly string[];
}

type Field = 'site' | 'sectors' | 'q';
const FIELDS: readonly Field[] = ['site', 'sectors', 'q'];

/** The prefix of an element's keys: its `id`, or `map`. */
export function linkPrefix(id: string | null | undefined): string {
  return id ? id : 'map';
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** `segment` = `key=value` → the field it holds for `prefix`, if any. */
function fieldOf(segment: string, prefix: string): {field: Field | 'unknown'; raw: string} | undefined {
  const equals = segment.indexOf('=');
  if (equals < 0) return undefined;
  const key = decode(segment.slice(0, equals));
  if (key === undefined || !key.startsWith(`${prefix}-`)) return undefined;
  const name = key.slice(prefix.length + 1);
  const raw = segment.slice(equals + 1);
  return {field: (FIELDS as readonly string[]).includes(name) ? (name as Field) : 'unknown', raw};
}

function segmentsOf(fragment: string): string[] {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  return text === '' ? [] : text.split('&');
}

/** Reads the widget's pairs from a fragment (with or without its `#`). Never throws. */
export function readLinkState(fragment: string, prefix: string): LinkRead {
  const found: {site?: string; sectors?: string[]; query?: string} = {};
  const warnings: string[] = [];
  const seen = new Set<Field>();
  for (const segment of segmentsOf(fragment)) {
    const pair = fieldOf(segment, prefix);
    if (!pair) continue;
    if (pair.field === 'unknown') {
      warnings.push(`"${segment}" is not a key of this map (${FIELDS.map((f) => `${prefix}-${f}`).join(', ')}); ignored.`);
      continue;
    }
    if (seen.has(pair.field)) {
      warnings.push(`"${segment}" repeats ${prefix}-${pair.field}; the first one is used.`);
      continue;
    }
    seen.add(pair.field);
    if (pair.field === 'sectors') {
      const ids = pair.raw.split(',').map((id) => decode(id));
      if (ids.some((id) => id === undefined)) {
        warnings.push(`"${segment}" is not percent-encoded correctly; ignored.`);
        continue;
      }
      found.sectors = [...new Set((ids as string[]).map((id) => id.trim()).filter(Boolean))];
      continue;
    }
    const value = decode(pair.raw);
    if (value === undefined) {
      warnings.push(`"${segment}" is not percent-encoded correctly; ignored.`);
      continue;
    }
    if (pair.field === 'site') found.site = value.trim() || undefined;
    else found.query = value;
  }
  return {found, warnings};
}

/** The full state a fragment stands for: an absent pair is the empty value. */
export function linkStateOf(fragment: string, prefix: string): LinkState {
  return {...EMPTY_LINK_STATE, ...readLinkState(fragment, prefix).found};
}

export function sameLinkState(a: LinkState, b: LinkState): boolean {
  return a.site === b.site && a.query === b.query && a.sectors.join(',') === b.sectors.join(',');
}

function pairOf(prefix: string, field: Field, state: LinkState): string | undefined {
  const key = `${encodeURIComponent(prefix)}-${field}`;
  if (field === 'site') return state.site ? `${key}=${encodeURIComponent(state.site)}` : undefined;
  if (field === 'sectors') return state.sectors.length ? `${key}=${state.sectors.map(encodeURIComponent).join(',')}` : undefined;
  return state.query ? `${key}=${encodeURIComponent(state.query)}` : undefined;
}

/**
 * The fragment (without `#`) with the widget's pairs set to `state`: every other segment is kept as it
 * was and where it was; an empty value removes its pair; repeated pairs of the widget are dropped.
 */
export function writeLinkState(fragment: string, prefix: string, state: LinkState): string {
  const written = new Set<Field>();
  const out: string[] = [];
  for (const segment of segmentsOf(fragment)) {
    const pair = fieldOf(segment, prefix);
    if (!pair || pair.field === 'unknown') {
      out.push(segment);
      continue;
    }
    if (written.has(pair.field)) continue;
    written.add(pair.field);
    const replacement = pairOf(prefix, pair.field, state);
    if (replacement !== undefined) out.push(replacement);
  }
  for (const field of FIELDS) {
    if (written.has(field)) continue;
    const pair = pairOf(prefix, field, state);
    if (pair !== undefined) out.push(pair);
  }
  return out.join('&');
}
