import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {loadEmbedded, loadFetcher, loadSlicedValidation, loadValidation} from '../data/data-modules.js';
import {DatasetView} from '../data/dataset-view.js';
import {EmbeddedDetails} from './embedded-details.js';
import {embeddedDataset} from '../data/embedded-dataset.js';
import type {Dataset, Problem, SiteCollection} from '../data/types.js';
import {DatasetFormatError} from '../data/types.js';
import {MAX_FEATURES} from '../data/rules.js';
import type {ParseOptions} from '../data/validate.js';
import {SYNC_INDEX_UP_TO} from '../data/search.js';
import {DataErrorEvent, type DataErrorCode} from '../events/data-error.js';
import {DataLoadEvent} from '../events/data-load.js';
import {resolveLang} from '../i18n/lang.js';
import type {LoadProblem} from '../i18n/strings.js';

/** Larger answers are refused (`too-large`): about ten times the 100,000-site target. */
const MAX_DATASET_BYTES = 64 * 1024 * 1024;
/** Console warnings about one dataset: the first ones, then a single summary line. */
const MAX_CONSOLE_WARNINGS = 20;
/** Larger collections are validated in slices, giving the page back every few milliseconds. */
const SLICED_FROM = 2000;

export interface DatasetHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  data: unknown;
  loadTimeout: number;
  maxFeatures: number | undefined;
  lang: string;
}

export type DatasetState =
  | {readonly status: 'loading'}
  | {readonly status: 'ready'; readonly dataset: Dataset}
  | ({readonly status: 'error'; readonly message: string} & LoadProblem);

type Source = {kind: 'object'; value: unknown} | {kind: 'url'; url: string} | {kind: 'embedded'};

/** Stands for the embedded dataset among the sources already asked for. */
const EMBEDDED = Symbol('embedded dataset');

/**
 * Loads the dataset the host asks for (`data` wins over `src`, else the embedded one), validates it,
 * keeps the {@link DatasetView} of what is shown, and fires `data-load` / `data-error` once the result is
 * on screen. A newer request makes older answers stale: they are aborted and ignored.
 */
export class DatasetController implements ReactiveController {
  state: DatasetState = {status: 'loading'};
  /** Lookups, search and filtering over the dataset on screen; undefined while loading or in error. */
  view: DatasetView | undefined;
  /** Counts the datasets shown: each new one is fitted into view. */
  serial = 0;
  /** Resolves once the `data-load` of the dataset on screen has fired: events it causes come after it. */
  announced: Promise<void> = new Promise(() => {});
  private currentSource: unknown = undefined;
  private request: AbortController | undefined;
  private generation = 0;
  private readonly details: EmbeddedDetails;

  /**
   * `drawn`: settles once the map shows the last render (Leaflet loads lazily): events wait for it.
   * `prepare`: what must be ready before a new dataset shows (a search carried by a link).
   */
  constructor(
    private readonly host: DatasetHost,
    private readonly drawn: () => Promise<void> = () => Promise.resolve(),
    private readonly prepare: (view: DatasetView) => Promise<void> = () => Promise.resolve(),
  ) {
    host.addController(this);
    this.details = new EmbeddedDetails(() => host.requestUpdate());
  }

  /** Whether the sites on screen have all their properties (the embedded dataset's details come later). */
  get detailsReady(): boolean {
    return this.details.completeFor(this.view);
  }

  /** Fetches the details of the embedded dataset on screen, if still missing; renders again once merged. */
  loadDetails(): Promise<void> {
    return this.details.load(this.view);
  }

  /** Before each render: starts loading when `src`/`data` point at something new (in-memory data shows at once). */
  hostUpdate(): void {
    const source = this.source();
    const key = source.kind === 'object' ? source.value : source.kind === 'url' ? source.url : EMBEDDED;
    if (key === this.currentSource) return;
    this.currentSource = key;
    void this.load(source);
  }

