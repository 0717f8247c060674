// The search index of a dataset's sites (MiniSearch: prefix and fuzzy matching on an inverted index),
// with how words are cut, matched and ranked. A chunk of its own, loaded by search.ts when a visitor
// first goes to the search field, so a page that only shows the map never downloads it.
import MiniSearch, {type Query, type SearchResult} from 'minisearch';
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

/** One dataset's index: sites are added (all at once, or in slices), then searched. */
export class SiteIndex {
  private readonly index: MiniSearch<SearchDocument>;
  private readonly labels: ReadonlyMap<string, string>;

  constructor(sectors: readonly Sector[]) {
    this.labels = new Map(sectors.map((sector) => [sector.id, Object.values(sector.label).join(' ')]));
    this.index = new MiniSearch<SearchDocument>({
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

  add(sites: readonly SiteFeature[]): void {
    this.index.addAll(sites.map((site) => this.document(site)));
  }

  /**
   * Ids of the matching sites, best first; undefined for a blank query (no search: every site).
   * Ties keep the order of relevance MiniSearch gives (BM25, exact before prefix before fuzzy).
   */
  search(text: string): string[] | undefined {
    const query = parseQuery(text);
    if (!query) return undefined;
    const results = this.index.search(query);
    const ranks = new Map(results.map((result) => [result, matchRank(result)]));
    return results.sort((a, b) => ranks.get(a)! - ranks.get(b)! || b.score - a.score).map((result) => result.id as string);
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

/**
 * The index of a large dataset (see SCAN_INDEX_FROM in search.ts): each site's name, town, sector
 * labels and address as one normalised text, scanned on each query. An inverted index such as
 * MiniSearch scores every site a common word matches (every "Site N" for "site": seconds at 100 000
 * sites, in one task); a scan finds word starts in tens of milliseconds. What it gives up: typo
 * tolerance, descriptions and relevance scores; names matching come first, then dataset order.
 */
export class ScanIndex {
  private readonly labels: ReadonlyMap<string, string>;
  private readonly ids: string[] = [];
  /** Per site: " name words ", and " name town sectors address " with the glued name words. */
  private readonly names: string[] = [];
  private readonly texts: string[] = [];

  constructor(sectors: readonly Sector[]) {
    this.labels = new Map(sectors.map((sector) => [sector.id, Object.values(sector.label).join(' ')]));
  }

  add(sites: readonly SiteFeature[]): void {
    for (const site of sites) {
      const {name, city, address, sectors} = site.properties;
      const words = normalizeText(name);
      const labels = sectors.map((id) => this.labels.get(id) ?? '').join(' ');
      this.ids.push(site.id);
      this.names.push(` ${words} ${words.replace(/ /g, '')} `);
      this.texts.push(` ${words} ${words.replace(/ /g, '')} ${normalizeText(`${city ?? ''} ${labels} ${address ?? ''}`)} `);
    }
  }

  /** Ids of the sites where every chunk of the text starts a word; name matches first. */
  search(text: string): string[] {
    const chunks = text
      .split(/\s+/)
      .map((chunk) => normalizeText(chunk))
      .filter(Boolean);
    // A chunk matches glued ("la-redoute" as "laredoute") or piece by piece; a word also as its singular.
    const alternatives = chunks.map((chunk) => {
      const pieces = chunk.split(' ');
      const glued = pieces.join('');
      return [[glued], ...(pieces.length > 1 ? [pieces] : [])].map((words) =>
        words.map((word) => [...new Set([` ${word}`, ` ${singular(word)}`])]),
      );
    });
    const matches = (haystack: string) =>
      alternatives.every((ways) => ways.some((words) => words.every((forms) => forms.some((form) => haystack.includes(form)))));
    const byName: string[] = [];
    const others: string[] = [];
    for (let i = 0; i < this.ids.length; i++) {
      if (!matches(this.texts[i])) continue;
      (matches(this.names[i]) ? byName : others).push(this.ids[i]);
    }
    return byName.concat(others);
  }
}
