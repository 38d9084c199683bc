/**
 * "What changed in the guide": every change of guidance, newest first, with the pages it touched. The changes
 * page and its Atom and RSS feeds (src/plugins/changes-feed) are drawn from this list; `changes.test.ts` checks
 * the ids, dates and pages.
 */

/** One change of guidance. */
export interface GuideChange {
  /** Stable id: the entry's anchor on the changes page and its id in the feeds. Never reuse or rename one. */
  readonly id: string;
  /** The day it was published, as YYYY-MM-DD. */
  readonly date: string;
  /** What changed, in a few words. */
  readonly title: string;
  /** What changed and what a reader should now do differently, in one to three sentences. */
  readonly summary: string;
  /** Doc ids of the pages it touched, as the docs plugin names them: 'use-cases/iot', 'glossary'. */
  readonly pages: readonly string[];
}

/** Where the changes page and its feeds are published. */
export const CHANGES_PAGE_SLUG = 'changes';
export const CHANGES_ATOM_FILE = 'changes.atom.xml';
export const CHANGES_RSS_FILE = 'changes.rss.xml';

export const changes = [
  {
    id: '2026-12-02-catalogue',
    date: '2026-12-02',
    title: 'A catalogue of the Mendix capabilities the guide names',
    summary:
      'Every Mendix feature, module, connector and service the guide names now comes from one catalogue, checked against its reference page. Pages show each one’s status, Studio Pro version and deployment limits next to its name.',
    pages: ['mendix-capabilities'],
  },
] as const satisfies readonly GuideChange[];