  hostDisconnected(): void {
    // An unfinished download is dropped; it starts again if the element comes back.
    if (this.state.status === 'loading' && this.request) {
      this.request.abort();
      this.currentSource = undefined;
    }
  }

  /** Loads the same source again (the visitor pressed Retry after an error). */
  retry(): void {
    this.currentSource = undefined;
    this.host.requestUpdate();
  }

  private source(): Source {
    const {data, src} = this.host;
    if (data !== undefined && data !== null) return {kind: 'object', value: data};
    if (src) return {kind: 'url', url: src};
    return {kind: 'embedded'};
  }

  private async load(source: Source): Promise<void> {
    this.request?.abort();
    const generation = ++this.generation;
    this.request = new AbortController();
    const {signal} = this.request;
    this.details.forget();
    this.setState({status: 'loading'});
    try {
      // The validator downloads while the data does.
      if (source.kind !== 'embedded') loadValidation().catch(() => {});
      const input =
        source.kind === 'url'
          ? await this.fetchSource(source.url, signal)
          : source.kind === 'object'
            ? source.value
            : await loadEmbedded();
      if (generation !== this.generation) return;
      const options = {maxFeatures: readMaxFeatures(this.host.maxFeatures)};
      const trusted = source.kind === 'embedded' && isTrusted(input as SiteCollection, options.maxFeatures);
      const dataset = trusted ? embeddedDataset(input as Required<SiteCollection>) : await validate(input, {signal, ...options});
      // The clustering hierarchy and name order are built in slices too, before the sites show.
      const view = await DatasetView.build(dataset, {signal, lang: resolveLang(this.host, this.host.lang)});
      if (generation !== this.generation) return;
      if (source.kind === 'embedded') this.details.expect(view);
      await this.prepare(view);
      if (generation !== this.generation) return;
      const problems = [...dataset.rejected, ...dataset.warnings];
      const format = problems.length ? (await loadValidation()).formatProblem : undefined;
      if (generation !== this.generation) return;
      this.show(dataset, view, generation, describe(source), format);
    } catch (error) {
      if (generation !== this.generation || signal.aborted) return;
      const fetcher = source.kind === 'url' ? await loadFetcher().catch(() => undefined) : undefined;
      if (generation !== this.generation) return;
      if (fetcher && error instanceof fetcher.DataLoadError) this.fail(error.code, error.message, generation, error.httpStatus);
      else if (source.kind === 'url' && !fetcher)
        this.fail('network', `${source.url} could not be fetched: ${String(error)}`, generation);
      else if (error instanceof DatasetFormatError) this.fail('format', error.message, generation);
      else this.fail('format', `The dataset could not be used: ${String(error)}`, generation);
    }
  }

  private async fetchSource(src: string, signal: AbortSignal): Promise<unknown> {
    const {fetchGeoJson, readLoadTimeout, resolveSourceUrl} = await loadFetcher();
    return fetchGeoJson(resolveSourceUrl(src, document.baseURI), {
      signal,
      timeoutMs: readLoadTimeout(this.host.loadTimeout),
      maxBytes: MAX_DATASET_BYTES,
    });
  }

