/** The line a search shows above its results, announced to screen readers as it changes. */
import type {SearchState} from './useSearch';

/**
 * What the search box (`box`) or the search page (`page`) says for `state` while the reader's input is `query`
 * (the page passes it trimmed). Both say the same while loading, on failure and while a newer query is pending;
 * the page adds a hint for an empty query and advice when nothing matches.
 */
export function searchStatus(state: SearchState, query: string, where: 'box' | 'page'): string {
  if (where === 'page' && !query) return 'Type what you are looking for: a term, an abbreviation or a question.';
  switch (state.status) {
    case 'idle':
    case 'loading':
      return 'Loading the search…';
    case 'failed':
      return `Search could not load: ${state.reason}.`;
    case 'ready': {
      const shown = where === 'page' ? state.query.trim() : state.query;
      if (shown !== query) return 'Searching…';
      const count = state.hits.length;
      if (count === 0) {
        return where === 'page'
          ? 'No pages match. Try fewer words, or another name for the same thing.'
          : `No pages match “${query.trim().slice(0, 60)}”.`;
      }
      const read = state.corrections.length
        ? ` Read ${state.corrections.map(({typed, read}) => `“${typed}” as “${read}”`).join(', ')}.`
        : '';
      if (count === 1) return `1 page matches.${read}`;
      return `${where === 'page' ? `${count} pages match, best first.` : `${count} pages match.`}${read}`;
    }
  }
}
