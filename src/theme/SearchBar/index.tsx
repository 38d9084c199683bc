import React, {useEffect} from 'react';
import SearchBar from '@theme-original/SearchBar';
import type SearchBarType from '@theme/SearchBar';
import type {WrapperProps} from '@docusaurus/types';
import {limitSearchInputs} from './limits';
import './styles.css';

type Props = WrapperProps<typeof SearchBarType>;

/**
 * The local search box, unchanged but for two things: its input stops at
 * MAX_QUERY_LENGTH characters (see limits.ts), and styles.css lifts its
 * contrast to WCAG AA.
 */
export default function SearchBarWrapper(props: Props): React.JSX.Element {
  useEffect(() => limitSearchInputs('.navbar__search-input'), []);
  return <SearchBar {...props} />;
}
