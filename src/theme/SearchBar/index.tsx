import React, {useEffect, useId, useRef, useState} from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory} from '@docusaurus/router';
import SearchHitLink from '@site/src/components/SearchHitLink';
import {useSearch} from '@site/src/search/useSearch';
import {searchStatus} from '@site/src/search/status';
import {MAX_QUERY_LENGTH, SUGGESTION_LIMIT} from '@site/src/search/limits';
import {GLOSSARY_PAGE_PATH, USE_CASES_PAGE_PATH} from '@site/src/data/queries';
import styles from './styles.module.css';

/**
 * The navbar's search box. A plain GET form to the search page, so Enter always has somewhere to go; with
 * JavaScript, the best pages appear under it as links while the reader types (ArrowDown moves into them and
 * reopens a closed list, Escape closes it and returns to the box). Without JavaScript it says that search needs
 * it and links the use cases and the glossary.
 */
export default function SearchBar(): React.JSX.Element {
  const isBrowser = useIsBrowser();
  const history = useHistory();
  const searchPage = useBaseUrl('/search');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const {state, warm} = useSearch(query, SUGGESTION_LIMIT);
  const form = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const hintId = useId();

  // Ctrl+K or Cmd+K from anywhere focuses the box.
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const links = (): HTMLAnchorElement[] => [
    ...(form.current?.querySelectorAll<HTMLAnchorElement>('[data-testid="search-suggestions"] a') ?? []),
  ];
  const close = (): void => setOpen(false);

  const onKeyDown = (event: React.KeyboardEvent<HTMLFormElement>): void => {
    if (event.key === 'Escape') {
      if (open) event.preventDefault();
      close();
      input.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (!open) {
      // ArrowDown in a closed box opens the list again.
      if (event.key === 'ArrowDown') setOpen(true);
      return;
    }
    const all = links();
    if (all.length === 0) return;
    event.preventDefault();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]?.focus();
    else if (at <= 0) input.current?.focus();
    else all[at - 1]?.focus();
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    close();
    history.push(`${searchPage}?${new URLSearchParams({q: query.slice(0, MAX_QUERY_LENGTH)}).toString()}`);
  };

  const showList = isBrowser && open && query.trim() !== '';
  return (
    <form
      ref={form}
      role="search"
      aria-label="Search the guide"
      action={searchPage}
      method="get"
      className={styles.form}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!form.current?.contains(event.relatedTarget as Node | null)) close();
      }}>
      <input
        ref={input}
        type="search"
        name="q"
        className={styles.input}
        aria-label="Search the guide"
        aria-describedby={isBrowser ? undefined : hintId}
        aria-controls={showList ? listId : undefined}
        placeholder="Search"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
        onFocus={warm}
        onClick={() => setOpen(true)}
        onPointerEnter={warm}
      />
      {!isBrowser && (
        <p id={hintId} className={styles.noScript} data-testid="search-needs-js">
          Search needs JavaScript. Browse the <Link to={USE_CASES_PAGE_PATH}>use cases</Link> or the{' '}
          <Link to={GLOSSARY_PAGE_PATH}>glossary</Link> instead.
        </p>
      )}
      {showList && (
        <div id={listId} className={styles.panel} data-testid="search-suggestions">
          <p role="status" className={styles.status}>
            {searchStatus(state, query, 'box')}
          </p>
          {state.status === 'ready' && state.hits.length > 0 && (
            <ul className={styles.list} aria-label="Search results">
              {state.hits.map((hit) => (
                <li key={hit.route}>
                  <SearchHitLink hit={hit} onFollow={close} />
                </li>
              ))}
            </ul>
          )}
          {state.status === 'ready' && (
            <Link
              className={styles.all}
              to={`${searchPage}?${new URLSearchParams({q: query.slice(0, MAX_QUERY_LENGTH)}).toString()}`}
              onClick={close}>
              See all results
            </Link>
          )}
          {state.status === 'failed' && (
            <button type="button" className={styles.retry} onClick={warm}>
              Try again
            </button>
          )}
        </div>
      )}
    </form>
  );
}
