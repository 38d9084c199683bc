/**
 * Browser side of the search, loaded on first use: fetches the built index, opens it with MiniSearch in small
 * steps (loadJSAsync yields between chunks, so opening it never holds the page for long) and answers queries.
 * The search box and the search page import this module only through `import()`, so no page loads it at start.
 */
import MiniSearch, {type AsPlainObject} from 'minisearch';
import {
  INDEX_OPTIONS,
  SEARCH_INDEX_VERSION,
  rankPages,
  vocabularyOf,
  type SearchAnswer,
  type SearchIndexFile,
} from './engine';

/** The name of the performance measure of one search. */
export const SEARCH_MEASURE = 'search-query';

/** An opened index. */
export interface GuideSearch {
  /** The pages that answer `query`, best first, at most `limit`, and the misspelt words read as others. */
  search(query: string, limit: number): SearchAnswer;
}

/** Fetches and opens the index at `url`; rejects with a reader-facing message when it cannot. */
export async function openSearch(url: string): Promise<GuideSearch> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`the search index answered with HTTP ${response.status}`);
  const file = (await response.json()) as Partial<SearchIndexFile>;
  if (
    file.version !== SEARCH_INDEX_VERSION ||
    !file.index ||
    !Array.isArray(file.aliases) ||
    !Array.isArray(file.lists) ||
    !Array.isArray(file.homes) ||
    !Array.isArray(file.situations)
  ) {
    throw new Error('the search index has an unexpected format; reload the page');
  }
  const ranking = file as SearchIndexFile;
  const index = await MiniSearch.loadJSAsync(file.index as AsPlainObject, INDEX_OPTIONS);
  const vocabulary = vocabularyOf(file.index as AsPlainObject);
  return {
    search(query, limit) {
      // Each search is measured, so tests and the bench can read how long the page was held (PerformanceMeasure).
      const start = performance.now();
      const answer = rankPages(index, ranking, query, limit, vocabulary);
      performance.measure(SEARCH_MEASURE, {start, end: performance.now()});
      return answer;
    },
  };
}
