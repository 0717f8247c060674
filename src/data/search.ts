import type MiniSearch from 'minisearch';
import type {Query, SearchResult} from 'minisearch';
import {forEachInSlices, type SliceOptions} from './chunked.js';
import {normalizeText} from './text.js';
import type {Sector, SiteFeature} from './types.js';

/**
 * The searchable fields, strongest first: a match in an earlier field ranks a site before any site
 * matched only in a later one (a name match before a description match).
 */
const FIELDS = ['name', 'city', 'sectors', 'address', 'description'] as const;
type Field = (typeof FIELDS)[number];
type SearchDocument = {id: string} & Record<Field, string>;

/** Words this long or longer tolerate one typo ("euratechnolgies"); shorter ones would match too much. */
const FUZZY_MIN_LENGTH = 5;
/** Up to this many sites, the index is built at once on the first query (a few tens of ms). */
export const SYNC_INDEX_UP_TO = 5000;
/** Sites added to the index between two looks at the clock. */
const INDEX_BATCH = 64;

type SearchEngine = typeof MiniSearch;
let engine: SearchEngine | undefined;
let engineLoading: Promise<SearchEngine> | undefined;

/**
 * MiniSearch travels in its own chunk, fetched when a visitor first goes to the search field (or a link
 * carries a query), so a page that only shows the map never downloads it. Loaded once per page.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  engineLoading ??= import('./search-engine.js').then(
    (module) => (engine = module.default),
    (error: unknown) => {
      engineLoading = undefined;
      throw error;
    },
  );
  return engineLoading;
}

/** Whether the text searches nothing (blank, or only punctuation): every site shows, no index is needed. */
export function isBlankQuery(text: string): boolean {
  return parseQuery(text) === undefined;
}

/**
 * French (and English) plurals reduced to their singular, so "jeux" finds "jeu" and "réseaux" finds
 * "réseau". Applied to indexed words (which keep their own form too) and to the visitor's words.
 */
