import React, {useEffect, useId, useRef, useState} from 'react';
import {useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {methods, useCases} from '@site/src/data/matrix';
import {useQueryState} from '@site/src/utils/queryState';
import {FILTER_QUERY, NO_FILTER, rowMatches, rowOfHash, type MatrixFilter, type RowFilter} from './filter';
import MatrixTable from './MatrixTable';
import Legend from './Legend';
import styles from './styles.module.css';

export interface MatrixProps {
  /** Table caption. */
  readonly caption?: string;
  /** Whether to offer the highlight and filter controls (kept in the URL). */
  readonly filterable?: boolean;
}

const FIT_OPTIONS: {value: RowFilter; label: string}[] = [
  {value: 'all', label: 'All use cases'},
  {value: 'preferred', label: 'Only where preferred'},
  {value: 'listed', label: 'Where preferred or possible'},
];

/**
 * The full matrix with its legend and, once the page is interactive, controls to
 * highlight a method and filter rows. The static HTML always holds the whole table.
 */
export default function Matrix({caption, filterable = true}: MatrixProps): React.JSX.Element {
  const location = useLocation();
  const interactive = useIsBrowser();
  const formId = useId();
  const firstControl = useRef<HTMLSelectElement>(null);
  const {value, notes, set} = useQueryState(FILTER_QUERY);
  const filter = filterable ? value : NO_FILTER;
  const ignored = filterable ? notes : [];
  // The title of a linked row that the link's filter would have hidden.
  const [revealed, setRevealed] = useState<string>();
  const handledHash = useRef<string | null>(null);

  // A link to a row (`#matrix-iot`) shows that row: when it arrives with a filter that hides the row, the row
  // filter is cleared (the highlight stays) and the status says why. Only once per hash, so a filter the
  // reader picks afterwards stays as picked.
  useEffect(() => {
    if (!filterable || handledHash.current === location.hash) return;
    handledHash.current = location.hash;
    const row = rowOfHash(location.hash);
    const linked = FILTER_QUERY.parse(location.search).value;
    if (row && !rowMatches(row, linked)) {
      set({...linked, fit: 'all'});
      setRevealed(row.title);
    }
  }, [filterable, location.hash, location.search, set]);

  const update = (next: MatrixFilter): void => {
    setRevealed(undefined);
    set(next);
  };

  const visible = useCases.filter((u) => rowMatches(u, filter)).length;

  return (
    <div className={styles.matrix}>
      <Legend />
      {filterable && (
        <div className={styles.controls}>
          <form
            className={styles.form}
            aria-label="Highlight and filter the matrix"
            onSubmit={(e) => e.preventDefault()}
            data-interactive={interactive}>
            {/* Rendered on the server too, so the page does not jump when it becomes interactive. */}
            <fieldset className={styles.fieldset} disabled={!interactive}>
              <legend className="visually-hidden">Highlight a method and filter the use cases</legend>
              <div className={styles.field}>
                <label htmlFor={`${formId}-method`}>Highlight method</label>
                <select
                  id={`${formId}-method`}
                  ref={firstControl}
                  value={filter.method ?? ''}
                  onChange={(e) => {
                    const value = e.target.value;
                    const method = methods.find((m) => m.id === value)?.id;
                    update(method ? {method, fit: filter.fit} : {fit: filter.fit});
                  }}>
                  <option value="">None</option>
                  {methods.map((m) => (
                    <option key={m.id} value={m.id}>
                      {m.label}
                    </option>
                  ))}
                </select>
              </div>
              <div className={styles.field}>
                <label htmlFor={`${formId}-fit`}>Show</label>
                <select
                  id={`${formId}-fit`}
                  value={filter.fit}
                  onChange={(e) => {
                    const fit = FIT_OPTIONS.find((o) => o.value === e.target.value)?.value ?? 'all';
                    update({...filter, fit});
                  }}>
                  {FIT_OPTIONS.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                      {o.value !== 'all' && !filter.method ? ' (any method)' : ''}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button button--sm button--secondary"
                disabled={!filter.method && filter.fit === 'all'}
                onClick={() => {
                  update(NO_FILTER);
                  // The button is now disabled; keep the keyboard in the form rather than dropping it to the page.
                  firstControl.current?.focus();
                }}>
                Reset
              </button>
            </fieldset>
          </form>
          <p className={styles.status} role="status">
            {interactive ? `Showing ${visible} of ${useCases.length} use cases.` : ''}
            <noscript>Highlighting and filtering need JavaScript; the table below is complete.</noscript>
            {ignored.length > 0 &&
              ` The link's ${ignored.join(' and ')} ${ignored.length > 1 ? 'were' : 'was'} ignored.`}
            {revealed && ` The link's row filter was cleared to show its row, ${revealed}.`}
          </p>
        </div>
      )}
      <MatrixTable filter={filter} caption={caption} />
    </div>
  );
}
