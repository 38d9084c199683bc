import React, {useEffect} from 'react';
import SearchPage from '@theme-original/SearchPage';
import Head from '@docusaurus/Head';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import {MAX_QUERY_LENGTH, limitSearchInputs} from '@site/src/theme/SearchBar/limits';

/**
 * The search page (/search?q=...), unchanged but for two things:
 * - the query length: a link with a longer `q` is shortened to MAX_QUERY_LENGTH
 *   characters before the search runs, and the page's input stops at that length;
 * - a `<meta name="robots" content="noindex">` (the plugin writes it as `property=`, which
 *   crawlers and Docusaurus ignore), so result pages stay out of search engines and the sitemap.
 */
export default function SearchPageWrapper(): React.JSX.Element | null {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const tooLong = isBrowser && query.length > MAX_QUERY_LENGTH;

  useEffect(() => {
    if (!tooLong) return;
    const params = new URLSearchParams(location.search);
    params.set('q', query.slice(0, MAX_QUERY_LENGTH));
    history.replace({pathname: location.pathname, search: `?${params.toString()}`, hash: location.hash});
  }, [tooLong, query, location.pathname, location.search, location.hash, history]);

  useEffect(() => {
    if (!tooLong) limitSearchInputs('input[type="search"][name="q"]');
  }, [tooLong]);

  // Before hydration nothing searches, so the server's HTML stays as it is; after it, a too long
  // query is replaced before the search page mounts and sends it to the search worker.
  if (tooLong) return null;
  return (
    <>
      <Head>
        <meta name="robots" content="noindex, follow" />
      </Head>
      <SearchPage />
    </>
  );
}
