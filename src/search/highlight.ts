/**
 * Client module: on a page reached from a search result, marks the searched terms in the article with the CSS
 * Custom Highlight API (no change to the page's DOM, so nothing re-renders or shifts). What it reads from the
 * URL is bounded (MAX_HIGHLIGHT_TERMS terms of MAX_HIGHLIGHT_TERM_LENGTH characters, MAX_HIGHLIGHTS matches), so a
 * hand-made link with thousands of terms costs no more than a real one. Browsers without the API skip it.
 */
import type {ClientModule} from '@docusaurus/types';
import {HIGHLIGHT_PARAM, MAX_HIGHLIGHTS, MAX_HIGHLIGHT_TERMS, MAX_HIGHLIGHT_TERM_LENGTH} from './limits';

/** The registry's name for the marks; src/css/custom.css styles `::highlight(search-term)`. */
export const HIGHLIGHT_NAME = 'search-term';

/** The words a URL's query string asks to highlight: distinct, lower case, at least two characters, bounded. */
export function highlightTerms(search: string): string[] {
  const terms: string[] = [];
  // A URL longer than any real result link is read only as far as a real one would go.
  const values = new URLSearchParams(search.slice(0, 2_000)).getAll(HIGHLIGHT_PARAM);
  for (const word of values.join(' ').split(/\s+/)) {
    const term = word.toLowerCase().slice(0, MAX_HIGHLIGHT_TERM_LENGTH);
    if (term.length >= 2 && !terms.includes(term)) terms.push(term);
    if (terms.length === MAX_HIGHLIGHT_TERMS) break;
  }
  return terms;
}

/** Text ranges in `root` that match one of `terms` at the start of a word, at most MAX_HIGHLIGHTS. */
export function findRanges(root: Node, terms: readonly string[]): Range[] {
  if (terms.length === 0) return [];
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})`, 'giu');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && ranges.length < MAX_HIGHLIGHTS; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    for (const match of text.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
      if (ranges.length === MAX_HIGHLIGHTS) break;
    }
  }
  return ranges;
}

/** The name of the performance measure of one highlighting pass. */
export const HIGHLIGHT_MEASURE = 'search-highlight';

function apply(search: string): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  const start = performance.now();
  CSS.highlights.delete(HIGHLIGHT_NAME);
  const root = document.querySelector('article') ?? document.querySelector('main');
  const terms = highlightTerms(search);
  if (!root || terms.length === 0) {
    performance.measure(HIGHLIGHT_MEASURE, {start, end: performance.now()});
    return;
  }
  const ranges = findRanges(root, terms);
  if (ranges.length > 0) CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...ranges));
  performance.measure(HIGHLIGHT_MEASURE, {start, end: performance.now()});
}

const clientModule: ClientModule = {
  onRouteDidUpdate({location}) {
    apply(location.search);
  },
};

export default clientModule;
