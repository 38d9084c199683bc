import React, {useEffect, useState} from 'react';
import Head from '@docusaurus/Head';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {useHistory, useLocation} from '@docusaurus/router';
import SearchHitLink from '@site/src/components/SearchHitLink';
import {useSearch} from '@site/src/search/useSearch';
import {searchStatus} from '@site/src/search/status';
import {MAX_QUERY_LENGTH, RESULT_PAGE_LIMIT} from '@site/src/search/limits';
import {GLOSSARY_PAGE_PATH, USE_CASES_PAGE_PATH} from '@site/src/data/queries';
import styles from './styles.module.css';

/** The query of a search page URL: its first `q`, cut to MAX_QUERY_LENGTH. */
export function queryFromUrl(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
}

/**
 * The full list of results for `?q=`: every matching page in rank order, each a link to the section that
 * matched best, with its first words. The box on the page edits the query and keeps the URL in step, so a
 * result list can be shared. Without JavaScript the page explains that search needs it and where to browse.
 */
export default function SearchPage(): React.JSX.Element {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const fromUrl = queryFromUrl(location.search);
  const [query, setQuery] = useState(fromUrl);
  const {state, warm} = useSearch(query, RESULT_PAGE_LIMIT);

  useEffect(() => warm(), [warm]);
  // Back and forward between result lists, or a new search from the navbar, change the URL: follow it.
  useEffect(() => setQuery(fromUrl), [fromUrl]);

  const update = (value: string): void => {
    setQuery(value);
    const params = new URLSearchParams(location.search);
    params.delete('q');
    if (value) params.set('q', value);
    const search = params.toString();
    history.replace({pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash});
  };

  const trimmed = query.trim();
  const title = isBrowser && trimmed ? `Search results for “${trimmed.slice(0, 60)}”` : 'Search the guide';
  return (
    <Layout title={title} description="Search the Integration Guide.">
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <div className={`container margin-vert--lg ${styles.page}`}>
        <h1>{title}</h1>
        {!isBrowser ? (
          <p data-testid="search-needs-js">
            Search needs JavaScript, which is off or has not loaded. Every page is reachable without it: start from the{' '}
            <Link to={USE_CASES_PAGE_PATH}>list of use cases</Link> or look a term up in the{' '}
            <Link to={GLOSSARY_PAGE_PATH}>glossary</Link>.
          </p>
        ) : (
          <>
            <form
              role="search"
              aria-label="Refine the search"
              className={styles.form}
              onSubmit={(event) => event.preventDefault()}>
              <label htmlFor="search-page-input" className="visually-hidden">
                Search the guide
              </label>
              <input
                id="search-page-input"
                type="search"
                name="q"
                className={styles.input}
                value={query}
                maxLength={MAX_QUERY_LENGTH}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => update(event.target.value)}
              />
            </form>
            <p
              role="status"
              className={styles.status}
              data-testid="search-status"
              data-query={state.status === 'ready' ? state.query : undefined}>
              {searchStatus(state, trimmed, 'page')}
            </p>
            {state.status === 'ready' && state.hits.length > 0 && (
              <ol className={styles.results} data-testid="search-results">
                {state.hits.map((hit) => (
                  <li key={hit.route}>
                    <SearchHitLink hit={hit} withExcerpt />
                  </li>
                ))}
              </ol>
            )}
            {state.status === 'failed' && (
              <button type="button" className="button button--secondary" onClick={warm}>
                Try again
              </button>
            )}
          </>
        )}
      </div>
    </Layout>
  );
}
