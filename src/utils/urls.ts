/** The URL if it is an absolute http: or https: URL (the only links the widget ever renders). */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `https://www.example.org/a/b` → `example.org`, for link text. */
export function displayHost(href: string): string {
  return new URL(href).hostname.replace(/^www\./, '');
}