export function singular(word: string): string {
  if (word.length >= 5 && word.endsWith('aux') && !word.endsWith('eaux')) return `${word.slice(0, -3)}al`;
  if (word.length >= 4 && /(?:eu|au|ou)x$/.test(word)) return word.slice(0, -1);
  if (word.length >= 4 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * The words of one whitespace-separated chunk: its pieces, and the pieces glued when punctuation joined
 * them ("e-commerce" → e, commerce, ecommerce; "d'Ascq" → d, ascq, dascq).
 */
function chunkWords(chunk: string): string[] {
  const pieces = normalizeText(chunk).split(' ').filter(Boolean);
  return pieces.length > 1 ? [...pieces, pieces.join('')] : pieces;
}

/**
 * Index-time words of a field. Names and towns also index neighbouring words glued together, so a
 * visitor who types "laredoute" finds "La Redoute" (kept to these short fields to keep the index small).
 */
function indexWords(text: string, field?: string): string[] {
  const chunks = text.split(/\s+/).filter(Boolean);
  const words = chunks.flatMap(chunkWords);
  if (field === 'name' || field === 'city') {
    const whole = chunks.map((chunk) => normalizeText(chunk).replace(/ /g, ''));
    for (let i = 0; i + 1 < whole.length; i++) words.push(whole[i] + whole[i + 1]);
    if (whole.length > 2) words.push(whole.join(''));
  }
  return words;
}

/**
 * The visitor's text as a query: every chunk must match (AND); a chunk joined by punctuation matches
 * either glued or piece by piece; each word may also match as its singular. Words match word starts.
 */
export function parseQuery(text: string): Query | undefined {
  const chunks = text.split(/\s+/).filter((chunk) => normalizeText(chunk) !== '');
  if (chunks.length === 0) return undefined;
  const word = (term: string): Query => {
    const base = singular(term);
    return base === term ? term : {combineWith: 'OR', queries: [term, base]};
  };
  return {
    combineWith: 'AND',
    queries: chunks.map((chunk): Query => {
      const pieces = normalizeText(chunk).split(' ');
      if (pieces.length === 1) return word(pieces[0]);
      return {combineWith: 'OR', queries: [word(pieces.join('')), {combineWith: 'AND', queries: pieces.map(word)}]};
    }),
  };
}

/**
 * The rank of a result: its strongest field (0: name), and any match spelled as typed (or as the start
 * of a word) before any match found only by typo tolerance ("ecommerce" is a typo of "commerce").
 */
function matchRank(result: SearchResult): number {
  let best = 2 * FIELDS.length;
  for (const [term, fields] of Object.entries(result.match)) {
    const typo = !result.queryTerms.some((typed) => term.startsWith(typed));
    for (const field of fields) best = Math.min(best, FIELDS.indexOf(field as Field) + (typo ? FIELDS.length : 0));
  }
  return best;
}

/**
 * Full-text search over the sites of one dataset (MiniSearch: prefix and fuzzy matching on an inverted
 * index). The index is built on the first query, not when the dataset loads: most visitors never search.
 * The search is `ready` once MiniSearch is loaded ({@link load}) along with anything the dataset waits for
 * ({@link waitFor}: the embedded dataset's descriptions); until then, and while a large dataset's index is
 * built in slices ({@link prepare}), searches find nothing (`building`); `onBuilt` then says the results changed.
 */
export class SiteSearch {
  private index: MiniSearch<SearchDocument> | undefined;
  private preparing: Promise<void> | undefined;
  private loading: Promise<void> | undefined;
  /** What the index waits for besides MiniSearch, and whether it has arrived. */
  private awaited: {load: () => Promise<void>; done: boolean} | undefined;
  private readonly labels: ReadonlyMap<string, string>;

  constructor(
    private readonly sites: readonly SiteFeature[],
    sectors: readonly Sector[],
    private readonly onBuilt: () => void = () => {},
  ) {
    this.labels = new Map(sectors.map((sector) => [sector.id, Object.values(sector.label).join(' ')]));
  }

  /** Whether the index has been built (for tests and measurements). */
  get built(): boolean {
    return this.index !== undefined;
  }

  /** Whether the index is being loaded or built in slices: searches wait for it. */
  get building(): boolean {
    return (this.loading !== undefined && !this.ready) || (this.preparing !== undefined && this.index === undefined);
  }

  /** Whether a query can be answered now (a small dataset's index is then built at once on the first query). */
  get ready(): boolean {
    return engine !== undefined && (this.awaited?.done ?? true);
  }

  /** The index must wait for `load` too (the sites' searchable text arrives later). Call before any search. */
  waitFor(load: () => Promise<void>): void {
    this.awaited = {load, done: false};
  }

  /** Loads MiniSearch and what the index waits for; settles once a query can be answered. */
  load(): Promise<void> {
    if (this.ready) return Promise.resolve();
    const awaited = this.awaited;
    this.loading ??= Promise.all([loadSearchEngine(), awaited?.load().then(() => (awaited.done = true))]).then(
      () => {},
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    return this.loading;
  }

  /** Builds the index in slices, giving the main thread back in between; settles once it is ready. */
  prepare(options: SliceOptions = {}): Promise<void> {
    if (this.index) return Promise.resolve();
    this.preparing ??= (async () => {
      await this.load();
      const index = this.createIndex();
      await forEachInSlices(
        this.sites.length,
        (from, to) => index.addAll(this.sites.slice(from, to).map((site) => this.document(site))),
        {
          ...options,
          batch: INDEX_BATCH,
        },
      );
      this.index = index;
      this.onBuilt();
    })().catch((error: unknown) => {
      this.preparing = undefined;
      throw error;
    });
    return this.preparing;
  }

  /**
   * Ids of the matching sites, best first; undefined for a blank query (no search: every site).
   * Ties keep the order of relevance MiniSearch gives (BM25, exact before prefix before fuzzy).
   */
  search(text: string): string[] | undefined {
    const query = parseQuery(text);
    if (!query) return undefined;
    if (!this.ready) {
      // Asked before the search field started loading: the results follow once it is ready.
      void this.load().then(
        () => this.onBuilt(),
        () => {},
      );
      return undefined;
    }
    if (!this.index && this.sites.length > SYNC_INDEX_UP_TO) {
      void this.prepare().catch(() => {});
      return undefined;
    }
    const results = this.ensureIndex().search(query);
    const ranks = new Map(results.map((result) => [result, matchRank(result)]));
    return results.sort((a, b) => ranks.get(a)! - ranks.get(b)! || b.score - a.score).map((result) => result.id as string);
  }

  /** Builds the whole index at once (small datasets). */
  private ensureIndex(): MiniSearch<SearchDocument> {
    if (this.index) return this.index;
    const index = this.createIndex();
    index.addAll(this.sites.map((site) => this.document(site)));
    this.index = index;
    return index;
  }

  private createIndex(): MiniSearch<SearchDocument> {
    if (!engine) throw new Error('the search engine is not loaded');
    return new engine<SearchDocument>({
      fields: [...FIELDS],
      idField: 'id',
      tokenize: indexWords,
      processTerm: (term) => {
        const base = singular(term);
        return base === term ? term : [term, base];
      },
      searchOptions: {
        // The query arrives already split and normalised by parseQuery().
        tokenize: (term) => [term],
        processTerm: (term) => term,
        prefix: true,
        fuzzy: (term) => (term.length >= FUZZY_MIN_LENGTH ? 1 : false),
        boost: {name: 3, city: 1.5},
      },
    });
  }

  private document(site: SiteFeature): SearchDocument {
    const {name, city, address, description, sectors} = site.properties;
    return {
      id: site.id,
      name,
      city: city ?? '',
      address: address ?? '',
      description: typeof description === 'object' ? Object.values(description).join(' ') : (description ?? ''),
      sectors: sectors.map((id) => this.labels.get(id) ?? '').join(' '),
    };
  }
}

/** No sector selected: every site; otherwise the sites having any of the selected sectors. */
export function inSectors(site: SiteFeature, sectors: readonly string[]): boolean {
  return sectors.length === 0 || site.properties.sectors.some((id) => sectors.includes(id));
}

/** For the filter bar: how many of the given sites each sector has (a sector listed twice counts once). */
export function countBySector(sites: Iterable<SiteFeature>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const site of sites) {
    for (const id of new Set(site.properties.sectors)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
