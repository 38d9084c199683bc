/**
 * The search as a React hook, shared by the search box and the search page: loads the engine and index on first
 * use (or when `warm` is called), then answers the latest query. Searching is synchronous and takes a few
 * milliseconds, and the query goes through useDeferredValue, so a fast typist never queues searches: React drops
 * the renders for queries that were already replaced.
 */
import {useCallback, useDeferredValue, useEffect, useMemo, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {retryable} from '@site/src/utils/retryable';
import type {SearchAnswer} from './engine';
import type {GuideSearch} from './client';
import {SEARCH_INDEX_FILE} from './limits';

/** Where the search stands: nothing asked yet, loading, ready, or failed with a reader-facing reason. */
export type SearchState =
  | {readonly status: 'idle' | 'loading'}
  | ({readonly status: 'ready'; readonly query: string} & SearchAnswer)
  | {readonly status: 'failed'; readonly reason: string};

let load: (() => Promise<GuideSearch>) | undefined;
let loadedFrom: string | undefined;

/** The one shared loader of the engine and the index at `url`. */
function loader(url: string): () => Promise<GuideSearch> {
  if (!load || loadedFrom !== url) {
    loadedFrom = url;
    load = retryable(() => import(/* webpackChunkName: "search" */ './client').then((m) => m.openSearch(url)));
  }
  return load;
}

/** Answers `query` with at most `limit` pages; `warm()` starts loading before the first query. */
export function useSearch(query: string, limit: number): {state: SearchState; warm: () => void} {
  const url = useBaseUrl(`/${SEARCH_INDEX_FILE}`);
  const [engine, setEngine] = useState<GuideSearch | null>(null);
  const [phase, setPhase] = useState<'idle' | 'loading' | {failed: string}>('idle');
  const deferred = useDeferredValue(query);

  // `warm` keeps one identity for the life of the component (callers may run it from an effect), and reads
  // whether a load is needed from a ref, so a failed load is retried only when a caller asks again.
  const busy = useRef(false);
  const warm = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setPhase('loading');
    loader(url)().then(
      (opened) => setEngine(() => opened),
      (error: unknown) => {
        busy.current = false;
        setPhase({failed: error instanceof Error ? error.message : String(error)});
      },
    );
  }, [url]);

  // A query typed before the engine was asked for starts the loading.
  useEffect(() => {
    if (query.trim() && !engine && phase === 'idle') warm();
  }, [query, engine, phase, warm]);

  const state = useMemo((): SearchState => {
    if (engine) {
      const answer = deferred.trim() ? engine.search(deferred, limit) : {hits: [], corrections: []};
      return {status: 'ready', query: deferred, ...answer};
    }
    if (typeof phase === 'object') return {status: 'failed', reason: phase.failed};
    return {status: phase};
  }, [engine, phase, deferred, limit]);

  return {state, warm};
}
