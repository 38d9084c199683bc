/**
 * Test double for the part of @docusaurus/theme-common the components use: `useHistorySelector` as it
 * behaves on the server, where the query string and the hash read as empty.
 */
import {testLocation} from './router';

export function useHistorySelector<Value>(selector: (history: {location: typeof testLocation}) => Value): Value {
  return selector({location: {...testLocation, search: '', hash: ''}});
}
