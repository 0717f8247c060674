import type {DataErrorCode} from '../events/data-error.js';

/**
 * A dataset could not be fetched or read; `code` is the stable code of the `data-error` event, and
 * `httpStatus` the status of an `http` error (the visible sentence names it).
 */
export class DataLoadError extends Error {
  constructor(
    readonly code: DataErrorCode,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

/** How long the widget waits for `src` unless `load-timeout` says otherwise. */
export const DEFAULT_LOAD_TIMEOUT_MS = 15_000;
/** The longest wait `load-timeout` may ask for: two minutes (setTimeout would wrap larger values to 0). */
export const MAX_LOAD_TIMEOUT_MS = 120_000;

/** The `load-timeout` to apply: unusable values keep the default, larger ones are clamped; both with a warning. */
export function readLoadTimeout(value: unknown): number {
  const ms = typeof value === 'number' ? value : Number.NaN;
  if (!Number.isFinite(ms) || ms <= 0) {
    console.warn(`<ecosystem-map> load-timeout is not a positive number of milliseconds; waiting ${DEFAULT_LOAD_TIMEOUT_MS} ms.`);
    return DEFAULT_LOAD_TIMEOUT_MS;
  }
  if (ms > MAX_LOAD_TIMEOUT_MS) {
    console.warn(
      `<ecosystem-map> load-timeout="${ms}" is over the ${MAX_LOAD_TIMEOUT_MS} ms maximum; waiting ${MAX_LOAD_TIMEOUT_MS} ms.`,
    );
    return MAX_LOAD_TIMEOUT_MS;
  }
  return ms;
}

/** The absolute URL of `src`, or a `network` error: a URL that cannot be parsed is never fetched. */
export function resolveSourceUrl(src: string, base: string): string {
  try {
    return new URL(src, base).href;
  } catch {
    const shown = src.length > 120 ? `${src.slice(0, 117)}...` : src;
    throw new DataLoadError('network', `src="${shown}" is not a URL the browser can fetch.`);
  }
}

export interface FetchOptions {
  /** Aborts the request when `src` changes or the element goes away. */
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
}

/** Reads the body, stopping as soon as it grows past `maxBytes` (a wrong URL may point at a video). */
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw tooLarge(url, declared, maxBytes);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooLarge(url, received, maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

function tooLarge(url: string, bytes: number, maxBytes: number): DataLoadError {
  return new DataLoadError(
    'too-large',
    `${url}: more than ${maxBytes} bytes (${bytes} seen); the limit protects visitors' phones.`,
  );
}

/**
 * Fetches and parses a GeoJSON document. Throws DataLoadError with a contract code, or the
 * signal's AbortError when the caller aborted (a stale request, to be ignored).
 */
export async function fetchGeoJson(url: string, {signal, timeoutMs, maxBytes}: FetchOptions): Promise<unknown> {
  const request = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    request.abort();
  }, timeoutMs);
  const forwardAbort = () => request.abort();
  signal.addEventListener('abort', forwardAbort);
  try {
    let response: Response;
    try {
      response = await fetch(url, {signal: request.signal, credentials: 'same-origin'});
    } catch (error) {
      throw failure(error, `${url}: the server could not be reached (${String(error)}).`);
    }
    if (!response.ok) {
      const message = `${url}: the server answered HTTP ${response.status} ${response.statusText}`.trim();
      throw new DataLoadError('http', message, response.status);
    }
    let text: string;
    try {
      text = await readText(response, maxBytes, url);
    } catch (error) {
      if (error instanceof DataLoadError) throw error;
      throw failure(error, `${url}: the download broke off (${String(error)}).`);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new DataLoadError('parse', `${url}: not valid JSON (${(error as Error).message}).`);
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', forwardAbort);
  }

  function failure(error: unknown, networkMessage: string): unknown {
    if (signal.aborted) return error;
    if (timedOut) return new DataLoadError('timeout', `${url}: no complete answer within ${timeoutMs} ms.`);
    return new DataLoadError('network', networkMessage);
  }
}
