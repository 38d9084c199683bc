/**
 * The guide's search, on MiniSearch: how sections are indexed (build time, src/plugins/search-index) and how a
 * reader's query is cleaned, widened with the glossary's aliases and ranked (browser). Both sides import these
 * options, so the index and the queries always agree on terms.
 */
import MiniSearch, {
  type AsPlainObject,
  type Options,
  type Query,
  type SearchOptions,
  type SearchResult,
} from 'minisearch';
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

/** A query word the search read as another, nearer to the index's words. */
export interface Correction {
  /** The word as the reader typed it (lower case). */
  readonly typed: string;
  /** The indexed word searched for instead. */
  readonly read: string;
}

/** The answer to a query: pages in rank order, and the misspelt words it read as others. */
export interface SearchAnswer {
  readonly hits: readonly SearchHit[];
  readonly corrections: readonly Correction[];
}

/** One answer: a page, with the section of it that matched best. */
export interface SearchHit extends StoredSection {
  /** The page's score (see rankPages). */
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
/** The words a question in the reader's words starts with. */
const QUESTION_START = /^(how|which|what|when|where|why|can|should|is|are|do|does|who)\b/i;
/** A question in the reader's words: it starts with a question word or ends with a question mark. */
const QUESTION = new RegExp(`${QUESTION_START.source}|\\?$`, 'i');
/** A question that asks what something is or means. */
const DEFINITION_QUESTION =
  /^(what\s+(is|are)\b|what's\b|define\b|definition\s+of\b|meaning\s+of\b)|\b(stand|stands)\s+for\b|\b(means?|meaning|definition)\s*\??$/i;
/** The words of a definition question that ask for the definition rather than name the subject. */
const DEFINITION_WORDS = new Set(['define', 'definition', 'mean', 'means', 'meaning', 'stand', 'stands', 'exactly']);
/**
 * The most words of a definition question: "what is a dead-letter queue exactly?" asks what a term is, while "what
 * is the best way to get app data into a data warehouse for management reporting?" states a situation.
 */
const DEFINITION_MAX_WORDS = 12;
/** Length of the excerpt kept per section, in characters. */
export const EXCERPT_LENGTH = 110;

/** Splits text into words: letters and digits of any script; everything else separates. */
export function words(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The index's tokenizer. */
export const tokenize = words;

/**
 * Normalizes one word: compatibility forms (full-width letters) folded, lower case, stop words dropped. (A
 * stemmer was tried and lost: it scored worse on the tuning queries, typos above all, since a misspelt word
 * stems differently.)
 */
export function processTerm(term: string): string | null {
  const word = term.normalize('NFKC').toLowerCase();
  return STOP_WORDS.has(word) ? null : word;
}

/** The index's fields and how strongly each counts. */
const FIELDS = ['page', 'heading', 'description', 'aliases', 'text'] as const;

/**
 * The ranking's settings, chosen on the tuning half of the relevance suite (tests/search/queries-tune.ts, never
 * the held-out half): how much each field counts, how much a page's other sections add to its best one, how
 * typos and unfinished words are matched, and how much the page that treats a named term gains.
 */
const TUNING = {
  boost: {page: 3, heading: 1.5, description: 5, aliases: 3, text: 1} satisfies Record<(typeof FIELDS)[number], number>,
  pageSpread: 0.3,
  fuzzyFrom: 5,
  fuzzy: 0.2,
  weights: {fuzzy: 0.7, prefix: 0.6},
  prefixFrom: 3,
  bm25: {k: 1.2, b: 0.7, d: 0.5},
  homeBoost: 3,
  situationBoost: 0.25,
  coordination: 0.5,
  comparedAway: 0.3,
} as const;

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

/** Cyrillic and Greek capitals and small letters drawn like Latin ones, read as those ("ЕSB" with a Cyrillic Е). */
const LOOKALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  [...'АВЕКМНОРСТХаеорсухіјѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧοικνρτυχ'].map((letter, i) => [
    letter,
    'ABEKMHOPCTXaeopcyxijsABEZHIKMNOPTYXoikvptux'[i] ?? letter,
  ]),
);

/** A query pasted in its URL-encoded form ("%20" for spaces), decoded; any other text as it is. */
function decodePercents(text: string): string {
  if (!/%[0-9a-f]{2}/i.test(text)) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A query as the search reads it: URL encoding decoded, markup dropped (a script or style element with its
 * content; plain words in angle brackets are kept when nothing else is left), control characters made spaces,
 * invisible format characters (zero-width spaces and joiners) removed so they cannot split a word, compatibility
 * forms folded, a word written with Cyrillic or Greek look-alike letters among Latin ones read in Latin, cut.
 */
export function cleanQuery(raw: string): string {
  const decoded = decodePercents(raw.slice(0, MAX_QUERY_LENGTH * 4)).normalize('NFKC');
  const unscripted = decoded.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  let unmarked = unscripted.replace(/<[^>]*>/g, ' ');
  // A query of nothing but "tags" made of two or more plain words ("<deep link>") is the reader's words in angle
  // brackets, not markup (a tag's attributes carry "=", an end tag "/"): keep the words.
  if (words(unmarked).length === 0) {
    unmarked = unscripted.replace(/<\s*([\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)+)\s*>/gu, ' $1 ').replace(/<[^>]*>/g, ' ');
  }
  return unmarked
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/[\p{L}\p{N}]+/gu, (word) =>
      /\p{Script=Latin}/u.test(word) ? word.replace(/[^\p{Script=Latin}\p{N}]/gu, (c) => LOOKALIKES[c] ?? c) : word,
    )
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUERY_LENGTH);
}

/**
 * The distinct search terms of a cleaned query, at most MAX_QUERY_TERMS. A compound ("dead-letter", "pub/sub")
 * gives its words and, with `joined`, also the word they make together ("pubsub"); a compound with a part of one or
 * two letters ("O-Data", "CI/CD", "e-mail") gives only the joined word. Without `joined`, the terms are a phrase's
 * words in order, as aliases and term names are matched against a query.
 */
export function queryTerms(
  query: string,
  {joined = true, max = MAX_QUERY_TERMS}: {joined?: boolean; max?: number} = {},
): string[] {
  const terms: string[] = [];
  // A possessive's "s" ("the app's database") is no word of its own.
  let rest = query.replace(/(?<=[\p{L}\p{N}])['’]s(?![\p{L}\p{N}])/gu, '');
  const extra: string[] = [];
  // A compound starts only where a word starts, so a long word is not tried again at each of its letters.
  for (const [compound] of query.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-/.][\p{L}\p{N}]+)+/gu)) {
    const parts = compound.split(/[-/.]/);
    if (parts.some((part) => part.length <= 2)) rest = rest.replace(compound, ` ${parts.join('')} `);
    else if (joined) extra.push(parts.join(''));
  }
  for (const token of [...words(rest), ...extra]) {
    const term = processTerm(token.slice(0, MAX_TERM_LENGTH));
    if (term && !terms.includes(term)) terms.push(term);
    if (terms.length === max) break;
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

/** An English word's singular as far as term names need it: "entities" → "entity", "events" → "event". */
export function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Whether `words` occur in `terms` one after the other, singular and plural alike. */
export function contains(terms: readonly string[], words: readonly string[]): boolean {
  const wanted = words.map(singular);
  const read = terms.map(singular);
  return wanted.length > 0 && read.some((_, i) => wanted.every((word, k) => read[i + k] === word));
}

/**
 * The query tree for a reader's terms: the terms themselves, or'ed with what any alias among them stands for. The
 * widened part searches the pages that use the full term, not the list pages (the glossary entry of the alias
 * already matches by its own aliases).
 */
export function buildQuery(terms: readonly string[], {aliases, lists}: Pick<RankingData, 'aliases' | 'lists'>): Query {
  const expansions = aliases.filter(({alias}) => contains(terms, alias)).map(({expansion}) => expansion.join(' '));
  const own = terms.join(' ');
  if (expansions.length === 0) return own;
  const outsideLists = (id: unknown): number => (lists.some((route) => String(id).startsWith(`${route}#`)) ? 0 : 1);
  return {
    combineWith: 'OR',
    queries: [
      own,
      ...expansions.map((e) => ({queries: [e], combineWith: 'AND' as const, boostDocument: outsideLists})),
    ],
  };
}

/** Search options: every term may match anywhere, with typos forgiven in longer words and the last word a prefix. */
export const SEARCH_OPTIONS = {
  boost: TUNING.boost,
  combineWith: 'OR',
  prefix: (term: string, index: number, terms: string[]) =>
    index === terms.length - 1 && term.length >= TUNING.prefixFrom,
  fuzzy: (term: string) =>
    term.length >= TUNING.fuzzyFrom && term.length <= MAX_FUZZY_TERM_LENGTH ? TUNING.fuzzy : false,
  maxFuzzy: 2,
  bm25: TUNING.bm25,
  weights: TUNING.weights,
} satisfies SearchOptions;

/** The fuzziness of the second try when a query finds nothing: two edits in any word of four letters or more. */
const LAST_RESORT_FUZZY = (term: string): number | false =>
  term.length >= 4 && term.length <= MAX_FUZZY_TERM_LENGTH ? 2 : false;

/** The shortest query word the search corrects when the index does not hold it. */
const CORRECT_FROM = 4;

/**
 * Edits between two words, a swap of two neighbouring letters counting as one ("chnage" is one edit from
 * "change"): the optimal string alignment distance. MiniSearch's own fuzzy match counts a swap as two.
 */
export function editDistance(a: string, b: string): number {
  // The table row by row, keeping the two rows before the current one (a swap reaches two rows back).
  let before: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let edits = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        edits = Math.min(edits, (before[j - 2] ?? 0) + 1);
      }
      current.push(edits);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The index's words, each with the number of sections it stands in: what misspelt query words are read against. */
export type Vocabulary = ReadonlyMap<string, number>;

/** The vocabulary of a serialized index (MiniSearch's own plain-object form, as the browser fetches it). */
export function vocabularyOf(serialized: Pick<AsPlainObject, 'index'>): Vocabulary {
  return new Map(
    serialized.index.map(([word, fields]) => [
      word,
      Math.max(...Object.values(fields).map((sections) => Object.keys(sections).length)),
    ]),
  );
}

/**
 * The query's words with each misspelt one replaced by the index's nearest word: a word of four letters or more
 * that no section holds (nor starts with, for the word being typed) becomes the indexed word one edit away (two
 * for words of eight letters or more), the most widespread one on a tie. The corrected words then match aliases
 * and terms' home pages as the right spelling does ("chnage data capture"). A word with no near neighbour stays.
 * Reading a word costs one pass over the vocabulary, and only words the index lacks are read.
 */
export function correctTerms(vocabulary: Vocabulary, terms: readonly string[]): string[] {
  return readTerms(vocabulary, terms).flat();
}

/** The words each query word is read as (see correctTerms): itself, its correction, or a compound's two words. */
export function readTerms(vocabulary: Vocabulary, terms: readonly string[]): string[][] {
  return terms.map((term, i) => {
    if (term.length < CORRECT_FROM || term.length > MAX_FUZZY_TERM_LENGTH || vocabulary.has(term)) return [term];
    const typing = i === terms.length - 1 && term.length >= TUNING.prefixFrom;
    // A plural of a word in -y written with -ie or -ies ("proxie", "proxys" aside): the -y word, as typed.
    const yForm = term.replace(/ies?$/, 'y');
    if (yForm !== term && vocabulary.has(yForm)) return [yForm];
    const allowed = term.length >= 8 ? 2 : 1;
    let best: {word: string; edits: number; sections: number} | undefined;
    for (const [word, sections] of vocabulary) {
      if (typing && word.startsWith(term)) return [term];
      if (Math.abs(word.length - term.length) > allowed) continue;
      const edits = editDistance(term, word);
      if (edits > allowed) continue;
      if (!best || edits < best.edits || (edits === best.edits && sections > best.sections)) {
        best = {word, edits, sections};
      }
    }
    return best ? [best.word] : (splitCompound(vocabulary, term) ?? [term]);
  });
}

/** The shortest part a run-together word is split into. */
const SPLIT_PART_FROM = 3;

/**
 * A run-together compound ("deeplink", "datawarehouse") as the two indexed words it is made of, the split whose
 * rarer part stands in the most sections; undefined when no split gives two indexed words. One look-up per letter.
 */
export function splitCompound(vocabulary: Vocabulary, term: string): string[] | undefined {
  let best: {parts: string[]; sections: number} | undefined;
  for (let at = SPLIT_PART_FROM; at <= term.length - SPLIT_PART_FROM; at++) {
    const parts = [term.slice(0, at), term.slice(at)];
    if (parts.some((part) => STOP_WORDS.has(part))) continue;
    const sections = Math.min(...parts.map((part) => vocabulary.get(part) ?? 0));
    if (sections > 0 && (!best || sections > best.sections)) best = {parts, sections};
  }
  return best?.parts;
}

/** The words of a heading's names: 'CDC (change data capture)' → [['cdc'], ['change', 'data', 'capture']]. */
function headingNames(heading: string): string[][] {
  const bracket = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(heading);
  const names = bracket ? [bracket[1] ?? '', bracket[2] ?? ''] : [heading];
  return names.map((name) => queryTerms(name, {joined: false})).filter((name) => name.length > 0);
}

/**
 * Whether the query is nothing but a name of a list entry (a glossary term or a capability, by its heading, the
 * spelled-out form in the heading's brackets, or one of its aliases), singular and plural alike: a bare term asks
 * what the term is as much as where the guide treats it, so its entry gains as its home page does.
 */
export function namesEntry(terms: readonly string[], heading: string, aliases: readonly AliasEntry[]): boolean {
  if (!heading) return false;
  const same = (a: readonly string[], b: readonly string[]): boolean =>
    a.length === b.length && a.every((word, i) => singular(word) === singular(b[i] ?? ''));
  const names = headingNames(heading);
  return (
    names.some((name) => same(terms, name)) ||
    aliases.some(({alias, expansion}) => same(terms, alias) && names.some((name) => same(expansion, name)))
  );
}

/**
 * The part of a long message that asks (one with more words than MAX_QUERY_TERMS, such as a pasted e-mail): its
 * last question, from the clause that starts it ("..., anyway, what is a dead-letter queue?" → "what is a
 * dead-letter queue?"). A message without a question, or a short query, is read whole.
 */
export function askingPart(cleaned: string): string {
  if (queryTerms(cleaned, {max: MAX_QUERY_TERMS + 1}).length <= MAX_QUERY_TERMS) return cleaned;
  // The last sentence that ends with a question mark (found from the end, in one pass over the text).
  const mark = cleaned.trimEnd().replace(/\?+$/, '?').lastIndexOf('?');
  const before = cleaned.slice(0, Math.max(mark, 0));
  const start = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?')) + 1;
  const question = mark < 0 ? '' : cleaned.slice(start, mark + 1).trim();
  if (!question) return cleaned;
  const clauses = question.split(/[,;:]\s+/);
  let first = clauses.length - 1;
  while (first > 0 && !QUESTION_START.test((clauses[first] ?? '').trim())) first--;
  const part = QUESTION_START.test((clauses[first] ?? '').trim()) ? clauses.slice(first).join(', ').trim() : question;
  return queryTerms(part).length > 0 ? part : cleaned;
}

/**
 * The terms of a long message that the index holds, in order, at most MAX_QUERY_TERMS: in a pasted text the
 * words no page uses (filler, noise, another language) would take the places of the words that matter.
 */
function heldTerms(cleaned: string, vocabulary: Vocabulary): string[] | undefined {
  const all = queryTerms(cleaned, {max: MAX_QUERY_LENGTH});
  if (all.length <= MAX_QUERY_TERMS) return undefined;
  const held = all.filter((term) => vocabulary.has(term)).slice(0, MAX_QUERY_TERMS);
  return held.length > 0 ? held : undefined;
}

/**
 * Where a query names the thing it sets aside: "events instead of a REST call", "a file better than an API" (not a
 * bare "than", which compares amounts: "longer than its interval").
 */
const COMPARED_AWAY = /\b(?:instead\s+of|in\s+place\s+of|(?:rather|better|worse)\s+than)\s+([^,;:.!?]+)/gi;

/**
 * The query words that only name what the reader compares against ("when should I use events instead of calling a
 * REST service": calling, rest, service), as queryTerms gives them: the page about the alternative is not the
 * answer, so these words count less. A word the rest of the query also names is not set aside.
 */
export function comparedAway(cleaned: string): Set<string> {
  const away = new Set<string>();
  let kept = cleaned;
  for (const match of cleaned.matchAll(COMPARED_AWAY)) {
    for (const term of queryTerms(match[1] ?? '')) away.add(term);
    kept = kept.replace(match[0], ' ');
  }
  if (away.size === 0) return away;
  for (const term of queryTerms(kept)) away.delete(term);
  return away;
}

/** The fields that name a section rather than tell about it. */
const NAME_FIELDS = new Set(['page', 'heading', 'aliases']);

/** Whether a query word matched a section's names (its page title, heading or aliases), not only its text. */
function matchedByName(result: SearchResult): boolean {
  return Object.values(result.match).some((fields) => fields.some((field) => NAME_FIELDS.has(field)));
}

/** The page the guide treats a list entry on most (see termHomes), found by the entry's heading. */
function entryHome(heading: string, homes: RankingData['homes']): string | undefined {
  const names = headingNames(heading).map((name) => name.map(singular).join(' '));
  return homes.find(({words}) => names.includes(words.map(singular).join(' ')))?.route;
}

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
  /**
   * Where the guide treats a term most, by the words that name it: the page a glossary entry sends its reader
   * to, or the solution category the capability catalogue lists a capability under.
   */
  readonly homes: readonly {readonly words: readonly string[]; readonly route: string}[];
  /**
   * Routes of the use-case pages. A question states a situation ("which method for a monthly payroll file?"),
   * which is what a use-case page answers, so a question lifts them a little.
   */
  readonly situations: readonly string[];
}
export const SEARCH_INDEX_VERSION = 2;

/** What the ranking needs besides the index: the aliases, the list pages, the terms' homes, the use-case pages. */
export type RankingData = Pick<SearchIndexFile, 'aliases' | 'lists' | 'homes' | 'situations'>;

/**
 * The reader's answers: pages in rank order, each with its best section, at most `limit` (`vocabulary` is the
 * index's, made once when the index is opened; made here when not given, as in tests). A page scores by its
 * best section plus a share of its other matching sections; a list page by its best entry alone. A page that
 * the query names as a term's home gains; for a "what is" question the list pages (the glossary) gain instead.
 */
export function rankPages(
  index: MiniSearch<SearchSection>,
  {aliases, lists, homes, situations}: RankingData,
  raw: string,
  limit: number,
  vocabulary: Vocabulary = vocabularyOf(index.toJSON()),
): SearchAnswer {
  const cleaned = askingPart(cleanQuery(raw));
  const typed = heldTerms(cleaned, vocabulary) ?? queryTerms(cleaned);
  const read = readTerms(vocabulary, typed);
  const terms = [...new Set(read.flat())].slice(0, MAX_QUERY_TERMS);
  const corrections = typed.flatMap((word, i) => {
    const as = (read[i] ?? [word]).join(' ');
    return as === word ? [] : [{typed: word, read: as}];
  });
  if (terms.length === 0) return {hits: [], corrections};
  const query = buildQuery(terms, {aliases, lists});
  // The words set aside, as the search reads them (corrected, split), from the reading already made.
  const asideTyped = comparedAway(cleaned);
  const away = new Set(typed.flatMap((word, i) => (asideTyped.has(word) ? (read[i] ?? []) : [])));
  const options: SearchOptions =
    away.size === 0
      ? SEARCH_OPTIONS
      : {...SEARCH_OPTIONS, boostTerm: (term) => (away.has(term) ? TUNING.comparedAway : 1)};
  let results = index.search(query, options);
  // Nothing at all: try once more forgiving two typos in words of four letters or more ("Kafak" for "Kafka"),
  // rather than answer a near miss with nothing.
  if (results.length === 0) results = index.search(query, {...options, fuzzy: LAST_RESORT_FUZZY});
  // A section that holds more of the query's words counts more than one that holds a single rare word many times:
  // its score is scaled by the share of the query's words it matches (an alias counts as matched when the words
  // it stands for are), to the power `coordination`.
  if (terms.length > 1) {
    const named = aliases.filter(({alias}) => contains(terms, alias));
    results = results
      .map((result) => {
        const matched = new Set(result.queryTerms);
        for (const {alias, expansion} of named) {
          if (expansion.every((word) => matched.has(word))) for (const word of alias) matched.add(word);
        }
        const share = terms.filter((term) => matched.has(term)).length / terms.length;
        return {...result, score: result.score * share ** TUNING.coordination};
      })
      .sort((a, b) => b.score - a.score);
  }
  // "What is X?" asks for a definition: the list pages (the glossary) answer it; otherwise the page that treats X.
  const definition = DEFINITION_QUESTION.test(cleaned) && words(cleaned).length <= DEFINITION_MAX_WORDS;
  // Any other question states a situation: the use-case pages, which answer situations, gain a little.
  const situation = !definition && QUESTION.test(cleaned) ? 1 + TUNING.situationBoost : 1;
  // The homes of the terms the query names, not of those it sets aside.
  const subjectTerms = terms.filter((term) => !away.has(term));
  const homesNamed = new Set(
    definition ? [] : homes.filter(({words}) => contains(subjectTerms, words)).map(({route}) => route),
  );
  // A query of two words or more that is a section's heading or a page's title, and nothing else ("when the
  // destination is down"), names that section: its page counts as the home of what the query names.
  const namesTerm = homes.some(({words}) => words.length === subjectTerms.length && contains(subjectTerms, words));
  if (!definition && terms.length > 1 && !namesTerm) {
    for (const result of results) {
      const route = String(result['route']);
      if (lists.includes(route) || homesNamed.has(route) || !matchedByName(result)) continue;
      if (namesEntry(terms, String(result['heading']), []) || namesEntry(terms, String(result['page']), [])) {
        homesNamed.add(route);
      }
    }
  }
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
    const home = (homesNamed.has(route) ? 1 + TUNING.homeBoost : 1) * (situations.includes(route) ? situation : 1);
    if (lists.includes(route)) return definition ? result.score * (1 + TUNING.homeBoost) : result.score;
    return home * (result.score + TUNING.pageSpread * ((total.get(route) ?? 0) - result.score));
  };
  const scored = [...best.values()].map((result) => ({result, score: pageScore(result)}));
  // A query that is nothing but a term's name asks what it is as much as where the guide treats it: the term's
  // list entry rises above the pages that only mention it, though not above the term's home page when that leads.
  const leader = scored
    .filter(({result}) => !lists.includes(String(result['route'])))
    .reduce<(typeof scored)[number] | undefined>((a, b) => (a && a.score >= b.score ? a : b), undefined);
  const homeLeads = leader !== undefined && homesNamed.has(String(leader.result['route']));
  // A definition question whose subject is nothing but an entry's name ("MFT meaning", "what is a webhook?") is
  // answered by that entry, above every page.
  const subject = terms.filter((term) => !DEFINITION_WORDS.has(term));
  for (const entry of scored) {
    const route = String(entry.result['route']);
    if (!lists.includes(route)) continue;
    if (definition) {
      if (leader && namesEntry(subject, String(entry.result['heading']), aliases)) {
        entry.score = Math.max(entry.score, leader.score * 1.001);
      }
      continue;
    }
    if (!namesEntry(terms, String(entry.result['heading']), aliases)) {
      // An entry found only through the words of its definition ("track and trace shipments" in the state
      // engine's) is not what the reader named: the page it sends its reader to, when found, goes first.
      const home = matchedByName(entry.result) ? undefined : entryHome(String(entry.result['heading']), homes);
      const homeEntry = home === undefined ? undefined : scored.find(({result}) => result['route'] === home);
      if (homeEntry && homeEntry.score < entry.score) entry.score = homeEntry.score * 0.999;
      continue;
    }
    const lifted = entry.score * (1 + TUNING.homeBoost);
    entry.score = Math.max(entry.score, homeLeads ? Math.min(lifted, leader.score * 0.999) : lifted);
  }
  const hits = scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({result, score}) => ({
      route: String(result['route']),
      anchor: String(result['anchor']),
      page: String(result['page']),
      heading: String(result['heading']),
      excerpt: String(result['excerpt']),
      score,
      terms: [...new Set([...terms, ...result.terms])].slice(0, MAX_QUERY_TERMS),
    }));
  return {hits, corrections};
}
