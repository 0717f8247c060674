/**
 * Reads the properties of one feature by the field table of rules.ts, collecting its problems.
 * Pure module.
 */
import {LANGUAGES, OPENED_YEAR, REQUIRED_LANGUAGES, normalizeHttpUrl} from './rules.js';
import type {PropertyRule} from './rules.js';
import {problem} from './types.js';
import type {LocalizedText, Problem, SiteProperties} from './types.js';
import {describeValue, isPlainObject, tooLong} from './values.js';

/** The problems found in one feature, each tagged with its index and (once known) its id. */
export class FeatureChecker {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  id: string | undefined;
  constructor(readonly index: number) {}

  error(field: string, message: string, hint?: string): void {
    this.errors.push(problem({severity: 'error', index: this.index, id: this.id, field, message, hint}));
  }
  warn(field: string, message: string, hint?: string): void {
    this.warnings.push(problem({severity: 'warning', index: this.index, id: this.id, field, message, hint}));
  }
}

function optionalText(c: FeatureChecker, key: string, v: unknown, rule: PropertyRule): string | undefined {
  if (typeof v !== 'string') {
    c.warn(key, `is ${describeValue(v)}, not a text; it is not shown`, 'write it between quotes');
    return undefined;
  }
  const text = v.trim();
  if (rule.maxLength !== undefined && text.length > rule.maxLength) {
    c.warn(key, `${tooLong(text.length, rule.maxLength)}; it is not shown`, `shorten it to ${rule.maxLength} characters at most`);
    return undefined;
  }
  return text || undefined;
}

function optionalLocalizedText(
  c: FeatureChecker,
  key: string,
  v: unknown,
  rule: PropertyRule,
): string | LocalizedText | undefined {
  if (typeof v === 'string') return optionalText(c, key, v, rule);
  const example = `{${REQUIRED_LANGUAGES.map((l) => `"${l}": "..."`).join(', ')}}`;
  if (!isPlainObject(v)) {
    c.warn(key, `is ${describeValue(v)}; it is not shown`, `write ${example}`);
    return undefined;
  }
  const out: LocalizedText = {};
  const warningsBefore = c.warnings.length;
  for (const lang of LANGUAGES) {
    const t = v[lang];
    if (t === undefined || t === null) continue;
    const text = optionalText(c, `${key}.${lang}`, t, rule);
    if (text !== undefined) out[lang] = text;
  }
  // Say it once when nothing is usable and no language has already been reported.
  if (Object.keys(out).length === 0 && Object.keys(v).length > 0 && c.warnings.length === warningsBefore) {
    const names = LANGUAGES.map((l) => `"${l}"`);
    c.warn(key, `has no ${names.slice(0, -1).join(', ')} or ${names.at(-1)} text; it is not shown`, `write ${example}`);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function optionalWebsite(c: FeatureChecker, key: string, v: unknown, rule: PropertyRule): string | undefined {
  if (typeof v !== 'string') {
    c.warn(
      key,
      `is ${describeValue(v)}, not a web address; it is not shown`,
      'write an absolute address such as "https://example.org"',
    );
    return undefined;
  }
  if (v.trim() === '') return undefined;
  return httpUrl(c, key, v, rule, 'it is not shown');
}

function httpUrl(c: FeatureChecker, field: string, v: string, rule: PropertyRule, dropped: string): string | undefined {
  const max = rule.maxLength;
  if (max !== undefined && v.trim().length > max) {
    c.warn(field, `${tooLong(v.trim().length, max)}; ${dropped}`, `use an address of ${max} characters at most`);
    return undefined;
  }
  const url = normalizeHttpUrl(v);
  if (url === null) {
    c.warn(field, `${describeValue(v)} is not an http(s) URL; ${dropped}`, 'use an absolute https:// address');
    return undefined;
  }
  return url;
}

function optionalYear(c: FeatureChecker, key: string, v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < OPENED_YEAR.min || v > OPENED_YEAR.max) {
    const quoted = typeof v === 'string' && /^\s*\d{4}\s*$/.test(v);
    c.warn(
      key,
      `is ${describeValue(v)}, not a year between ${OPENED_YEAR.min} and ${OPENED_YEAR.max}; it is not shown`,
      quoted ? `remove the quotes: "${key}": ${v.trim()}` : 'write a four-digit year without quotes, e.g. 2009',
    );
    return undefined;
  }
  return v;
}

function optionalSources(c: FeatureChecker, key: string, v: unknown, rule: PropertyRule): string[] | undefined {
  if (!Array.isArray(v)) {
    c.warn(
      key,
      `is ${describeValue(v)}, not a list of URLs; it is ignored`,
      typeof v === 'string' ? `write a list: [${describeValue(v)}]` : 'write a list such as ["https://example.org/article"]',
    );
    return undefined;
  }
  let list: unknown[] = v;
  const maxItems = rule.maxItems;
  if (maxItems !== undefined && v.length > maxItems) {
    c.warn(
      key,
      `has ${v.length} entries, over the limit of ${maxItems}; only the first ${maxItems} are read`,
      `keep the ${maxItems} most useful sources`,
    );
    list = v.slice(0, maxItems);
  }
  const out: string[] = [];
  list.forEach((s: unknown, i) => {
    const field = `${key}[${i}]`;
    if (typeof s !== 'string')
      c.warn(field, `${describeValue(s)} is not an http(s) URL; it is ignored`, 'use an absolute https:// address');
    else {
      const url = httpUrl(c, field, s, rule, 'it is ignored');
      if (url !== undefined) out.push(url);
    }
  });
  return out.length > 0 ? out : undefined;
}

function optionalMetres(c: FeatureChecker, key: string, v: unknown): number | undefined {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
    c.warn(
      key,
      `is ${describeValue(v)}, not a distance in metres; it is ignored`,
      typeof v === 'string' ? 'remove the quotes: write a number such as 150' : 'write a positive number of metres, e.g. 150',
    );
    return undefined;
  }
  return v;
}

/** Reads one optional property by its rule; undefined when absent or dropped. */
export function optionalProperty(
  c: FeatureChecker,
  rule: PropertyRule,
  v: unknown,
): SiteProperties[keyof SiteProperties] | undefined {
  if (v === undefined || v === null) return undefined;
  switch (rule.kind) {
    case 'text':
      return optionalText(c, rule.key, v, rule);
    case 'localized-text':
      return optionalLocalizedText(c, rule.key, v, rule);
    case 'http-url':
      return optionalWebsite(c, rule.key, v, rule);
    case 'http-url-list':
      return optionalSources(c, rule.key, v, rule);
    case 'year':
      return optionalYear(c, rule.key, v);
    case 'metres':
      return optionalMetres(c, rule.key, v);
    case 'sector-ids':
      return undefined; // required, read by checkSectors
  }
}
