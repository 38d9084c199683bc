/**
 * The matrix filter: which method is highlighted and which rows are shown.
 * It lives in the URL (`?method=events&fit=preferred`) so a filtered view can
 * be shared as a link. Pure functions, unit-tested without a browser.
 */
import type {MatrixData, MethodId, UseCase} from '@site/src/data/types';
import {echoParameter, fitOf, isMethodId} from '@site/src/data/queries';

/** Which rows to show: all, those where the method is preferred, or those where it is listed at all. */
export const ROW_FILTERS = ['all', 'preferred', 'listed'] as const;
export type RowFilter = (typeof ROW_FILTERS)[number];

export interface MatrixFilter {
  /** The highlighted method, if any. */
  readonly method?: MethodId;
  /** Which rows to show. */
  readonly fit: RowFilter;
}

export interface ParsedFilter {
  readonly filter: MatrixFilter;
  /** Human-readable notes about parameters that were ignored. */
  readonly ignored: string[];
}

export const NO_FILTER: MatrixFilter = {fit: 'all'};

function isRowFilter(value: string): value is RowFilter {
  return (ROW_FILTERS as readonly string[]).includes(value);
}

/** Reads the filter from a query string; unknown values are ignored and reported, never thrown. */
export function parseFilter(search: string): ParsedFilter {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  let method: MethodId | undefined;
  let fit: RowFilter = 'all';
  const rawMethod = params.get('method');
  if (rawMethod !== null && rawMethod !== '') {
    if (isMethodId(rawMethod)) method = rawMethod;
    else ignored.push(`unknown method "${echoParameter(rawMethod)}"`);
  }
  const rawFit = params.get('fit');
  if (rawFit !== null && rawFit !== '') {
    if (isRowFilter(rawFit)) fit = rawFit;
    else ignored.push(`unknown fit "${echoParameter(rawFit)}"`);
  }
  return {filter: method ? {method, fit} : {fit}, ignored};
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

/** Whether a row passes the filter. Without a method, the fit filter looks at every method. */
export function rowMatches(useCase: UseCase, filter: MatrixFilter, data: MatrixData): boolean {
  if (filter.fit === 'all') return true;
  const methods = filter.method ? [filter.method] : data.methods.map((m) => m.id);
  return methods.some((m) => {
    const fit = fitOf(useCase, m);
    return filter.fit === 'preferred' ? fit === 'preferred' : fit !== undefined;
  });
}
