/**
 * Other names for what a section explains, from the glossary's typed data, so a search finds the section by them:
 * a glossary term's section gets the term's aliases, and every alias also widens a query (see buildQuery).
 */
import type {AliasEntry} from './engine';

/** Extra words for one section of the index (by page path without base URL, and anchor). */
export function sectionAliases(_path: string, _anchor: string): string | undefined {
  return undefined;
}

/** Every alias with what it stands for. */
export function aliasEntries(): AliasEntry[] {
  return [];
}
