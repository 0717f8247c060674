import {normalizeHttpUrl} from './rules.js';

/**
 * The URL if it is an absolute http: or https: URL (the only links the widget ever renders). The data
 * was validated with the same rule; checking again where links are made keeps the promise local.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  const url = typeof value === 'string' ? normalizeHttpUrl(value) : null;
  return url === null ? undefined : new URL(url).href;
}

/** `https://www.example.org/a/b` → `example.org`, for link text. */
export function displayHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
