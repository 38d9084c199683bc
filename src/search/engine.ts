/**
 * The guide's search, on MiniSearch: how sections are indexed (build time, src/plugins/search-index) and how a
 * reader's query is cleaned, widened with the glossary's aliases and ranked (browser). Both sides import these
 * options, so the index and the queries always agree on terms.
 */
import MiniSearch, {type Options, type Query, type SearchOptions, type SearchResult} from 'minisearch';
import {stemmer} from 'stemmer';
import {MAX_QUERY_LENGTH, MAX_QUERY_TERMS} from './limits';

/** One searchable section of a page: the text between two headings, or a page's opening text. */
export interface SearchSection {
  /** `route#anchor`, unique in the index. */
  readonly id: string;
  /** The page's URL path, e.g. `/integration/iot`. */
  readonly route: string;
  /** The heading's id, or '' for a page's opening text. */
  readonly anchor: string;
  /** The page's title. */
  readonly page: string;
  /** The section's heading, or '' for a page's opening text. */
  readonly heading: string;
  /** The section's text. */
  readonly text: string;
  /** The page's summary (its meta description), on the page's opening section only. */
  readonly description?: string;
  /** Other names of what the section explains (a glossary term's abbreviations and synonyms). */
  readonly aliases?: string;
}

/** What the index keeps of a section to show a result: everything but the full text. */
export type StoredSection = Pick<SearchSection, 'route' | 'anchor' | 'page' | 'heading'> & {
  /** The first words of the section, to show under the result. */
  readonly excerpt: string;
};

/** One answer: a page, with the section of it that matched best. */
export interface SearchHit extends StoredSection {
  /** The page's score: its best section's. */
  readonly score: number;
  /** Query terms to highlight on the target page. */
  readonly terms: readonly string[];
}

/** The longest term that is searched fuzzily; a longer "word" is searched as it is. */
const MAX_FUZZY_TERM_LENGTH = 24;
/** Query words are cut to this length: no word of the guide is longer, and a long one costs time to search. */
const MAX_TERM_LENGTH = 40;
/** Words of a question that say nothing about the subject ("how do I ..."). */
const STOP_WORDS = new Set(
  (
    'a about an and are as at be been by can could do does for from has have how i if in into is it its me my ' +
    'of on or our should so than that the their them then there these they this to was we what when where ' +
    'which who why will with would you your'
  ).split(' '),
);
/** Length of the excerpt kept per section, in characters. */
export const EXCERPT_LENGTH = 110;

/** Splits text into words: letters and digits of any script; everything else separates. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The index's tokenizer. */
export const tokenize = words;

/**
 * Normalizes one word: compatibility forms (full-width letters), lower case, no stop words, and English words
 * reduced to their stem ("changes", "changed" and "changing" all become "chang"), so a question's wording need not
 * match the page's.
 */
