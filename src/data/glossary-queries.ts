/**
 * Pure functions over the glossary: the page's order and letter sections, a definition as plain text, each
 * term's short definition, the aliases the search matches, and the glossary's invariants that types cannot hold.
 * The remark plugin that draws the page, the tests and the search all use these, so a rule lives in one place.
 * Nothing here parses Markdown with a library: a definition keeps to paragraphs of text, links, emphasis, inline
 * code and `<Capability>` (the build checks that), so the plain text is a few replacements and these functions
 * stay light enough for the browser.
 */
import {GLOSSARY_IDS, glossary, type GlossaryEntry, type GlossaryId} from './glossary';
import {capabilities} from './capabilities';
import type {Capability} from './capability-types';
import {GLOSSARY_PAGE_PATH} from './queries';

/** The file contributors edit, named in every problem the checks report. */
export const GLOSSARY_FILE = 'src/data/glossary.ts';

/** The glossary page (defined with the guide's other page paths in queries.ts, which browser code imports). */
export {GLOSSARY_PAGE_PATH};

/** The element `docs/glossary.mdx` writes where the letter and term sections go. */
export const GLOSSARY_ELEMENT = 'GlossaryEntries';

/** The longest short definition, in characters: enough for one sentence in a preview or a search result. */
export const SUMMARY_MAX_LENGTH = 240;

/** URL of a term on the glossary page. */
export function glossaryPath(id: GlossaryId): string {
  return `${GLOSSARY_PAGE_PATH}#${id}`;
}

/** A term with its anchor. */
export interface GlossaryItem extends GlossaryEntry {
  /** The term's anchor on the glossary page. */
  readonly id: GlossaryId;
}

/** Every term, in the order of `GLOSSARY_IDS`, which is the order of the page. */
export const glossaryList: readonly GlossaryItem[] = GLOSSARY_IDS.map((id) => ({id, ...glossary[id]}));

/** The key a reader sorts by: lower case, letters, digits and spaces only ("CI/CD" sorts as "cicd"). */
export function glossarySortKey(term: string): string {
  return term.toLowerCase().replace(/[^a-z0-9 ]/g, '');
}

/** The letter a term is filed under: the first character of its sort key, in capitals. */
export function glossaryLetter(term: string): string {
  return glossarySortKey(term).charAt(0).toUpperCase();
}

/** The id of a letter's heading on the glossary page ("letter-a"). */
export function letterAnchor(letter: string): string {
  return `letter-${letter.toLowerCase()}`;
}

/** One letter of the glossary page: its heading and the terms under it. */
export interface GlossarySection<Item extends GlossaryEntry = GlossaryItem> {
  /** The letter, in capitals. */
  readonly letter: string;
  /** The id of its heading. */
  readonly anchor: string;
  /** Its terms, in page order. */
  readonly items: readonly Item[];
}

/** The page's letter sections: one per first letter that has terms, in the order of the list. */
export function glossarySections<Item extends GlossaryEntry>(items: readonly Item[]): readonly GlossarySection<Item>[] {
  const sections: {letter: string; anchor: string; items: Item[]}[] = [];
  for (const item of items) {
    const letter = glossaryLetter(item.term);
    const last = sections[sections.length - 1];
    if (last?.letter === letter) last.items.push(item);
    else sections.push({letter, anchor: letterAnchor(letter), items: [item]});
  }
  return sections;
}

/** The words before the letter links on the glossary page. */
export const JUMP_LABEL = 'Jump to:';

/** What stands between two letter links. */
export const JUMP_SEPARATOR = ' · ';

/** A `<Capability id="..." />` or `<Capability id="...">words</Capability>` in a definition. */
const CAPABILITY_TAG = /<Capability\s+id="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/Capability>)/g;

/** The capability ids a definition names. */
export function definitionCapabilities(definition: string): string[] {
  return [...definition.matchAll(CAPABILITY_TAG)].map((m) => m[1] ?? '');
}

/** The targets of a definition's Markdown links, in order. */
export function definitionLinks(definition: string): string[] {
  return [...definition.matchAll(/\]\(([^)\s]*)\)/g)].map((m) => m[1] ?? '');
}

/**
 * A definition as plain text, on one line: a `<Capability>` becomes its words or the catalogue's name, a link
 * its text, inline code and emphasis their content.
 */
