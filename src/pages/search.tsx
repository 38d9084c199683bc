import React from 'react';
import SearchPage from '@site/src/components/SearchPage';

/** The search page, `/search?q=...`: every page that matches, in rank order, as links. */
export default function Search(): React.JSX.Element {
  return <SearchPage />;
}