export function processTerm(term: string): string | null {
  const word = term.normalize('NFKC').toLowerCase();
  if (STOP_WORDS.has(word)) return null;
  return TUNING.stem && /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/** The index's fields and how strongly each counts. */
const FIELDS = ['page', 'heading', 'description', 'aliases', 'text'] as const;

/**
 * The ranking's settings, chosen on the tuning half of the relevance suite (tests/search): how much each field
 * counts, how much a page's other sections add to its best one,
 * and how typos and unfinished words are matched.
 */
export const TUNING = {
  boost: {page: 3, heading: 1.5, description: 5, aliases: 3, text: 1} satisfies Record<(typeof FIELDS)[number], number>,
  pageSpread: 0.3,
  fuzzyFrom: 6,
  fuzzy: 0.2,
  weights: {fuzzy: 0.7, prefix: 0.6},
  prefixFrom: 3,
  stem: false,
  bm25: {k: 1.2, b: 0.7, d: 0.5},
};

/** The MiniSearch options of the index: the same at build time and in the browser. */
export const INDEX_OPTIONS = {
  fields: [...FIELDS],
  storeFields: ['route', 'anchor', 'page', 'heading', 'excerpt'],
  tokenize,
  processTerm,
  extractField: (document: SearchSection, field: string): string => {
    if (field === 'excerpt') return excerpt(document.text);
    const value = (document as unknown as Record<string, unknown>)[field];
    return typeof value === 'string' ? value : '';
  },
} satisfies Options<SearchSection>;

/** The opening words of a text, cut at a word boundary. */
export function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT_LENGTH / 2))}…`;
}

/** A query as the search reads it: markup and control characters dropped, compatibility forms folded, cut. */
export function cleanQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_LENGTH * 4)
    .normalize('NFKC')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/** The distinct search terms of a cleaned query, at most MAX_QUERY_TERMS. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  // "O-Data", "pub/sub", "e-mail": the words, and the word they make when joined.
  // A compound with a part of one or two letters ("O-Data", "e-mail") is searched only as the joined word.
  let rest = query;
  const joined: string[] = [];
  for (const [compound] of query.matchAll(/[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)+/gu)) {
    const parts = compound.split(/[-/.]/);
    joined.push(parts.join(''));
    if (parts.some((part) => part.length <= 2)) rest = rest.replace(compound, ' ');
  }
  for (const token of [...words(rest), ...joined]) {
    const term = processTerm(token.slice(0, MAX_TERM_LENGTH));
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/** An alias of a term, as the index's builder passes them to the browser: lower-case words of both. */
export interface AliasEntry {
  /** The alias's words, e.g. ['pub', 'sub']. */
  readonly alias: readonly string[];
  /** The words it stands for, e.g. ['publish', 'subscribe']. */
  readonly expansion: readonly string[];
}

/** The query tree for a reader's terms: the terms themselves, or'ed with what any alias among them stands for. */
export function buildQuery(terms: readonly string[], aliases: readonly AliasEntry[]): Query {
  const expansions: string[] = [];
  for (const {alias, expansion} of aliases) {
    if (alias.length === 0) continue;
    const at = terms.findIndex((_, i) => alias.every((word, k) => terms[i + k] === word));
    if (at >= 0) expansions.push(expansion.join(' '));
  }
  const own = terms.join(' ');
  if (expansions.length === 0) return own;
  return {combineWith: 'OR', queries: [own, ...expansions.map((e) => ({queries: [e], combineWith: 'AND' as const}))]};
}

/** Search options: every term may match anywhere, with typos forgiven in longer words and the last word a prefix. */
export const SEARCH_OPTIONS = {
  get boost() {
    return TUNING.boost;
  },
  combineWith: 'OR',
  prefix: (term: string, index: number, terms: string[]) =>
    index === terms.length - 1 && term.length >= TUNING.prefixFrom,
  fuzzy: (term: string) =>
    term.length >= TUNING.fuzzyFrom && term.length <= MAX_FUZZY_TERM_LENGTH ? TUNING.fuzzy : false,
  maxFuzzy: 2,
  get bm25() {
    return TUNING.bm25;
  },
  get weights() {
    return TUNING.weights;
  },
} satisfies SearchOptions;

/** Builds the index of the given sections (build time). */
export function createIndex(sections: readonly SearchSection[]): MiniSearch<SearchSection> {
  const index = new MiniSearch<SearchSection>(INDEX_OPTIONS);
  index.addAll([...sections]);
  return index;
}

/** The serialized index as the browser loads it. */
export interface SearchIndexFile {
  /** Bumped when the format changes, so an old cached file is refused rather than misread. */
  readonly version: typeof SEARCH_INDEX_VERSION;
  /** MiniSearch's own serialization. */
  readonly index: unknown;
  readonly aliases: readonly AliasEntry[];
  /**
   * Routes of pages that are lists of separate entries (the glossary, the capability catalogue): such a page
   * scores by its best entry alone, since its other entries are about other things.
   */
  readonly lists: readonly string[];
}
export const SEARCH_INDEX_VERSION = 1;

/** What the ranking needs besides the index: the aliases and the list pages. */
export type RankingData = Pick<SearchIndexFile, 'aliases' | 'lists'>;

/**
 * The reader's answers: pages in rank order, each with its best section. A page's score is its best section's;
 * `limit` caps the pages returned.
 */
export function rankPages(
  index: MiniSearch<SearchSection>,
  {aliases, lists}: RankingData,
  raw: string,
  limit: number,
): SearchHit[] {
  const terms = queryTerms(cleanQuery(raw));
  if (terms.length === 0) return [];
  const results = index.search(buildQuery(terms, aliases), SEARCH_OPTIONS);
  // A page scores by its best section, plus a share of its other matching sections: a page that treats the
  // subject in several sections outranks one that defines it in a single short one.
  const best = new Map<string, SearchResult>();
  const total = new Map<string, number>();
  for (const result of results) {
    const route = String(result['route']);
    if (!best.has(route)) best.set(route, result);
    total.set(route, (total.get(route) ?? 0) + result.score);
  }
  const pageScore = (result: SearchResult): number => {
    const route = String(result['route']);
    if (lists.includes(route)) return result.score;
    return result.score + TUNING.pageSpread * ((total.get(route) ?? 0) - result.score);
  };
  return [...best.values()]
    .map((result) => ({result, score: pageScore(result)}))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({result, score}) => ({
      route: String(result['route']),
      anchor: String(result['anchor']),
      page: String(result['page']),
      heading: String(result['heading']),
      excerpt: String(result['excerpt']),
      score,
      terms: [...new Set([...result.terms, ...terms])].slice(0, MAX_QUERY_TERMS),
    }));
}
