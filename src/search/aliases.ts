/**
 * Other names for what the guide explains, from the glossary's typed data (src/data/glossary.ts), so a search
 * finds a term by its abbreviation or synonym: each term's section on the glossary page carries its aliases, and
 * an alias in a query also searches for the term it stands for, on every page ("AD" also finds "LDAP").
 */
import {glossary, type GlossaryId} from '../data/glossary';
import {GLOSSARY_PAGE_PATH, definitionLinks, glossaryAliases, glossaryList} from '../data/glossary-queries';
import {GUIDE_BASE, categoryPath} from '../data/queries';
import {categories} from '../data/matrix';
import {capabilitiesOf} from '../data/capabilities';
import {queryTerms, singular, type AliasEntry} from './engine';

/** A term's name without the spelled-out form in brackets: 'BI (business intelligence)' → 'BI'. */
export function shortTerm(term: string): string {
  return term.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** Extra words for one section of the index (by page path without base URL, and anchor). */
export function sectionAliases(path: string, anchor: string): string | undefined {
  if (path !== GLOSSARY_PAGE_PATH || !Object.hasOwn(glossary, anchor)) return undefined;
  const aliases = glossary[anchor as GlossaryId].aliases;
  return aliases.length > 0 ? aliases.join(' · ') : undefined;
}

/** Names written in capitals word by word ("Enterprise Integration Patterns", "Internet of Things"). */
const TITLED_NAME = /\b[A-Z][a-z]+(?:(?:\s+(?:of|and|for|to)\s+|[\s-]+)[A-Z][a-z]+){1,4}\b/g;
/** Compounds of three words or more with hyphens ("time-to-live", "quality-of-service"). */
const HYPHENATED = /\b[a-z]+(?:-[a-z]+){2,4}\b/g;

/**
 * The abbreviations a text implies by its names of three words or more, first letters joined: "Enterprise
 * Integration Patterns" → "EIP", "time-to-live" → "TTL", "Internet of Things" → "IoT". A section carries them as
 * aliases, so an abbreviation the glossary does not list still finds the section that spells it out.
 */
export function initialisms(text: string): string[] {
  const found = new Set<string>();
  for (const [name] of [...text.matchAll(TITLED_NAME), ...text.matchAll(HYPHENATED)]) {
    const initials = name
      .split(/[\s-]+/)
      .map((word) => word[0] ?? '')
      .join('')
      .toLowerCase();
    if (initials.length >= 3) found.add(initials);
  }
  return [...found];
}

/**
 * Every alias as query words, with the words of each name of the term it stands for: the term without its
 * bracket and the spelled-out form in the bracket ("CDC" stands for "change data capture" as well as for "CDC",
 * so a page that only spells it out is found too). Names whose words are the alias's own are left out, since they
 * add nothing to a query.
 */
export function aliasEntries(): AliasEntry[] {
  const entries: AliasEntry[] = [];
  for (const {alias, term} of glossaryAliases()) {
    const words = queryTerms(alias, {joined: false});
    if (words.length === 0) continue;
    for (const name of [shortTerm(term), longTerm(term)]) {
      const expansion = name ? queryTerms(name, {joined: false}) : [];
      if (expansion.length === 0 || words.join(' ') === expansion.join(' ')) continue;
      if (entries.some((e) => e.alias.join(' ') === words.join(' ') && e.expansion.join(' ') === expansion.join(' '))) {
        continue;
      }
      entries.push({alias: words, expansion});
    }
  }
  return entries;
}

/** The spelled-out form in a term's brackets: 'BI (business intelligence)' → 'business intelligence'. */
function longTerm(term: string): string | undefined {
  return /\(([^)]*)\)\s*$/.exec(term)?.[1];
}

/** How often each guide page's prose names each capability: page path → capability id → count. */
export type CapabilityMentions = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** The capabilities a built page's prose names, with their counts (each `<Capability>` renders `data-capability`). */
export function capabilityMentions(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [, id] of html.matchAll(/data-capability=["']?([\w-]+)["']?\s+data-status=/g)) {
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * The page whose prose names a capability clearly most often: at least twice, and at least twice as often as any
 * other page; `fallback` when no page stands out so.
 */
function mostMentions(mentions: CapabilityMentions, id: string, fallback: string): string {
  const counts = [...mentions].map(([route, named]) => ({route, count: named.get(id) ?? 0}));
  counts.sort((a, b) => b.count - a.count);
  const [first, second] = counts;
  if (!first || first.count < 2 || first.count < 2 * (second?.count ?? 0)) return fallback;
  return first.route;
}

/**
 * Where the guide treats a term most, by the words that name it:
 * - a glossary term: the last guide page its definition links to ("See ..."), named by the term, its
 *   spelled-out form and its aliases;
 * - a Mendix capability that is not also a glossary term: the guide page whose prose clearly names it most often
 *   (`mentions`, counted in the built pages), else the solution category the catalogue lists it under; named by its
 *   catalogue name. A capability that is also a glossary term has the term's home alone, so a bare name does not
 *   lift two pages.
 */
export function termHomes(mentions: CapabilityMentions = new Map()): {words: string[]; route: string}[] {
  const homes: {words: string[]; route: string}[] = [];
  const glossaryNames = new Set(
    glossaryList.flatMap(({term, aliases}) =>
      [shortTerm(term), longTerm(term), ...aliases].map((name) =>
        name ? queryTerms(name, {joined: false}).map(singular).join(' ') : '',
      ),
    ),
  );
  for (const category of categories) {
    for (const {id, capability} of capabilitiesOf(category.id, 'group')) {
      const words = queryTerms(capability.name, {joined: false});
      if (words.length === 0) continue;
      // A capability that is also a glossary term has one home, the one its glossary entry sends the reader to.
      if (glossaryNames.has(words.map(singular).join(' '))) continue;
      homes.push({words, route: mostMentions(mentions, id, categoryPath(category.id))});
    }
  }
  for (const {term, aliases, definition} of glossaryList) {
    const pages = definitionLinks(definition)
      .map((href) => href.replace(/#.*$/, ''))
      .filter((href) => href.startsWith(`${GUIDE_BASE}/`) && href !== GLOSSARY_PAGE_PATH);
    const route = pages.at(-1);
    if (!route) continue;
    for (const name of [shortTerm(term), longTerm(term), ...aliases]) {
      const words = name ? queryTerms(name, {joined: false}) : [];
      if (words.length > 0) homes.push({words, route});
    }
  }
  return homes;
}