  private show(
    dataset: Dataset,
    view: DatasetView,
    generation: number,
    label: string,
    /** The validator's, loaded when there are problems to tell. */
    formatProblem: (problem: Problem, file: string) => string = (problem) => problem.message,
  ): void {
    const problems = [...dataset.rejected, ...dataset.warnings];
    for (const problem of problems.slice(0, MAX_CONSOLE_WARNINGS))
      console.warn(`<ecosystem-map> ${formatProblem(problem, label)}`);
    if (problems.length > MAX_CONSOLE_WARNINGS) {
      console.warn(
        `<ecosystem-map> ${label}: ${problems.length - MAX_CONSOLE_WARNINGS} more problems not shown ` +
          `(${dataset.rejected.length} features left out in all; the data-load event lists them).`,
      );
    }
    if (dataset.sites.length === 0 && dataset.rejected.length > 0) {
      const first = dataset.rejected[0];
      this.fail(
        'format',
        `None of the ${dataset.rejected.length} features can be shown; the first: ${formatProblem(first, label)}`,
        generation,
      );
      return;
    }
    this.setState({status: 'ready', dataset}, view);
    this.announce(generation, () => new DataLoadEvent({count: dataset.sites.length, rejected: dataset.rejected}));
    // The embedded dataset's details come in idle time once the map is up, before most visitors ask.
    if (!this.details.completeFor(view)) void this.announced.then(() => whenIdle(() => void this.loadDetails()));
    if (dataset.sites.length > SYNC_INDEX_UP_TO) {
      // A large search index is built in slices once the map is up, before the visitor types.
      const {signal} = this.request!;
      void this.announced.then(() => whenIdle(() => void view.search.prepare({signal, priority: 'background'}).catch(() => {})));
    }
  }

  private fail(code: DataErrorCode, message: string, generation: number, httpStatus?: number): void {
    console.warn(`<ecosystem-map> data-error (${code}): ${message}`);
    // The browser knows when it is offline: the visitor is told that rather than "unreachable".
    const offline = code === 'network' && !navigator.onLine;
    this.setState({status: 'error', code, message, httpStatus, offline});
    this.announce(generation, () => new DataErrorEvent({code, message}));
  }

  private setState(state: DatasetState, view?: DatasetView): void {
    this.state = state;
    const dataset = state.status === 'ready' ? state.dataset : undefined;
    if (dataset === this.view?.dataset) return;
    this.view = view;
    if (view) view.onChange = () => this.host.requestUpdate();
    if (dataset) this.serial++;
  }

  /**
   * Events fire once the result is rendered, and never in the same task that created the element,
   * so a page that adds its listener right after inserting the element still hears them.
   */
  private announce(generation: number, event: () => Event): void {
    let resolve!: () => void;
    this.announced = new Promise((done) => (resolve = done));
    this.host.requestUpdate();
    void this.host.updateComplete.then(this.drawn).then(() =>
      setTimeout(() => {
        if (generation !== this.generation) return;
        this.host.dispatchEvent(event());
        resolve();
      }),
    );
  }
}

/** The `max-features` to apply: a positive whole number, the default when unset, else the default with a warning. */
function readMaxFeatures(value: unknown): number {
  if (value === undefined || value === null) return MAX_FEATURES;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  console.warn(`<ecosystem-map> max-features is not a positive whole number; reading at most ${MAX_FEATURES} features.`);
  return MAX_FEATURES;
}

/**
 * Validates a dataset from `src` or `data` (in slices when large). The validator and the slicing
 * parser are separate chunks, so the first map with the embedded dataset does not download them.
 */
async function validate(input: unknown, options: ParseOptions & {signal: AbortSignal}): Promise<Dataset> {
  if (large(input)) return (await loadSlicedValidation()).parseDatasetAsync(input, options);
  return (await loadValidation()).parseDataset(input, options);
}

/**
 * The embedded collection is used as generated when it is read whole (it was validated at build time);
 * a `max-features` below its size sends it through the validator, which reports what is left out.
 */
function isTrusted(collection: SiteCollection, maxFeatures: number): collection is Required<SiteCollection> {
  return Array.isArray(collection.sectors) && collection.features.length <= maxFeatures;
}

/** Whether a collection is large enough to be validated in slices. */
function large(input: unknown): boolean {
  const features = typeof input === 'object' && input !== null ? (input as {features?: unknown}).features : undefined;
  return Array.isArray(features) && features.length >= SLICED_FROM;
}

/** Runs `work` when the page is idle (soon, where the browser cannot tell). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, {timeout: 2000});
  else setTimeout(work, 0);
}

/** How console warnings name where the data came from. */
function describe(source: Source): string {
  return source.kind === 'url' ? source.url : source.kind === 'object' ? 'data property' : 'embedded dataset';
}
