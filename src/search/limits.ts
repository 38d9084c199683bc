/**
 * Bounds on what the search reads from a reader or a URL. Kept apart from engine.ts so the search box can use
 * them without pulling the search library into every page's startup code.
 */

/** The longest query the search reads; longer input is cut here (typed, pasted or from a URL). */
export const MAX_QUERY_LENGTH = 1000;
/** The most distinct terms of one query that are searched; the rest are ignored. */
export const MAX_QUERY_TERMS = 12;
/** The most terms a result link asks the target page to highlight (`?_highlight=`), and their longest length. */
export const MAX_HIGHLIGHT_TERMS = 8;
export const MAX_HIGHLIGHT_TERM_LENGTH = 40;
/** The most matches highlighted on one page. */
export const MAX_HIGHLIGHTS = 200;
/** Pages shown under the search box, and on the search page. */
export const SUGGESTION_LIMIT = 8;
export const RESULT_PAGE_LIMIT = 30;
/** The URL parameter that carries the terms to highlight on a result's page. */
export const HIGHLIGHT_PARAM = '_highlight';
/** Where the built index is published, under the site's base URL. */
export const SEARCH_INDEX_FILE = 'search-index.json';