export function glossaryPlainText(
  definition: string,
  catalogue: Readonly<Record<string, Capability>> = capabilities,
): string {
  return definition
    .replace(CAPABILITY_TAG, (_, id: string, words: string | undefined) => words ?? catalogue[id]?.name ?? id)
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, '$1$2')
    .replace(/\*([^*]+)\*|\b_([^_]+)_\b/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The first sentence of a plain text: up to the first full stop, question or exclamation mark that is followed
 * by a space and a capital letter or a digit, or ends the text. A stop inside "2.0" or before a lower-case word
 * ("e.g. a file") does not end it.
 */
export function firstSentence(text: string): string {
  const end = /[.!?](?=\s+[A-Z0-9]|\s*$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

/**
 * The short definition of a plain-text definition: its first sentence. A first sentence longer than
 * `SUMMARY_MAX_LENGTH` is cut before its first colon or semicolon, where the definition goes into detail
 * ("The discipline and tooling for keeping one authoritative version of master data: a master copy ...").
 */
export function summaryOf(plainText: string): string {
  const sentence = firstSentence(plainText);
  if (sentence.length <= SUMMARY_MAX_LENGTH) return sentence;
  const clause = /^(.*?)[:;]\s/.exec(sentence)?.[1];
  return clause ? `${clause}.` : sentence;
}

/**
 * A term's short definition for previews and search results: its definition's first sentence as plain text
 * (see `summaryOf`), written once, in the definition.
 */
export function glossarySummary(id: GlossaryId): string {
  return summaryOf(glossaryPlainText(glossary[id].definition));
}

/** One name the search matches to a term. */
export interface GlossaryAlias {
  /** The alias as written in the data ('pub/sub'). */
  readonly alias: string;
  /** The term's anchor. */
  readonly id: GlossaryId;
  /** The term's heading ('Publish-subscribe'). */
  readonly term: string;
}

/** Every alias with the term it names, in page order; no alias names two terms. */
export function glossaryAliases(): readonly GlossaryAlias[] {
  return glossaryList.flatMap(({id, term, aliases}) => aliases.map((alias) => ({alias, id, term})));
}

/**
 * The glossary page's letter and term sections as Markdown, the way a writer would type them
 * (`## A {#letter-a}`, `### API gateway {#api-gateway}`, then the definition), after the jump line. The page
 * itself gets the same structure as a syntax tree from `src/plugins/remark-glossary`; this text is for readers
 * of the source, such as the unit tests that check every page's prose.
 */
export function glossaryMarkdown(items: readonly GlossaryItem[] = glossaryList): string {
  const sections = glossarySections(items);
  const jump = `**${JUMP_LABEL}** ${sections.map((s) => `[${s.letter}](#${s.anchor})`).join(JUMP_SEPARATOR)}`;
  const blocks = sections.flatMap((s) => [
    `## ${s.letter} {#${s.anchor}}`,
    ...s.items.flatMap((item) => [`### ${item.term} {#${item.id}}`, item.definition.trim()]),
  ]);
  return [jump, ...blocks].join('\n\n');
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Markdown or markup that must not be left in plain text. */
const MARKUP = /[<>[\]{}`*#|]|\s_|_\s/;

/**
 * What is wrong with a short definition, or undefined when it is one plain sentence: it starts with a capital or
 * a digit, ends with a full stop (or a question or exclamation mark) and holds no other sentence end, no Markdown
 * and no tags, and has at most `SUMMARY_MAX_LENGTH` characters.
 */
export function summaryProblem(summary: string): string | undefined {
  if (summary.length > SUMMARY_MAX_LENGTH)
    return `the summary (the definition's first sentence, or its part before a colon) has ${summary.length} characters, at most ${SUMMARY_MAX_LENGTH}`;
  if (MARKUP.test(summary)) return `the summary "${summary}" holds Markdown or a tag`;
  if (!/^[A-Z0-9][^\n]*[.!?]$/.test(summary) || firstSentence(summary) !== summary)
    return `the summary "${summary}" must be one sentence that starts with a capital and ends with a full stop`;
  return undefined;
}

/**
 * Every problem with the glossary, each naming the file and the term's id, so a contributor knows what to fix.
 * Empty when the glossary is sound. `ids` is the page order. Run by the unit tests and by the build
 * (`src/plugins/remark-glossary`), so bad data never ships.
 */
export function glossaryProblems(
  data: Readonly<Record<string, GlossaryEntry>>,
  ids: readonly string[] = GLOSSARY_IDS,
  catalogue: Readonly<Record<string, Capability>> = capabilities,
  file = GLOSSARY_FILE,
): string[] {
  const problems: string[] = [];
  const say = (id: string, text: string): void => void problems.push(`${file}: term '${id}': ${text}`);
  const listed = new Set<string>();
  for (const id of ids) {
    if (listed.has(id)) say(id, 'is listed twice in GLOSSARY_IDS');
    listed.add(id);
    if (!(id in data)) say(id, 'is listed in GLOSSARY_IDS but has no entry');
  }
  for (const id of Object.keys(data)) {
    if (!listed.has(id)) say(id, 'has an entry but is not in GLOSSARY_IDS');
  }

  const entries = ids.flatMap((id) => {
    const entry = data[id];
    return entry ? [{id, ...entry}] : [];
  });
  const terms = new Map<string, string>();
  for (const {id, term} of entries) {
    const key = term.trim().toLowerCase();
    const other = terms.get(key);
    if (other !== undefined && other !== id) say(id, `term "${term}" is also the term of '${other}'`);
    terms.set(key, id);
  }
  const aliasOwners = new Map<string, string>();

  entries.forEach(({id, term, aliases, definition}, i) => {
    if (!KEBAB.test(id)) say(id, 'the id must be kebab-case: it is the anchor other pages link to');
    if (!term.trim() || term !== term.trim() || /\n/.test(term) || MARKUP.test(term))
      say(id, `term "${term}" must be one line of plain text without surrounding spaces`);
    if (!/^[A-Z]$/.test(glossaryLetter(term))) say(id, `term "${term}" does not start with a letter`);
    const previous = entries[i - 1];
    if (previous && glossarySortKey(previous.term) >= glossarySortKey(term))
      say(
        id,
        `"${term}" must come before "${previous.term}" ('${previous.id}') in GLOSSARY_IDS: terms are alphabetical`,
      );

    const own = new Set<string>();
    for (const alias of aliases) {
      const key = alias.toLowerCase();
      if (!alias.trim() || alias !== alias.trim() || /\n/.test(alias)) {
        say(id, `alias "${alias}" must be a non-empty line without surrounding spaces`);
        continue;
      }
      if (own.has(key)) say(id, `alias "${alias}" is listed twice`);
      own.add(key);
      if (key === term.toLowerCase()) say(id, `alias "${alias}" is the term itself`);
      const termOwner = terms.get(key);
      if (termOwner !== undefined && termOwner !== id)
        say(id, `alias "${alias}" is the term of '${termOwner}': a search for it must find that term`);
      const aliasOwner = aliasOwners.get(key);
      if (aliasOwner !== undefined && aliasOwner !== id)
        say(id, `alias "${alias}" is also an alias of '${aliasOwner}'`);
      aliasOwners.set(key, id);
    }

    if (!definition.trim()) {
      say(id, 'has no definition');
      return;
    }
    for (const capability of definitionCapabilities(definition))
      if (!(capability in catalogue))
        say(id, `<Capability id="${capability}">: no such capability in src/data/capabilities.ts`);
    const tags = [...definition.matchAll(/<\/?([A-Za-z][\w.]*)/g)].map((m) => m[1]).filter((n) => n !== 'Capability');
    if (tags.length > 0) say(id, `the definition may use <Capability> only, not <${tags[0]}>`);
    if (/^\s*(#|[-*+>|]\s|\d+[.)]\s|```|~~~|import |export )/m.test(definition))
      say(id, 'the definition must be paragraphs only: no headings, lists, quotes, tables, code blocks or imports');

    const summary = summaryProblem(summaryOf(glossaryPlainText(definition, catalogue)));
    if (summary) say(id, summary);
  });
  return problems;
}

/** Throws with every problem when the glossary is not sound: the build calls this so bad data never ships. */
export function assertGlossary(
  data: Readonly<Record<string, GlossaryEntry>> = glossary,
  ids: readonly string[] = GLOSSARY_IDS,
): void {
  const problems = glossaryProblems(data, ids);
  if (problems.length > 0) throw new Error(`The glossary has problems:\n- ${problems.join('\n- ')}`);
}
