/**
 * Which words of a page's prose name a glossary term, for the previews in place: the term's heading (split into
 * its abbreviation and its expansion, "BAM (business activity monitoring)"), and its aliases, as whole words.
 * A name with a capital after its first letter (an abbreviation such as "REST", "IdP", "OData") matches only as
 * written, so "the rest of" never names REST; other names match in any case and also in the plural ("webhooks").
 * A few names are also ordinary words or too short to be safe and are never linked (`UNLINKED_NAMES`).
 */
import {glossaryList, type GlossaryItem} from '../../data/glossary-queries';

/**
 * Names that stay plain text, with why: "Catalog" and "Workflow" are ordinary words as often as they are the
 * Mendix products; "AD", "CI" and "CD" are two capitals that stand for other things too.
 */
export const UNLINKED_NAMES: ReadonlySet<string> = new Set(['Catalog', 'Workflow', 'AD', 'CI', 'CD']);

/** One name of a term and how it is found. */
export interface TermName {
  /** The term's anchor on the glossary page. */
  readonly id: string;
  /** The name as written in the data. */
  readonly name: string;
  /** Finds the name as a whole word (global, so `lastIndex` sets where a search starts). */
  readonly pattern: RegExp;
}

/** One mention found in a text. */
export interface TermMention {
  readonly id: string;
  /** Offsets of the mentioned words in the text. */
  readonly start: number;
  readonly end: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The names a term goes by: heading parts and aliases, without the unlinked ones. */
export function namesOf(item: Pick<GlossaryItem, 'term' | 'aliases'>): string[] {
  const heading = /^(.*?)\s*\(([^)]+)\)$/.exec(item.term);
  const parts = heading ? [heading[1] ?? '', heading[2] ?? ''] : [item.term];
  return [...new Set([...parts, ...item.aliases].map((n) => n.trim()))].filter((n) => n && !UNLINKED_NAMES.has(n));
}

/** The pattern of one name: whole words (no letter, digit, hyphen or slash next to it). */
export function namePattern(name: string): RegExp {
  const exact = /[A-Z]/.test(name.slice(1));
  const body = escape(name).replace(/\s+/g, '\\s+');
  return new RegExp(
    `(?<![\\p{L}\\p{N}/-])${body}${exact ? '' : '(?:s|es)?'}(?![\\p{L}\\p{N}/-])`,
    exact ? 'gu' : 'giu',
  );
}

/** Every name of every term, longest first (so "SAML 2.0" wins over "SAML" where both start). */
export function termNames(items: readonly Pick<GlossaryItem, 'id' | 'term' | 'aliases'>[] = glossaryList): TermName[] {
  return items
    .flatMap((item) => namesOf(item).map((name) => ({id: item.id, name, pattern: namePattern(name)})))
    .sort((a, b) => b.name.length - a.name.length);
}

/**
 * The first mention of each term in `text` whose id is not in `seen` (and adds each found id to `seen`): the
 * earliest match wins, the longest where two start together; mentions never overlap.
 */
export function findMentions(text: string, names: readonly TermName[], seen: Set<string>): TermMention[] {
  const mentions: TermMention[] = [];
  let from = 0;
  for (;;) {
    let best: TermMention | undefined;
    for (const {id, pattern} of names) {
      if (seen.has(id)) continue;
      pattern.lastIndex = from;
      const m = pattern.exec(text);
      if (!m) continue;
      const end = m.index + m[0].length;
      if (!best || m.index < best.start || (m.index === best.start && end > best.end)) best = {id, start: m.index, end};
    }
    if (!best) return mentions;
    mentions.push(best);
    seen.add(best.id);
    from = best.end;
  }
}
