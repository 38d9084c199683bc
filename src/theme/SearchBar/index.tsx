import React from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import './styles.css';

type Props = WrapperProps<typeof SearchBarType>;

/** The local search box, unchanged; the wrapper only brings the contrast fixes in styles.css. */
export default function SearchBarWrapper(props: Props): React.JSX.Element {
  return <SearchBar {...props} />;
}
