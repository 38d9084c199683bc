/**
 * The matrix filter: which method is highlighted and which rows are shown.
 * It lives in the URL (`?method=events&fit=preferred`) so a filtered view can
 * be shared as a link. Pure functions, unit-tested without a browser.
 */
import type {MethodId, UseCase} from '@site/src/data/types';
import {methods, useCases} from '@site/src/data/matrix';
import {echoParameter, fitOf, isMethodId, matrixRowId} from '@site/src/data/queries';
import {readParams, type Ignored, type QueryCodec} from '@site/src/utils/queryState';

/** Which rows to show: all, those where the method is preferred, or those where it is listed at all. */
export const ROW_FILTERS = ['all', 'preferred', 'listed'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

export interface MatrixFilter {
  /** The highlighted method, if any. */
  readonly method?: MethodId;
  /** Which rows to show. */
  readonly fit: RowFilter;
}

export const NO_FILTER: MatrixFilter = {fit: 'all'};

function isRowFilter(value: string): value is RowFilter {
  return (ROW_FILTERS as readonly string[]).includes(value);
}

/** The filter's parameters; the page's query string is shared, so other parameters are left alone. */
const CHECKS = {method: isMethodId, fit: isRowFilter};

/** How an ignored part of the link reads in the matrix's status line. */
function ignoredPhrase(item: Ignored): string {
  if (item.kind === 'unknown-value') return `unknown ${item.name} "${echoParameter(item.value)}"`;
  return `repeated ${item.name}`;
}

/** Reads the filter from a query string; unknown values are ignored and reported, never thrown. */
export function parseFilter(search: string): {filter: MatrixFilter; ignored: string[]} {
  const {values, ignored} = readParams(search, CHECKS, false);
  const fit = values.fit ?? 'all';
  return {filter: values.method ? {method: values.method, fit} : {fit}, ignored: ignored.map(ignoredPhrase)};
}

/** Writes the filter into a query string, keeping any unrelated parameters. */
export function serializeFilter(filter: MatrixFilter, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  params.delete('method');
  params.delete('fit');
  if (filter.method) params.set('method', filter.method);
  if (filter.fit !== 'all') params.set('fit', filter.fit);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The filter as the URL state of the matrix: the notes are the phrases of what was ignored. */
export const FILTER_QUERY: QueryCodec<MatrixFilter> = {
  parse: (search) => {
    const {filter, ignored} = parseFilter(search);
    return {value: filter, notes: ignored};
  },
  serialize: serializeFilter,
};

/** Whether a row passes the filter. Without a method, the fit filter looks at every method. */
export function rowMatches(useCase: UseCase, filter: MatrixFilter): boolean {
  if (filter.fit === 'all') return true;
  const ids = filter.method ? [filter.method] : methods.map((m) => m.id);
  return ids.some((m) => {
    const fit = fitOf(useCase, m);
    return filter.fit === 'preferred' ? fit === 'preferred' : fit !== undefined;
  });
}

/** The use case whose matrix row a URL hash (`#matrix-iot`) points to, if any. */
export function rowOfHash(hash: string): UseCase | undefined {
  return useCases.find((u) => `#${matrixRowId(u.id)}` === hash);
}
